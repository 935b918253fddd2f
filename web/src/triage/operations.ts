import { graphql } from '../gql';

export const TriageQueueQuery = graphql(`
  query TriageQueue($arenaId: ID, $first: Int, $after: String) {
    triageQueue(arenaId: $arenaId, first: $first, after: $after) {
      totalCount
      newCount
      lastVisitAt
      items {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            pendingSince
            isNew
            object {
              id
              name
              kind
              status
              municipality
            }
            events {
              id
              kind
              at
              byStaff
              personName
              organizationName
              data
            }
          }
        }
      }
    }
  }
`);

export const TriageCountQuery = graphql(`
  query TriageCount($arenaId: ID) {
    triageQueue(arenaId: $arenaId, first: 1) {
      totalCount
      newCount
    }
  }
`);

/** Any change of an object of the arena (a report, a support, a status): the count may have changed. */
export const TriageObjectChangedSubscription = graphql(`
  subscription TriageObjectChanged($arenaId: ID!) {
    objectChanged(arenaId: $arenaId) {
      id
    }
  }
`);

export const ChangeObjectStatusMutation = graphql(`
  mutation ChangeObjectStatus($input: ChangeObjectStatusInput!) {
    changeObjectStatus(input: $input) {
      id
      status
      previousStatus
    }
  }
`);

export const RestoreObjectMutation = graphql(`
  mutation RestoreObject($objectId: ID!) {
    restoreObject(objectId: $objectId) {
      id
      status
      previousStatus
    }
  }
`);

export const MarkTriagedMutation = graphql(`
  mutation MarkTriaged($arenaId: ID!, $objectIds: [ID!]!) {
    markTriaged(arenaId: $arenaId, objectIds: $objectIds) {
      id
    }
  }
`);

export const MarkTriageQueueSeenMutation = graphql(`
  mutation MarkTriageQueueSeen($arenaId: ID!) {
    markTriageQueueSeen(arenaId: $arenaId) {
      totalCount
      newCount
    }
  }
`);
