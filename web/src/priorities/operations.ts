import { graphql } from '../gql';

/** The arena by slug (the default one without), the reader's role and the base map's configuration. */
export const PrioritiesShellQuery = graphql(`
  query PrioritiesShell($slug: String) {
    appConfig {
      tileUrl
      tileAttribution
    }
    arena(slug: $slug) {
      id
      name
      slug
      mapCenter
      mapZoom
      myRole
    }
  }
`);

export const PriorityEntryPartsFragment = graphql(`
  fragment PriorityEntryParts on PriorityEntry {
    rank
    movement
    steps
    inPlan
    object {
      id
      name
      kind
      geometry
      planningStage
    }
  }
`);

/** The latest adopted list: what the public page, the map view and the widget show. No figures are asked for. */
export const AdoptedPriorityListQuery = graphql(`
  query AdoptedPriorityList($arenaId: ID, $arenaSlug: String) {
    adoptedPriorityList(arenaId: $arenaId, arenaSlug: $arenaSlug) {
      id
      number
      adoptedAt
      meetingId
      meetingTitle
      meetingStartsAt
      itemNumber
      previousNumber
      entries {
        ...PriorityEntryParts
      }
      out {
        ...PriorityEntryParts
      }
    }
  }
`);

/** The adopted versions, newest first, for the chart of ranks over time. */
export const AdoptedPriorityListsQuery = graphql(`
  query AdoptedPriorityLists($arenaId: ID!, $first: Int) {
    adoptedPriorityLists(arenaId: $arenaId, first: $first) {
      totalCount
      edges {
        node {
          id
          number
          adoptedAt
          entries {
            rank
            object {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const WorkingPriorityListQuery = graphql(`
  query WorkingPriorityList($arenaId: ID!) {
    workingPriorityList(arenaId: $arenaId) {
      arenaId
      size
      entries {
        ...PriorityEntryParts
      }
    }
  }
`);

export const PriorityListChangesQuery = graphql(`
  query PriorityListChanges($arenaId: ID!, $after: String) {
    priorityListChanges(arenaId: $arenaId, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          fromRank
          toRank
          reason
          changedByName
          changedAt
          object {
            id
            name
          }
        }
      }
    }
  }
`);

/** Objects staff may add: the top of the score ranking. */
export const PriorityCandidatesQuery = graphql(`
  query PriorityCandidates($arenaId: ID!) {
    scoreRanking(arenaId: $arenaId, first: 100) {
      edges {
        node {
          rank
          object {
            id
            name
          }
        }
      }
    }
  }
`);

export const ProposePriorityListMutation = graphql(`
  mutation ProposePriorityList($arenaId: ID!, $size: Int, $reason: String) {
    proposePriorityList(arenaId: $arenaId, size: $size, reason: $reason) {
      arenaId
      size
      entries {
        ...PriorityEntryParts
      }
    }
  }
`);

export const EditPriorityListMutation = graphql(`
  mutation EditPriorityList($input: EditPriorityListInput!) {
    editPriorityList(input: $input) {
      arenaId
      size
      entries {
        ...PriorityEntryParts
      }
    }
  }
`);

/** An object's places on the adopted versions (the section in its detail panel). */
export const ObjectPriorityRanksQuery = graphql(`
  query ObjectPriorityRanks($id: ID!) {
    object(id: $id) {
      id
      priorityRanks {
        versionNumber
        adoptedAt
        rank
      }
    }
  }
`);
