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

/** What the meeting page and live mode both read of an attendee, a decision and an agenda item. */
export const MeetingAttendeeFieldsFragment = graphql(`
  fragment MeetingAttendeeFields on MeetingAttendee {
    id
    userId
    name
    organizationName
  }
`);

export const MeetingDecisionFieldsFragment = graphql(`
  fragment MeetingDecisionFields on MeetingDecision {
    id
    itemId
    kind
    objectId
    objectName
    data
    text
    recordedAt
    retractedAt
    retractReason
  }
`);

export const AgendaItemFieldsFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    parentId
    number
    title
    description
    durationMinutes
    minutes
    minutesHtml
    plannedStart
    plannedEnd
    objects {
      id
      name
      kind
      status
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
    presentedItemId
    registration {
      registered
      waiting
      open
      myPlace
      myWaitingPosition
    }
    registrants {
      userId
      name
      organizationName
      waitingPosition
    }
    attendees {
      ...MeetingAttendeeFields
    }
    protocol {
      stage
      approvedAt
      public
      canApprove
      pdfUrl
      adjusters {
        userId
        name
        organizationName
        approvedAt
      }
    }
    decisions {
      ...MeetingDecisionFields
    }
    agenda {
      ...AgendaItemFields
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

export const ReorderAgendaItemsMutation = graphql(`
  mutation ReorderAgendaItems($meetingId: ID!, $parentId: ID, $itemIds: [ID!]!) {
    reorderAgendaItems(meetingId: $meetingId, parentId: $parentId, itemIds: $itemIds) {
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

export const PutObjectsOnNextMeetingMutation = graphql(`
  mutation PutObjectsOnNextMeeting($objectIds: [ID!]!) {
    putObjectsOnNextMeeting(objectIds: $objectIds) {
      id
      title
      startsAt
    }
  }
`);

export const AddAttendeeMutation = graphql(`
  mutation AddAttendee($meetingId: ID!, $input: AttendeeInput!) {
    addAttendee(meetingId: $meetingId, input: $input) {
      ...MeetingFields
    }
  }
`);

export const RemoveAttendeeMutation = graphql(`
  mutation RemoveAttendee($attendeeId: ID!) {
    removeAttendee(attendeeId: $attendeeId) {
      ...MeetingFields
    }
  }
`);

export const SetAgendaItemMinutesMutation = graphql(`
  mutation SetAgendaItemMinutes($itemId: ID!, $minutes: String!) {
    setAgendaItemMinutes(itemId: $itemId, minutes: $minutes) {
      ...MeetingFields
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: DecisionInput!) {
    recordDecision(input: $input) {
      ...MeetingFields
    }
  }
`);

export const RetractDecisionMutation = graphql(`
  mutation RetractDecision($decisionId: ID!, $reason: String!) {
    retractDecision(decisionId: $decisionId, reason: $reason) {
      ...MeetingFields
    }
  }
`);

export const MeetingPeopleQuery = graphql(`
  query MeetingPeople($arenaId: ID!, $search: String) {
    arenaPeople(arenaId: $arenaId, search: $search, first: 10) {
      edges {
        node {
          id
          name
          organization {
            name
          }
        }
      }
    }
  }
`);

export const RegisterForMeetingMutation = graphql(`
  mutation RegisterForMeeting($meetingId: ID!) {
    registerForMeeting(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const CancelMeetingRegistrationMutation = graphql(`
  mutation CancelMeetingRegistration($meetingId: ID!) {
    cancelMeetingRegistration(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const MeetingNoticeQuery = graphql(`
  query MeetingNotice($id: ID!) {
    meeting(id: $id) {
      id
      notice {
        sentAt
        sentByName
        recipientCount
        isUpdate
        timesSent
        changedSince
      }
    }
  }
`);

export const SendMeetingNoticeMutation = graphql(`
  mutation SendMeetingNotice($meetingId: ID!) {
    sendMeetingNotice(meetingId: $meetingId) {
      sentAt
      recipientCount
    }
  }
`);

export const ActionItemsQuery = graphql(`
  query ActionItems($arenaId: ID!, $filter: ActionItemFilter, $first: Int, $after: String) {
    actionItems(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActionItemFields
        }
      }
    }
  }
`);

export const ActionItemFieldsFragment = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    meetingId
    meetingTitle
    meetingStartsAt
    itemTitle
    text
    owner
    ownerUserId
    dueDate
    doneAt
    doneByName
    canMarkDone
  }
`);

export const SetActionItemDoneMutation = graphql(`
  mutation SetActionItemDone($decisionId: ID!, $done: Boolean!) {
    setActionItemDone(decisionId: $decisionId, done: $done) {
      ...ActionItemFields
    }
  }
`);

export const SetProtocolAdjustersMutation = graphql(`
  mutation SetProtocolAdjusters($meetingId: ID!, $userIds: [ID!]!) {
    setProtocolAdjusters(meetingId: $meetingId, userIds: $userIds) {
      ...MeetingFields
    }
  }
`);

export const ApproveProtocolMutation = graphql(`
  mutation ApproveProtocol($meetingId: ID!) {
    approveProtocol(meetingId: $meetingId) {
      ...MeetingFields
    }
  }
`);

export const SetProtocolPublicMutation = graphql(`
  mutation SetProtocolPublic($meetingId: ID!, $public: Boolean!) {
    setProtocolPublic(meetingId: $meetingId, public: $public) {
      ...MeetingFields
    }
  }
`);

export const ProtocolArchiveQuery = graphql(`
  query ProtocolArchive($arenaId: ID, $first: Int, $after: String) {
    protocolArchive(arenaId: $arenaId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          meetingId
          title
          startsAt
          place
          approvedAt
          public
          pdfUrl
        }
      }
    }
  }
`);

export const MyMeetingsCalendarQuery = graphql(`
  query MyMeetingsCalendar {
    myMeetingsCalendar {
      createdAt
    }
  }
`);

export const RenewMyMeetingsCalendarMutation = graphql(`
  mutation RenewMyMeetingsCalendar {
    renewMyMeetingsCalendar {
      path
      createdAt
    }
  }
`);

export const PresentAgendaItemMutation = graphql(`
  mutation PresentAgendaItem($meetingId: ID!, $itemId: ID) {
    presentAgendaItem(meetingId: $meetingId, itemId: $itemId) {
      ...MeetingFields
    }
  }
`);

export const MeetingChangedSubscription = graphql(`
  subscription MeetingChanged($meetingId: ID!) {
    meetingChanged(meetingId: $meetingId) {
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
      presentedItemId
      voteRounds {
        ...VoteRoundFields
      }
      attendees {
        ...MeetingAttendeeFields
      }
      decisions {
        ...MeetingDecisionFields
      }
      agenda {
        ...AgendaItemFields
        objects {
          geometry
        }
      }
    }
  }
`);

export const LiveMapConfigQuery = graphql(`
  query LiveMapConfig {
    appConfig {
      tileUrl
      tileAttribution
    }
  }
`);
