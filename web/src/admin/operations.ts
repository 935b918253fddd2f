import { graphql } from '../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($arenaId: ID!, $filter: AuditFilter, $first: Int, $after: String) {
    auditLog(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          entity
          entityId
          userLabel
          before
          after
          objectId
          objectName
        }
      }
    }
  }
`);

export const EmailOutboxQuery = graphql(`
  query EmailOutbox($arenaId: ID!, $first: Int, $after: String) {
    emailOutbox(arenaId: $arenaId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          to
          subject
          status
          attempts
          lastError
          purpose
          createdAt
          sentAt
          text
        }
      }
    }
  }
`);
