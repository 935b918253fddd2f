import { graphql } from '../gql';

export const MeetingsQuery = graphql(`
  query Meetings($arenaId: ID, $period: MeetingPeriod, $first: Int, $after: String) {
    meetings(arenaId: $arenaId, period: $period, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          startsAt
          endsAt
          place
          onlineUrl
          status
        }
      }
    }
  }
`);

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    arenaId
    title
    description
    startsAt
    endsAt
    place
    onlineUrl
    capacity
    status
    cancelReason
    updatedAt
    agenda {
      id
      parentId
      number
      title
      description
      durationMinutes
      plannedStart
      plannedEnd
      objects {
        id
        name
        kind
        status
      }
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($arenaId: ID!, $input: MeetingInput!) {
    createMeeting(arenaId: $arenaId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      ...MeetingFields
    }
  }
`);

export const ChangeMeetingStatusMutation = graphql(`
  mutation ChangeMeetingStatus($id: ID!, $status: MeetingStatus!, $reason: String) {
    changeMeetingStatus(id: $id, status: $status, reason: $reason) {
      ...MeetingFields
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($meetingId: ID!, $parentId: ID, $input: AgendaItemInput!) {
    addAgendaItem(meetingId: $meetingId, parentId: $parentId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($itemId: ID!, $input: AgendaItemInput!) {
    updateAgendaItem(itemId: $itemId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($itemId: ID!) {
    removeAgendaItem(itemId: $itemId) {
      ...MeetingFields
    }
  }
`);

export const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($itemId: ID!, $direction: AgendaDirection!) {
    moveAgendaItem(itemId: $itemId, direction: $direction) {
      ...MeetingFields
    }
  }
`);

export const PutObjectOnNextMeetingMutation = graphql(`
  mutation PutObjectOnNextMeeting($objectId: ID!) {
    putObjectOnNextMeeting(objectId: $objectId) {
      id
      title
      startsAt
    }
  }
`);
