import { graphql } from '../gql';

export const ArenaSearchQuery = graphql(`
  query ArenaSearch($input: SearchInput!, $first: Int, $after: String) {
    search(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          score
          matchedIn
          object {
            id
            name
            kind
            status
            municipality
            bbox
          }
        }
      }
    }
  }
`);

export const PlacesQuery = graphql(`
  query Places($text: String!, $first: Int) {
    places(text: $text, first: $first) {
      kind
      name
      region
      code
      bbox
    }
  }
`);
