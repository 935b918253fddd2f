import { graphql } from '../gql';

export const SavedViewFieldsFragment = graphql(`
  fragment SavedViewFields on SavedView {
    id
    name
    shared
    mine
    ownerName
    canEdit
    view {
      kinds
      modes
      statuses
      categories
      search
      lat
      lng
      zoom
      mode
    }
  }
`);

export const SavedViewsQuery = graphql(`
  query SavedViews($arenaId: ID, $first: Int, $after: String) {
    savedViews(arenaId: $arenaId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SavedViewFields
        }
      }
    }
  }
`);

export const SaveViewMutation = graphql(`
  mutation SaveView($input: SaveViewInput!) {
    saveView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const UpdateSavedViewMutation = graphql(`
  mutation UpdateSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const DeleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($id: ID!) {
    deleteSavedView(id: $id)
  }
`);
