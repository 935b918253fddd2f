import { graphql } from '../gql';

export const ObjectCommentsQuery = graphql(`
  query ObjectComments($id: ID!, $first: Int, $after: String) {
    object(id: $id) {
      id
      comments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...CommentView
          }
        }
      }
    }
  }
`);

export const CommentViewFragment = graphql(`
  fragment CommentView on Comment {
    id
    bodyHtml
    markdown
    visibility
    authorName
    organizationName
    createdAt
    editedAt
    hidden
    hiddenReason
    canEdit
    attachments {
      ...AttachmentView
    }
  }
`);

export const AttachmentViewFragment = graphql(`
  fragment AttachmentView on Attachment {
    id
    filename
    contentType
    size
    url
    thumbnailUrl
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      id
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($id: ID!, $reason: String!) {
    hideComment(id: $id, reason: $reason) {
      id
    }
  }
`);

export const UnhideCommentMutation = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      id
    }
  }
`);

export const CommentPreviewQuery = graphql(`
  query CommentPreview($objectId: ID!, $body: String!) {
    commentPreview(objectId: $objectId, body: $body)
  }
`);

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($objectId: ID!, $visibility: ReportVisibility, $search: String) {
    mentionCandidates(objectId: $objectId, visibility: $visibility, search: $search, first: 8) {
      edges {
        node {
          id
          name
          organizationName
        }
      }
    }
  }
`);

export const ReportAttachmentsQuery = graphql(`
  query ReportAttachments($id: ID!) {
    object(id: $id) {
      id
      reports(first: 100) {
        edges {
          node {
            id
            attachments {
              ...AttachmentView
            }
          }
        }
      }
    }
  }
`);

export const DeleteAttachmentMutation = graphql(`
  mutation DeleteAttachment($id: ID!) {
    deleteAttachment(id: $id)
  }
`);
