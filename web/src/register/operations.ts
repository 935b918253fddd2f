import { graphql } from '../gql';

/** The arena the register shows (by slug; the default one without) and the asker's role there. */
export const RegisterArenaQuery = graphql(`
  query RegisterArena($slug: String) {
    arena(slug: $slug) {
      id
      name
      slug
      myRole
    }
  }
`);

/** A page of the register in the chosen order, with what its table shows. */
export const RegisterQuery = graphql(`
  query Register($filter: ObjectFilter, $sort: ObjectSort, $first: Int, $after: String) {
    objects(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          municipality
          status
          planningStage
          organizationCount
          updatedAt
          totalImpact {
            delayHoursPerWeek
            extraCostSekPerYear
            freightTonnesPerYear
          }
          score {
            score
          }
        }
      }
    }
  }
`);
