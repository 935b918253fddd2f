import { graphql } from '../gql';

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const UnreadCountSubscription = graphql(`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`);

export const NotificationsQuery = graphql(`
  query MyNotifications($first: Int, $after: String) {
    myNotifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reason
          read
          createdAt
          object {
            id
            name
            arenaSlug
            arenaName
          }
          event {
            id
            kind
            byStaff
            organizationName
            data
          }
        }
      }
    }
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const FollowMutation = graphql(`
  mutation FollowObject($objectId: ID!) {
    followObject(objectId: $objectId) {
      id
      followedByMe
    }
  }
`);

export const UnfollowMutation = graphql(`
  mutation UnfollowObject($objectId: ID!) {
    unfollowObject(objectId: $objectId) {
      id
      followedByMe
    }
  }
`);

export const FollowStateQuery = graphql(`
  query ObjectFollowState($id: ID!) {
    object(id: $id) {
      id
      followedByMe
    }
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      emailFrequency
    }
  }
`);

export const SetNotificationEmailMutation = graphql(`
  mutation SetNotificationEmail($frequency: EmailFrequency!) {
    setNotificationEmail(frequency: $frequency) {
      emailFrequency
    }
  }
`);

export const AreaAlertsQuery = graphql(`
  query MyAreaAlerts($arenaId: ID!) {
    myAreaAlerts(arenaId: $arenaId, first: 50) {
      totalCount
      edges {
        node {
          id
          name
          area
          municipalities
          categories
          kinds
        }
      }
    }
  }
`);

export const CreateAreaAlertMutation = graphql(`
  mutation CreateAreaAlert($input: AreaAlertInput!) {
    createAreaAlert(input: $input) {
      id
    }
  }
`);

export const DeleteAreaAlertMutation = graphql(`
  mutation DeleteAreaAlert($id: ID!) {
    deleteAreaAlert(id: $id)
  }
`);

/** The arena's initial view and the base map, for drawing an alert's area. */
export const AlertArenaQuery = graphql(`
  query AlertArena($slug: String) {
    appConfig {
      tileUrl
      tileAttribution
    }
    arena(slug: $slug) {
      id
      mapCenter
      mapZoom
    }
  }
`);

export const FollowedObjectsQuery = graphql(`
  query FollowedObjects($first: Int) {
    followedObjects(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          followedAt
          object {
            id
            name
            arenaSlug
            arenaName
          }
        }
      }
    }
  }
`);
