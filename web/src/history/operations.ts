import { graphql } from '../gql';

export const ObjectTimelineQuery = graphql(`
  query ObjectTimeline($id: ID!, $first: Int, $after: String) {
    object(id: $id) {
      id
      timeline(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
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
`);
