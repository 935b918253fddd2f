import { graphql } from '../gql';

/** What the merge tools need of the object in the detail (and, for a duplicate, the kept object's name). */
export const MergeSubjectQuery = graphql(`
  query MergeSubject($id: ID!) {
    object(id: $id) {
      id
      arenaId
      name
      status
      kind
      modes
      geometry
      duplicateOf
    }
  }
`);

export const MergedIntoQuery = graphql(`
  query MergedInto($id: ID!) {
    object(id: $id) {
      id
      name
      status
    }
  }
`);

/** Candidates for the other object: by name in the arena, and near the object. */
export const MergeCandidatesQuery = graphql(`
  query MergeCandidates($arenaId: ID!, $search: String, $geometry: JSON!, $text: String) {
    byName: objects(filter: { arenaId: $arenaId, search: $search }, first: 8) {
      edges {
        node {
          id
          name
          kind
          status
          municipality
          reportCount
        }
      }
    }
    nearby: nearbyObjects(arenaId: $arenaId, geometry: $geometry, radiusMeters: 2000, text: $text, first: 6) {
      distanceMeters
      object {
        id
        name
        kind
        status
        municipality
        reportCount
      }
    }
  }
`);

export const MergePreviewQuery = graphql(`
  query MergePreview($keptId: ID!, $duplicateId: ID!) {
    mergePreview(keptId: $keptId, duplicateId: $duplicateId) {
      kept {
        id
        name
        reportCount
        organizationCount
      }
      duplicate {
        id
        name
        reportCount
        organizationCount
      }
      reports
      supports
      organizations
    }
  }
`);

export const MergeObjectsMutation = graphql(`
  mutation MergeObjects($input: MergeObjectsInput!) {
    mergeObjects(input: $input) {
      merge {
        id
        canUndo
      }
      kept {
        id
        name
      }
      duplicate {
        id
        status
      }
    }
  }
`);

export const UndoMergeMutation = graphql(`
  mutation UndoMerge($mergeId: ID!) {
    undoMerge(mergeId: $mergeId) {
      merge {
        id
        canUndo
        undoneAt
      }
      duplicate {
        id
        status
      }
    }
  }
`);

export const MoveReportMutation = graphql(`
  mutation MoveReport($input: MoveReportInput!) {
    moveReport(input: $input) {
      reportId
      from {
        id
        status
      }
      to {
        id
        name
      }
    }
  }
`);

/** One merge (from a history event's mergeId), with whether it can still be undone. */
export const ObjectMergeQuery = graphql(`
  query ObjectMerge($id: ID!) {
    objectMerge(id: $id) {
      id
      keptName
      duplicateName
      undoneAt
      canUndo
      undoBlockedBy
    }
  }
`);
