/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeParts on Me {\n    id\n    name\n    email\n    organization {\n      id\n      name\n      kind\n    }\n    arenas {\n      role\n      arena {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.MePartsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeParts\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...MeParts\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      ...MeParts\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query AuditLog($arenaId: ID!, $filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          userLabel\n          before\n          after\n          objectId\n          objectName\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query EmailOutbox($arenaId: ID!, $first: Int, $after: String) {\n    emailOutbox(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          lastError\n          purpose\n          createdAt\n          sentAt\n          text\n        }\n      }\n    }\n  }\n": typeof types.EmailOutboxDocument,
    "\n  query AppShell($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      description\n      mapCenter\n      mapZoom\n      myRole\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  query ObjectComments($id: ID!, $first: Int, $after: String) {\n    object(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentView\n          }\n        }\n      }\n    }\n  }\n": typeof types.ObjectCommentsDocument,
    "\n  fragment CommentView on Comment {\n    id\n    bodyHtml\n    markdown\n    visibility\n    authorName\n    organizationName\n    createdAt\n    editedAt\n    hidden\n    hiddenReason\n    canEdit\n    attachments {\n      ...AttachmentView\n    }\n  }\n": typeof types.CommentViewFragmentDoc,
    "\n  fragment AttachmentView on Attachment {\n    id\n    filename\n    contentType\n    size\n    url\n    thumbnailUrl\n  }\n": typeof types.AttachmentViewFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  query CommentPreview($objectId: ID!, $body: String!) {\n    commentPreview(objectId: $objectId, body: $body)\n  }\n": typeof types.CommentPreviewDocument,
    "\n  query MentionCandidates($objectId: ID!, $visibility: ReportVisibility, $search: String) {\n    mentionCandidates(objectId: $objectId, visibility: $visibility, search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          organizationName\n        }\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query ReportAttachments($id: ID!) {\n    object(id: $id) {\n      id\n      reports(first: 100) {\n        edges {\n          node {\n            id\n            attachments {\n              ...AttachmentView\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportAttachmentsDocument,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": typeof types.DeleteAttachmentDocument,
    "\n  query DashboardArena($slug: String) {\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": typeof types.DashboardArenaDocument,
    "\n  query Dashboard($arenaId: ID) {\n    dashboard(arenaId: $arenaId) {\n      arenaId\n      objectCount\n      totalImpact {\n        delayHoursPerWeek\n        extraCostSekPerYear\n        freightTonnesPerYear\n      }\n      byStatus {\n        key\n        count\n      }\n      byPlanningStage {\n        key\n        count\n      }\n      byKind {\n        key\n        count\n      }\n      byMunicipality {\n        code\n        name\n        bucket\n        count\n      }\n      reportsPerMonth {\n        month\n        count\n      }\n      topByImpact {\n        ...DashboardTopObject\n      }\n      topByBreadth {\n        ...DashboardTopObject\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment DashboardTopObject on DashboardTopObject {\n    id\n    name\n    kind\n    status\n    municipality\n    organizationCount\n    reportCount\n    impact {\n      delayHoursPerWeek\n      extraCostSekPerYear\n      freightTonnesPerYear\n    }\n  }\n": typeof types.DashboardTopObjectFragmentDoc,
    "\n  fragment ObjectFactsParts on InfrastructureObject {\n    id\n    name\n    kind\n    description\n    geometry\n    modes\n    responsibleBody\n    municipality\n    municipalityByHand\n    municipalities {\n      code\n      name\n    }\n    externalRefs\n    networkRefs {\n      type\n      road\n      freightPriority\n      section\n      kmFrom\n      kmTo\n      name\n      label\n    }\n    planning {\n      stage\n      fourStepClass\n      stepsOneTwoExamined\n      severity\n      strategicFit\n      avsReference\n      planName\n      planObjectId\n      costEstimateSek\n      documents {\n        title\n        url\n      }\n    }\n  }\n": typeof types.ObjectFactsPartsFragmentDoc,
    "\n  query ObjectFacts($id: ID!) {\n    object(id: $id) {\n      ...ObjectFactsParts\n    }\n  }\n": typeof types.ObjectFactsDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      regionName\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  mutation CorrectObject($input: CorrectObjectInput!) {\n    correctObject(input: $input) {\n      ...ObjectFactsParts\n    }\n  }\n": typeof types.CorrectObjectDocument,
    "\n  mutation SetObjectPlanning($input: SetObjectPlanningInput!) {\n    setObjectPlanning(input: $input) {\n      ...ObjectFactsParts\n    }\n  }\n": typeof types.SetObjectPlanningDocument,
    "\n  query ObjectTimeline($id: ID!, $first: Int, $after: String) {\n    object(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            at\n            byStaff\n            personName\n            organizationName\n            data\n          }\n        }\n      }\n    }\n  }\n": typeof types.ObjectTimelineDocument,
    "\n  query Meetings($arenaId: ID, $period: MeetingPeriod, $first: Int, $after: String) {\n    meetings(arenaId: $arenaId, period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          place\n          onlineUrl\n          status\n        }\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  fragment MeetingAttendeeFields on MeetingAttendee {\n    id\n    userId\n    name\n    organizationName\n  }\n": typeof types.MeetingAttendeeFieldsFragmentDoc,
    "\n  fragment MeetingDecisionFields on MeetingDecision {\n    id\n    itemId\n    kind\n    objectId\n    objectName\n    data\n    text\n    recordedAt\n    retractedAt\n    retractReason\n  }\n": typeof types.MeetingDecisionFieldsFragmentDoc,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    parentId\n    number\n    title\n    description\n    durationMinutes\n    minutes\n    minutesHtml\n    plannedStart\n    plannedEnd\n    objects {\n      id\n      name\n      kind\n      status\n    }\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    id\n    arenaId\n    title\n    description\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    capacity\n    status\n    cancelReason\n    updatedAt\n    presentedItemId\n    registration {\n      registered\n      waiting\n      open\n      myPlace\n      myWaitingPosition\n    }\n    registrants {\n      userId\n      name\n      organizationName\n      waitingPosition\n    }\n    attendees {\n      ...MeetingAttendeeFields\n    }\n    protocol {\n      stage\n      approvedAt\n      public\n      canApprove\n      pdfUrl\n      adjusters {\n        userId\n        name\n        organizationName\n        approvedAt\n      }\n    }\n    decisions {\n      ...MeetingDecisionFields\n    }\n    agenda {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  mutation CreateMeeting($arenaId: ID!, $input: MeetingInput!) {\n    createMeeting(arenaId: $arenaId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation ChangeMeetingStatus($id: ID!, $status: MeetingStatus!, $reason: String) {\n    changeMeetingStatus(id: $id, status: $status, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n": typeof types.ChangeMeetingStatusDocument,
    "\n  mutation AddAgendaItem($meetingId: ID!, $parentId: ID, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, parentId: $parentId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($itemId: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(itemId: $itemId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($itemId: ID!) {\n    removeAgendaItem(itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation MoveAgendaItem($itemId: ID!, $direction: AgendaDirection!) {\n    moveAgendaItem(itemId: $itemId, direction: $direction) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation ReorderAgendaItems($meetingId: ID!, $parentId: ID, $itemIds: [ID!]!) {\n    reorderAgendaItems(meetingId: $meetingId, parentId: $parentId, itemIds: $itemIds) {\n      ...MeetingFields\n    }\n  }\n": typeof types.ReorderAgendaItemsDocument,
    "\n  mutation PutObjectOnNextMeeting($objectId: ID!) {\n    putObjectOnNextMeeting(objectId: $objectId) {\n      id\n      title\n      startsAt\n    }\n  }\n": typeof types.PutObjectOnNextMeetingDocument,
    "\n  mutation PutObjectsOnNextMeeting($objectIds: [ID!]!) {\n    putObjectsOnNextMeeting(objectIds: $objectIds) {\n      id\n      title\n      startsAt\n    }\n  }\n": typeof types.PutObjectsOnNextMeetingDocument,
    "\n  mutation AddAttendee($meetingId: ID!, $input: AttendeeInput!) {\n    addAttendee(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.AddAttendeeDocument,
    "\n  mutation RemoveAttendee($attendeeId: ID!) {\n    removeAttendee(attendeeId: $attendeeId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RemoveAttendeeDocument,
    "\n  mutation SetAgendaItemMinutes($itemId: ID!, $minutes: String!) {\n    setAgendaItemMinutes(itemId: $itemId, minutes: $minutes) {\n      ...MeetingFields\n    }\n  }\n": typeof types.SetAgendaItemMinutesDocument,
    "\n  mutation RecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation RetractDecision($decisionId: ID!, $reason: String!) {\n    retractDecision(decisionId: $decisionId, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RetractDecisionDocument,
    "\n  query MeetingPeople($arenaId: ID!, $search: String) {\n    arenaPeople(arenaId: $arenaId, search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingPeopleDocument,
    "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RegisterForMeetingDocument,
    "\n  mutation CancelMeetingRegistration($meetingId: ID!) {\n    cancelMeetingRegistration(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CancelMeetingRegistrationDocument,
    "\n  query MeetingNotice($id: ID!) {\n    meeting(id: $id) {\n      id\n      notice {\n        sentAt\n        sentByName\n        recipientCount\n        isUpdate\n        timesSent\n        changedSince\n      }\n    }\n  }\n": typeof types.MeetingNoticeDocument,
    "\n  mutation SendMeetingNotice($meetingId: ID!) {\n    sendMeetingNotice(meetingId: $meetingId) {\n      sentAt\n      recipientCount\n    }\n  }\n": typeof types.SendMeetingNoticeDocument,
    "\n  query ActionItems($arenaId: ID!, $filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n": typeof types.ActionItemsDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    itemTitle\n    text\n    owner\n    ownerUserId\n    dueDate\n    doneAt\n    doneByName\n    canMarkDone\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  mutation SetActionItemDone($decisionId: ID!, $done: Boolean!) {\n    setActionItemDone(decisionId: $decisionId, done: $done) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.SetActionItemDoneDocument,
    "\n  mutation SetProtocolAdjusters($meetingId: ID!, $userIds: [ID!]!) {\n    setProtocolAdjusters(meetingId: $meetingId, userIds: $userIds) {\n      ...MeetingFields\n    }\n  }\n": typeof types.SetProtocolAdjustersDocument,
    "\n  mutation ApproveProtocol($meetingId: ID!) {\n    approveProtocol(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.ApproveProtocolDocument,
    "\n  mutation SetProtocolPublic($meetingId: ID!, $public: Boolean!) {\n    setProtocolPublic(meetingId: $meetingId, public: $public) {\n      ...MeetingFields\n    }\n  }\n": typeof types.SetProtocolPublicDocument,
    "\n  query ProtocolArchive($arenaId: ID, $first: Int, $after: String) {\n    protocolArchive(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          meetingId\n          title\n          startsAt\n          place\n          approvedAt\n          public\n          pdfUrl\n        }\n      }\n    }\n  }\n": typeof types.ProtocolArchiveDocument,
    "\n  query MyMeetingsCalendar {\n    myMeetingsCalendar {\n      createdAt\n    }\n  }\n": typeof types.MyMeetingsCalendarDocument,
    "\n  mutation RenewMyMeetingsCalendar {\n    renewMyMeetingsCalendar {\n      path\n      createdAt\n    }\n  }\n": typeof types.RenewMyMeetingsCalendarDocument,
    "\n  mutation PresentAgendaItem($meetingId: ID!, $itemId: ID) {\n    presentAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.PresentAgendaItemDocument,
    "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      arenaId\n      title\n      description\n      startsAt\n      endsAt\n      place\n      onlineUrl\n      capacity\n      status\n      cancelReason\n      updatedAt\n      presentedItemId\n      voteRounds {\n        ...VoteRoundFields\n      }\n      attendees {\n        ...MeetingAttendeeFields\n      }\n      decisions {\n        ...MeetingDecisionFields\n      }\n      agenda {\n        ...AgendaItemFields\n        objects {\n          geometry\n        }\n      }\n    }\n  }\n": typeof types.MeetingChangedDocument,
    "\n  query LiveMapConfig {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n  }\n": typeof types.LiveMapConfigDocument,
    "\n  fragment DirectoryOrganization on Organization {\n    id\n    name\n    kind\n    municipality\n    orgNumber\n    sector\n    employees\n    contactName\n    contactEmail\n    contactPhone\n  }\n": typeof types.DirectoryOrganizationFragmentDoc,
    "\n  query Organizations($arenaId: ID!, $search: String, $first: Int, $after: String) {\n    organizations(arenaId: $arenaId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DirectoryOrganization\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query ArenaPeople($arenaId: ID!, $search: String, $first: Int, $after: String) {\n    arenaPeople(arenaId: $arenaId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArenaPeopleDocument,
    "\n  query Invitations($arenaId: ID!, $first: Int, $after: String) {\n    invitations(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          state\n          createdAt\n          expiresAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      state\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      arenaName\n      organizationName\n      role\n      email\n      state\n      hasAccount\n      expiresAt\n    }\n  }\n": typeof types.InvitationByTokenDocument,
    "\n  mutation CreateOrganization($arenaId: ID!, $input: OrganizationInput!) {\n    createOrganization(arenaId: $arenaId, input: $input) {\n      ...DirectoryOrganization\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($arenaId: ID!, $organizationId: ID!, $input: OrganizationInput!) {\n    updateOrganization(arenaId: $arenaId, organizationId: $organizationId, input: $input) {\n      ...DirectoryOrganization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation SetUserRole($arenaId: ID!, $userId: ID!, $role: ArenaRole) {\n    setUserRole(arenaId: $arenaId, userId: $userId, role: $role)\n  }\n": typeof types.SetUserRoleDocument,
    "\n  query MergeSubject($id: ID!) {\n    object(id: $id) {\n      id\n      arenaId\n      name\n      status\n      kind\n      modes\n      geometry\n      duplicateOf\n    }\n  }\n": typeof types.MergeSubjectDocument,
    "\n  query MergedInto($id: ID!) {\n    object(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.MergedIntoDocument,
    "\n  query MergeCandidates($arenaId: ID!, $search: String, $geometry: JSON!, $text: String) {\n    byName: objects(filter: { arenaId: $arenaId, search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          municipality\n          reportCount\n        }\n      }\n    }\n    nearby: nearbyObjects(arenaId: $arenaId, geometry: $geometry, radiusMeters: 2000, text: $text, first: 6) {\n      distanceMeters\n      object {\n        id\n        name\n        kind\n        status\n        municipality\n        reportCount\n      }\n    }\n  }\n": typeof types.MergeCandidatesDocument,
    "\n  query MergePreview($keptId: ID!, $duplicateId: ID!) {\n    mergePreview(keptId: $keptId, duplicateId: $duplicateId) {\n      kept {\n        id\n        name\n        reportCount\n        organizationCount\n      }\n      duplicate {\n        id\n        name\n        reportCount\n        organizationCount\n      }\n      reports\n      supports\n      organizations\n    }\n  }\n": typeof types.MergePreviewDocument,
    "\n  mutation MergeObjects($input: MergeObjectsInput!) {\n    mergeObjects(input: $input) {\n      merge {\n        id\n        canUndo\n      }\n      kept {\n        id\n        name\n      }\n      duplicate {\n        id\n        status\n      }\n    }\n  }\n": typeof types.MergeObjectsDocument,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        canUndo\n        undoneAt\n      }\n      duplicate {\n        id\n        status\n      }\n    }\n  }\n": typeof types.UndoMergeDocument,
    "\n  mutation MoveReport($input: MoveReportInput!) {\n    moveReport(input: $input) {\n      reportId\n      from {\n        id\n        status\n      }\n      to {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MoveReportDocument,
    "\n  query ObjectMerge($id: ID!) {\n    objectMerge(id: $id) {\n      id\n      keptName\n      duplicateName\n      undoneAt\n      canUndo\n      undoBlockedBy\n    }\n  }\n": typeof types.ObjectMergeDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n": typeof types.UnreadNotificationCountChangedDocument,
    "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          read\n          createdAt\n          object {\n            id\n            name\n            arenaSlug\n            arenaName\n          }\n          event {\n            id\n            kind\n            byStaff\n            organizationName\n            data\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation FollowObject($objectId: ID!) {\n    followObject(objectId: $objectId) {\n      id\n      followedByMe\n    }\n  }\n": typeof types.FollowObjectDocument,
    "\n  mutation UnfollowObject($objectId: ID!) {\n    unfollowObject(objectId: $objectId) {\n      id\n      followedByMe\n    }\n  }\n": typeof types.UnfollowObjectDocument,
    "\n  query ObjectFollowState($id: ID!) {\n    object(id: $id) {\n      id\n      followedByMe\n    }\n  }\n": typeof types.ObjectFollowStateDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      emailFrequency\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SetNotificationEmail($frequency: EmailFrequency!) {\n    setNotificationEmail(frequency: $frequency) {\n      emailFrequency\n    }\n  }\n": typeof types.SetNotificationEmailDocument,
    "\n  query MyAreaAlerts($arenaId: ID!) {\n    myAreaAlerts(arenaId: $arenaId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          area\n          municipalities\n          categories\n          kinds\n        }\n      }\n    }\n  }\n": typeof types.MyAreaAlertsDocument,
    "\n  mutation CreateAreaAlert($input: AreaAlertInput!) {\n    createAreaAlert(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAreaAlertDocument,
    "\n  mutation DeleteAreaAlert($id: ID!) {\n    deleteAreaAlert(id: $id)\n  }\n": typeof types.DeleteAreaAlertDocument,
    "\n  query AlertArena($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      mapCenter\n      mapZoom\n    }\n  }\n": typeof types.AlertArenaDocument,
    "\n  query FollowedObjects($first: Int) {\n    followedObjects(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          followedAt\n          object {\n            id\n            name\n            arenaSlug\n            arenaName\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowedObjectsDocument,
    "\n  fragment ImpactParts on Impact {\n    delayHoursPerWeek\n    extraCostSekPerYear\n    freightTonnesPerYear\n  }\n": typeof types.ImpactPartsFragmentDoc,
    "\n  fragment OrganizationParts on Organization {\n    id\n    name\n    kind\n  }\n": typeof types.OrganizationPartsFragmentDoc,
    "\n  query ObjectsInView($filter: ObjectFilter, $first: Int) {\n    objects(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          geometry\n          bbox\n          modes\n          municipality\n          organizationCount\n          reportCount\n          totalImpact {\n            ...ImpactParts\n          }\n        }\n      }\n    }\n  }\n": typeof types.ObjectsInViewDocument,
    "\n  subscription ObjectChanged($arenaId: ID!) {\n    objectChanged(arenaId: $arenaId) {\n      id\n      bbox\n      organizationCount\n      reportCount\n      totalImpact {\n        ...ImpactParts\n      }\n    }\n  }\n": typeof types.ObjectChangedDocument,
    "\n  query ObjectClusters($filter: ObjectFilter!, $zoom: Int!, $maxObjects: Int) {\n    objectClusters(filter: $filter, zoom: $zoom, maxObjects: $maxObjects) {\n      totalCount\n      clustered\n      clusters {\n        count\n        center\n        bbox\n      }\n    }\n  }\n": typeof types.ObjectClustersDocument,
    "\n  query ObjectDetail($id: ID!) {\n    object(id: $id) {\n      id\n      name\n      kind\n      status\n      previousStatus\n      planningStage\n      duplicateOf\n      updatedAt\n      description\n      geometry\n      bbox\n      modes\n      responsibleBody\n      municipality\n      externalRefs\n      categories\n      organizationCount\n      reportCount\n      createdAt\n      totalImpact {\n        ...ImpactParts\n      }\n      score {\n        ...ScoreParts\n      }\n      reports(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            problem\n            category\n            proposedMeasure\n            visibility\n            withdrawnAt\n            createdAt\n            organization {\n              ...OrganizationParts\n            }\n            impact {\n              ...ImpactParts\n            }\n            supports {\n              id\n              comment\n              createdAt\n              organization {\n                ...OrganizationParts\n              }\n              impact {\n                ...ImpactParts\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ObjectDetailDocument,
    "\n  query PrioritiesShell($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      mapCenter\n      mapZoom\n      myRole\n    }\n  }\n": typeof types.PrioritiesShellDocument,
    "\n  fragment PriorityEntryParts on PriorityEntry {\n    rank\n    movement\n    steps\n    inPlan\n    object {\n      id\n      name\n      kind\n      geometry\n      planningStage\n    }\n  }\n": typeof types.PriorityEntryPartsFragmentDoc,
    "\n  query AdoptedPriorityList($arenaId: ID, $arenaSlug: String) {\n    adoptedPriorityList(arenaId: $arenaId, arenaSlug: $arenaSlug) {\n      id\n      number\n      adoptedAt\n      meetingId\n      meetingTitle\n      meetingStartsAt\n      itemNumber\n      previousNumber\n      entries {\n        ...PriorityEntryParts\n      }\n      out {\n        ...PriorityEntryParts\n      }\n    }\n  }\n": typeof types.AdoptedPriorityListDocument,
    "\n  query AdoptedPriorityLists($arenaId: ID!, $first: Int) {\n    adoptedPriorityLists(arenaId: $arenaId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          adoptedAt\n          entries {\n            rank\n            object {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdoptedPriorityListsDocument,
    "\n  query WorkingPriorityList($arenaId: ID!) {\n    workingPriorityList(arenaId: $arenaId) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n": typeof types.WorkingPriorityListDocument,
    "\n  query PriorityListChanges($arenaId: ID!, $after: String) {\n    priorityListChanges(arenaId: $arenaId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          fromRank\n          toRank\n          reason\n          changedByName\n          changedAt\n          object {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PriorityListChangesDocument,
    "\n  query PriorityCandidates($arenaId: ID!) {\n    scoreRanking(arenaId: $arenaId, first: 100) {\n      edges {\n        node {\n          rank\n          object {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PriorityCandidatesDocument,
    "\n  mutation ProposePriorityList($arenaId: ID!, $size: Int, $reason: String) {\n    proposePriorityList(arenaId: $arenaId, size: $size, reason: $reason) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n": typeof types.ProposePriorityListDocument,
    "\n  mutation EditPriorityList($input: EditPriorityListInput!) {\n    editPriorityList(input: $input) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n": typeof types.EditPriorityListDocument,
    "\n  query ObjectPriorityRanks($id: ID!) {\n    object(id: $id) {\n      id\n      priorityRanks {\n        versionNumber\n        adoptedAt\n        rank\n      }\n    }\n  }\n": typeof types.ObjectPriorityRanksDocument,
    "\n  query RegisterArena($slug: String) {\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": typeof types.RegisterArenaDocument,
    "\n  query Register($filter: ObjectFilter, $sort: ObjectSort, $first: Int, $after: String) {\n    objects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          status\n          planningStage\n          organizationCount\n          updatedAt\n          totalImpact {\n            delayHoursPerWeek\n            extraCostSekPerYear\n            freightTonnesPerYear\n          }\n          score {\n            score\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query NearbyObjects($geometry: JSON!, $arenaId: ID, $text: String, $first: Int) {\n    nearbyObjects(geometry: $geometry, arenaId: $arenaId, text: $text, first: $first) {\n      distanceMeters\n      similarity\n      object {\n        id\n        name\n        kind\n        status\n        geometry\n        bbox\n        reportCount\n        organizationCount\n        reports(first: 10) {\n          edges {\n            node {\n              id\n              title\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NearbyObjectsDocument,
    "\n  mutation ReportBottleneck($input: ReportBottleneckInput!) {\n    reportBottleneck(input: $input) {\n      report {\n        id\n      }\n      object {\n        id\n        name\n        bbox\n      }\n    }\n  }\n": typeof types.ReportBottleneckDocument,
    "\n  mutation SupportReport($input: SupportReportInput!) {\n    supportReport(input: $input) {\n      support {\n        id\n      }\n      object {\n        id\n      }\n    }\n  }\n": typeof types.SupportReportDocument,
    "\n  mutation UpdateReport($input: UpdateReportInput!) {\n    updateReport(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateReportDocument,
    "\n  mutation WithdrawReport($reportId: ID!) {\n    withdrawReport(reportId: $reportId) {\n      id\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawReportDocument,
    "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    shared\n    mine\n    ownerName\n    canEdit\n    view {\n      kinds\n      modes\n      statuses\n      categories\n      search\n      lat\n      lng\n      zoom\n      mode\n    }\n  }\n": typeof types.SavedViewFieldsFragmentDoc,
    "\n  query SavedViews($arenaId: ID, $first: Int, $after: String) {\n    savedViews(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SavedViewFields\n        }\n      }\n    }\n  }\n": typeof types.SavedViewsDocument,
    "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SaveViewDocument,
    "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.UpdateSavedViewDocument,
    "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id)\n  }\n": typeof types.DeleteSavedViewDocument,
    "\n  fragment ScoreParts on ObjectScore {\n    score\n    shares {\n      criterion\n      weight\n      value\n      points\n      unjudged\n    }\n  }\n": typeof types.ScorePartsFragmentDoc,
    "\n  query ScoringSettings($arenaId: ID) {\n    scoringSettings(arenaId: $arenaId) {\n      arenaId\n      weights {\n        criterion\n        weight\n        defaultWeight\n      }\n    }\n  }\n": typeof types.ScoringSettingsDocument,
    "\n  mutation SetScoreWeights($input: SetScoreWeightsInput!) {\n    setScoreWeights(input: $input) {\n      arenaId\n      weights {\n        criterion\n        weight\n        defaultWeight\n      }\n    }\n  }\n": typeof types.SetScoreWeightsDocument,
    "\n  query ScoreRanking($arenaId: ID, $weights: [ScoreWeightInput!], $first: Int, $after: String) {\n    scoreRanking(arenaId: $arenaId, weights: $weights, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          rank\n          score\n          object {\n            id\n            name\n            kind\n            organizationCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScoreRankingDocument,
    "\n  query ArenaSearch($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          score\n          matchedIn\n          object {\n            id\n            name\n            kind\n            status\n            municipality\n            bbox\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArenaSearchDocument,
    "\n  query Places($text: String!, $first: Int) {\n    places(text: $text, first: $first) {\n      kind\n      name\n      region\n      code\n      bbox\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  query TriageQueue($arenaId: ID, $first: Int, $after: String) {\n    triageQueue(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      newCount\n      lastVisitAt\n      items {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            pendingSince\n            isNew\n            object {\n              id\n              name\n              kind\n              status\n              municipality\n            }\n            events {\n              id\n              kind\n              at\n              byStaff\n              personName\n              organizationName\n              data\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TriageQueueDocument,
    "\n  query TriageCount($arenaId: ID) {\n    triageQueue(arenaId: $arenaId, first: 1) {\n      totalCount\n      newCount\n    }\n  }\n": typeof types.TriageCountDocument,
    "\n  subscription TriageObjectChanged($arenaId: ID!) {\n    objectChanged(arenaId: $arenaId) {\n      id\n    }\n  }\n": typeof types.TriageObjectChangedDocument,
    "\n  mutation ChangeObjectStatus($input: ChangeObjectStatusInput!) {\n    changeObjectStatus(input: $input) {\n      id\n      status\n      previousStatus\n    }\n  }\n": typeof types.ChangeObjectStatusDocument,
    "\n  mutation RestoreObject($objectId: ID!) {\n    restoreObject(objectId: $objectId) {\n      id\n      status\n      previousStatus\n    }\n  }\n": typeof types.RestoreObjectDocument,
    "\n  mutation MarkTriaged($arenaId: ID!, $objectIds: [ID!]!) {\n    markTriaged(arenaId: $arenaId, objectIds: $objectIds) {\n      id\n    }\n  }\n": typeof types.MarkTriagedDocument,
    "\n  mutation MarkTriageQueueSeen($arenaId: ID!) {\n    markTriageQueueSeen(arenaId: $arenaId) {\n      totalCount\n      newCount\n    }\n  }\n": typeof types.MarkTriageQueueSeenDocument,
    "\n  query DefaultArena {\n    arena {\n      id\n      slug\n    }\n  }\n": typeof types.DefaultArenaDocument,
    "\n  fragment VoteRoundFields on VoteRound {\n    id\n    itemId\n    title\n    method\n    resultsMode\n    status\n    pointsPerOrganization\n    maxPointsPerObject\n    ballotCount\n    openedAt\n    closedAt\n    objects {\n      id\n      name\n    }\n    weights {\n      organizationId\n      organizationName\n      weight\n    }\n    proxies {\n      fromOrganizationId\n      fromOrganizationName\n      toOrganizationId\n      toOrganizationName\n    }\n    results {\n      ballots\n      weight\n      rows {\n        objectId\n        objectName\n        total\n        average\n        rank\n      }\n    }\n  }\n": typeof types.VoteRoundFieldsFragmentDoc,
    "\n  query VoteRounds($meetingId: ID!) {\n    voteRounds(meetingId: $meetingId) {\n      ...VoteRoundFields\n      myBallots {\n        organizationId\n        organizationName\n        castByName\n        castByOrganizationName\n        castAt\n        entries {\n          objectId\n          value\n        }\n      }\n    }\n  }\n": typeof types.VoteRoundsDocument,
    "\n  mutation CreateVoteRound($input: VoteRoundInput!) {\n    createVoteRound(input: $input) {\n      ...VoteRoundFields\n    }\n  }\n": typeof types.CreateVoteRoundDocument,
    "\n  mutation ChangeVoteRoundStatus($roundId: ID!, $status: VoteRoundStatus!) {\n    changeVoteRoundStatus(roundId: $roundId, status: $status) {\n      ...VoteRoundFields\n    }\n  }\n": typeof types.ChangeVoteRoundStatusDocument,
    "\n  mutation SetVoteWeight($roundId: ID!, $organizationId: ID!, $weight: Float!) {\n    setVoteWeight(roundId: $roundId, organizationId: $organizationId, weight: $weight) {\n      ...VoteRoundFields\n    }\n  }\n": typeof types.SetVoteWeightDocument,
    "\n  mutation SetVoteProxy($roundId: ID!, $fromOrganizationId: ID!, $toOrganizationId: ID) {\n    setVoteProxy(roundId: $roundId, fromOrganizationId: $fromOrganizationId, toOrganizationId: $toOrganizationId) {\n      ...VoteRoundFields\n    }\n  }\n": typeof types.SetVoteProxyDocument,
    "\n  mutation CastBallot($roundId: ID!, $organizationId: ID!, $entries: [BallotEntryInput!]!) {\n    castBallot(roundId: $roundId, organizationId: $organizationId, entries: $entries) {\n      ...VoteRoundFields\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  query VoteOrganizations($arenaId: ID!) {\n    organizations(arenaId: $arenaId, first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VoteOrganizationsDocument,
};
const documents: Documents = {
    "\n  fragment MeParts on Me {\n    id\n    name\n    email\n    organization {\n      id\n      name\n      kind\n    }\n    arenas {\n      role\n      arena {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.MePartsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeParts\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...MeParts\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      ...MeParts\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query AuditLog($arenaId: ID!, $filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          userLabel\n          before\n          after\n          objectId\n          objectName\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query EmailOutbox($arenaId: ID!, $first: Int, $after: String) {\n    emailOutbox(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          lastError\n          purpose\n          createdAt\n          sentAt\n          text\n        }\n      }\n    }\n  }\n": types.EmailOutboxDocument,
    "\n  query AppShell($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      description\n      mapCenter\n      mapZoom\n      myRole\n    }\n  }\n": types.AppShellDocument,
    "\n  query ObjectComments($id: ID!, $first: Int, $after: String) {\n    object(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentView\n          }\n        }\n      }\n    }\n  }\n": types.ObjectCommentsDocument,
    "\n  fragment CommentView on Comment {\n    id\n    bodyHtml\n    markdown\n    visibility\n    authorName\n    organizationName\n    createdAt\n    editedAt\n    hidden\n    hiddenReason\n    canEdit\n    attachments {\n      ...AttachmentView\n    }\n  }\n": types.CommentViewFragmentDoc,
    "\n  fragment AttachmentView on Attachment {\n    id\n    filename\n    contentType\n    size\n    url\n    thumbnailUrl\n  }\n": types.AttachmentViewFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  query CommentPreview($objectId: ID!, $body: String!) {\n    commentPreview(objectId: $objectId, body: $body)\n  }\n": types.CommentPreviewDocument,
    "\n  query MentionCandidates($objectId: ID!, $visibility: ReportVisibility, $search: String) {\n    mentionCandidates(objectId: $objectId, visibility: $visibility, search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          organizationName\n        }\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query ReportAttachments($id: ID!) {\n    object(id: $id) {\n      id\n      reports(first: 100) {\n        edges {\n          node {\n            id\n            attachments {\n              ...AttachmentView\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReportAttachmentsDocument,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": types.DeleteAttachmentDocument,
    "\n  query DashboardArena($slug: String) {\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": types.DashboardArenaDocument,
    "\n  query Dashboard($arenaId: ID) {\n    dashboard(arenaId: $arenaId) {\n      arenaId\n      objectCount\n      totalImpact {\n        delayHoursPerWeek\n        extraCostSekPerYear\n        freightTonnesPerYear\n      }\n      byStatus {\n        key\n        count\n      }\n      byPlanningStage {\n        key\n        count\n      }\n      byKind {\n        key\n        count\n      }\n      byMunicipality {\n        code\n        name\n        bucket\n        count\n      }\n      reportsPerMonth {\n        month\n        count\n      }\n      topByImpact {\n        ...DashboardTopObject\n      }\n      topByBreadth {\n        ...DashboardTopObject\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment DashboardTopObject on DashboardTopObject {\n    id\n    name\n    kind\n    status\n    municipality\n    organizationCount\n    reportCount\n    impact {\n      delayHoursPerWeek\n      extraCostSekPerYear\n      freightTonnesPerYear\n    }\n  }\n": types.DashboardTopObjectFragmentDoc,
    "\n  fragment ObjectFactsParts on InfrastructureObject {\n    id\n    name\n    kind\n    description\n    geometry\n    modes\n    responsibleBody\n    municipality\n    municipalityByHand\n    municipalities {\n      code\n      name\n    }\n    externalRefs\n    networkRefs {\n      type\n      road\n      freightPriority\n      section\n      kmFrom\n      kmTo\n      name\n      label\n    }\n    planning {\n      stage\n      fourStepClass\n      stepsOneTwoExamined\n      severity\n      strategicFit\n      avsReference\n      planName\n      planObjectId\n      costEstimateSek\n      documents {\n        title\n        url\n      }\n    }\n  }\n": types.ObjectFactsPartsFragmentDoc,
    "\n  query ObjectFacts($id: ID!) {\n    object(id: $id) {\n      ...ObjectFactsParts\n    }\n  }\n": types.ObjectFactsDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      regionName\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  mutation CorrectObject($input: CorrectObjectInput!) {\n    correctObject(input: $input) {\n      ...ObjectFactsParts\n    }\n  }\n": types.CorrectObjectDocument,
    "\n  mutation SetObjectPlanning($input: SetObjectPlanningInput!) {\n    setObjectPlanning(input: $input) {\n      ...ObjectFactsParts\n    }\n  }\n": types.SetObjectPlanningDocument,
    "\n  query ObjectTimeline($id: ID!, $first: Int, $after: String) {\n    object(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            at\n            byStaff\n            personName\n            organizationName\n            data\n          }\n        }\n      }\n    }\n  }\n": types.ObjectTimelineDocument,
    "\n  query Meetings($arenaId: ID, $period: MeetingPeriod, $first: Int, $after: String) {\n    meetings(arenaId: $arenaId, period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          place\n          onlineUrl\n          status\n        }\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  fragment MeetingAttendeeFields on MeetingAttendee {\n    id\n    userId\n    name\n    organizationName\n  }\n": types.MeetingAttendeeFieldsFragmentDoc,
    "\n  fragment MeetingDecisionFields on MeetingDecision {\n    id\n    itemId\n    kind\n    objectId\n    objectName\n    data\n    text\n    recordedAt\n    retractedAt\n    retractReason\n  }\n": types.MeetingDecisionFieldsFragmentDoc,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    parentId\n    number\n    title\n    description\n    durationMinutes\n    minutes\n    minutesHtml\n    plannedStart\n    plannedEnd\n    objects {\n      id\n      name\n      kind\n      status\n    }\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    id\n    arenaId\n    title\n    description\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    capacity\n    status\n    cancelReason\n    updatedAt\n    presentedItemId\n    registration {\n      registered\n      waiting\n      open\n      myPlace\n      myWaitingPosition\n    }\n    registrants {\n      userId\n      name\n      organizationName\n      waitingPosition\n    }\n    attendees {\n      ...MeetingAttendeeFields\n    }\n    protocol {\n      stage\n      approvedAt\n      public\n      canApprove\n      pdfUrl\n      adjusters {\n        userId\n        name\n        organizationName\n        approvedAt\n      }\n    }\n    decisions {\n      ...MeetingDecisionFields\n    }\n    agenda {\n      ...AgendaItemFields\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingDocument,
    "\n  mutation CreateMeeting($arenaId: ID!, $input: MeetingInput!) {\n    createMeeting(arenaId: $arenaId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation ChangeMeetingStatus($id: ID!, $status: MeetingStatus!, $reason: String) {\n    changeMeetingStatus(id: $id, status: $status, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n": types.ChangeMeetingStatusDocument,
    "\n  mutation AddAgendaItem($meetingId: ID!, $parentId: ID, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, parentId: $parentId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($itemId: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(itemId: $itemId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($itemId: ID!) {\n    removeAgendaItem(itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation MoveAgendaItem($itemId: ID!, $direction: AgendaDirection!) {\n    moveAgendaItem(itemId: $itemId, direction: $direction) {\n      ...MeetingFields\n    }\n  }\n": types.MoveAgendaItemDocument,
    "\n  mutation ReorderAgendaItems($meetingId: ID!, $parentId: ID, $itemIds: [ID!]!) {\n    reorderAgendaItems(meetingId: $meetingId, parentId: $parentId, itemIds: $itemIds) {\n      ...MeetingFields\n    }\n  }\n": types.ReorderAgendaItemsDocument,
    "\n  mutation PutObjectOnNextMeeting($objectId: ID!) {\n    putObjectOnNextMeeting(objectId: $objectId) {\n      id\n      title\n      startsAt\n    }\n  }\n": types.PutObjectOnNextMeetingDocument,
    "\n  mutation PutObjectsOnNextMeeting($objectIds: [ID!]!) {\n    putObjectsOnNextMeeting(objectIds: $objectIds) {\n      id\n      title\n      startsAt\n    }\n  }\n": types.PutObjectsOnNextMeetingDocument,
    "\n  mutation AddAttendee($meetingId: ID!, $input: AttendeeInput!) {\n    addAttendee(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.AddAttendeeDocument,
    "\n  mutation RemoveAttendee($attendeeId: ID!) {\n    removeAttendee(attendeeId: $attendeeId) {\n      ...MeetingFields\n    }\n  }\n": types.RemoveAttendeeDocument,
    "\n  mutation SetAgendaItemMinutes($itemId: ID!, $minutes: String!) {\n    setAgendaItemMinutes(itemId: $itemId, minutes: $minutes) {\n      ...MeetingFields\n    }\n  }\n": types.SetAgendaItemMinutesDocument,
    "\n  mutation RecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation RetractDecision($decisionId: ID!, $reason: String!) {\n    retractDecision(decisionId: $decisionId, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n": types.RetractDecisionDocument,
    "\n  query MeetingPeople($arenaId: ID!, $search: String) {\n    arenaPeople(arenaId: $arenaId, search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MeetingPeopleDocument,
    "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": types.RegisterForMeetingDocument,
    "\n  mutation CancelMeetingRegistration($meetingId: ID!) {\n    cancelMeetingRegistration(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": types.CancelMeetingRegistrationDocument,
    "\n  query MeetingNotice($id: ID!) {\n    meeting(id: $id) {\n      id\n      notice {\n        sentAt\n        sentByName\n        recipientCount\n        isUpdate\n        timesSent\n        changedSince\n      }\n    }\n  }\n": types.MeetingNoticeDocument,
    "\n  mutation SendMeetingNotice($meetingId: ID!) {\n    sendMeetingNotice(meetingId: $meetingId) {\n      sentAt\n      recipientCount\n    }\n  }\n": types.SendMeetingNoticeDocument,
    "\n  query ActionItems($arenaId: ID!, $filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n": types.ActionItemsDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    itemTitle\n    text\n    owner\n    ownerUserId\n    dueDate\n    doneAt\n    doneByName\n    canMarkDone\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  mutation SetActionItemDone($decisionId: ID!, $done: Boolean!) {\n    setActionItemDone(decisionId: $decisionId, done: $done) {\n      ...ActionItemFields\n    }\n  }\n": types.SetActionItemDoneDocument,
    "\n  mutation SetProtocolAdjusters($meetingId: ID!, $userIds: [ID!]!) {\n    setProtocolAdjusters(meetingId: $meetingId, userIds: $userIds) {\n      ...MeetingFields\n    }\n  }\n": types.SetProtocolAdjustersDocument,
    "\n  mutation ApproveProtocol($meetingId: ID!) {\n    approveProtocol(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": types.ApproveProtocolDocument,
    "\n  mutation SetProtocolPublic($meetingId: ID!, $public: Boolean!) {\n    setProtocolPublic(meetingId: $meetingId, public: $public) {\n      ...MeetingFields\n    }\n  }\n": types.SetProtocolPublicDocument,
    "\n  query ProtocolArchive($arenaId: ID, $first: Int, $after: String) {\n    protocolArchive(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          meetingId\n          title\n          startsAt\n          place\n          approvedAt\n          public\n          pdfUrl\n        }\n      }\n    }\n  }\n": types.ProtocolArchiveDocument,
    "\n  query MyMeetingsCalendar {\n    myMeetingsCalendar {\n      createdAt\n    }\n  }\n": types.MyMeetingsCalendarDocument,
    "\n  mutation RenewMyMeetingsCalendar {\n    renewMyMeetingsCalendar {\n      path\n      createdAt\n    }\n  }\n": types.RenewMyMeetingsCalendarDocument,
    "\n  mutation PresentAgendaItem($meetingId: ID!, $itemId: ID) {\n    presentAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n": types.PresentAgendaItemDocument,
    "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      arenaId\n      title\n      description\n      startsAt\n      endsAt\n      place\n      onlineUrl\n      capacity\n      status\n      cancelReason\n      updatedAt\n      presentedItemId\n      voteRounds {\n        ...VoteRoundFields\n      }\n      attendees {\n        ...MeetingAttendeeFields\n      }\n      decisions {\n        ...MeetingDecisionFields\n      }\n      agenda {\n        ...AgendaItemFields\n        objects {\n          geometry\n        }\n      }\n    }\n  }\n": types.MeetingChangedDocument,
    "\n  query LiveMapConfig {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n  }\n": types.LiveMapConfigDocument,
    "\n  fragment DirectoryOrganization on Organization {\n    id\n    name\n    kind\n    municipality\n    orgNumber\n    sector\n    employees\n    contactName\n    contactEmail\n    contactPhone\n  }\n": types.DirectoryOrganizationFragmentDoc,
    "\n  query Organizations($arenaId: ID!, $search: String, $first: Int, $after: String) {\n    organizations(arenaId: $arenaId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DirectoryOrganization\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query ArenaPeople($arenaId: ID!, $search: String, $first: Int, $after: String) {\n    arenaPeople(arenaId: $arenaId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ArenaPeopleDocument,
    "\n  query Invitations($arenaId: ID!, $first: Int, $after: String) {\n    invitations(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          state\n          createdAt\n          expiresAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      state\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      arenaName\n      organizationName\n      role\n      email\n      state\n      hasAccount\n      expiresAt\n    }\n  }\n": types.InvitationByTokenDocument,
    "\n  mutation CreateOrganization($arenaId: ID!, $input: OrganizationInput!) {\n    createOrganization(arenaId: $arenaId, input: $input) {\n      ...DirectoryOrganization\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($arenaId: ID!, $organizationId: ID!, $input: OrganizationInput!) {\n    updateOrganization(arenaId: $arenaId, organizationId: $organizationId, input: $input) {\n      ...DirectoryOrganization\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation SetUserRole($arenaId: ID!, $userId: ID!, $role: ArenaRole) {\n    setUserRole(arenaId: $arenaId, userId: $userId, role: $role)\n  }\n": types.SetUserRoleDocument,
    "\n  query MergeSubject($id: ID!) {\n    object(id: $id) {\n      id\n      arenaId\n      name\n      status\n      kind\n      modes\n      geometry\n      duplicateOf\n    }\n  }\n": types.MergeSubjectDocument,
    "\n  query MergedInto($id: ID!) {\n    object(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": types.MergedIntoDocument,
    "\n  query MergeCandidates($arenaId: ID!, $search: String, $geometry: JSON!, $text: String) {\n    byName: objects(filter: { arenaId: $arenaId, search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          municipality\n          reportCount\n        }\n      }\n    }\n    nearby: nearbyObjects(arenaId: $arenaId, geometry: $geometry, radiusMeters: 2000, text: $text, first: 6) {\n      distanceMeters\n      object {\n        id\n        name\n        kind\n        status\n        municipality\n        reportCount\n      }\n    }\n  }\n": types.MergeCandidatesDocument,
    "\n  query MergePreview($keptId: ID!, $duplicateId: ID!) {\n    mergePreview(keptId: $keptId, duplicateId: $duplicateId) {\n      kept {\n        id\n        name\n        reportCount\n        organizationCount\n      }\n      duplicate {\n        id\n        name\n        reportCount\n        organizationCount\n      }\n      reports\n      supports\n      organizations\n    }\n  }\n": types.MergePreviewDocument,
    "\n  mutation MergeObjects($input: MergeObjectsInput!) {\n    mergeObjects(input: $input) {\n      merge {\n        id\n        canUndo\n      }\n      kept {\n        id\n        name\n      }\n      duplicate {\n        id\n        status\n      }\n    }\n  }\n": types.MergeObjectsDocument,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        canUndo\n        undoneAt\n      }\n      duplicate {\n        id\n        status\n      }\n    }\n  }\n": types.UndoMergeDocument,
    "\n  mutation MoveReport($input: MoveReportInput!) {\n    moveReport(input: $input) {\n      reportId\n      from {\n        id\n        status\n      }\n      to {\n        id\n        name\n      }\n    }\n  }\n": types.MoveReportDocument,
    "\n  query ObjectMerge($id: ID!) {\n    objectMerge(id: $id) {\n      id\n      keptName\n      duplicateName\n      undoneAt\n      canUndo\n      undoBlockedBy\n    }\n  }\n": types.ObjectMergeDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n": types.UnreadNotificationCountChangedDocument,
    "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          read\n          createdAt\n          object {\n            id\n            name\n            arenaSlug\n            arenaName\n          }\n          event {\n            id\n            kind\n            byStaff\n            organizationName\n            data\n          }\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation FollowObject($objectId: ID!) {\n    followObject(objectId: $objectId) {\n      id\n      followedByMe\n    }\n  }\n": types.FollowObjectDocument,
    "\n  mutation UnfollowObject($objectId: ID!) {\n    unfollowObject(objectId: $objectId) {\n      id\n      followedByMe\n    }\n  }\n": types.UnfollowObjectDocument,
    "\n  query ObjectFollowState($id: ID!) {\n    object(id: $id) {\n      id\n      followedByMe\n    }\n  }\n": types.ObjectFollowStateDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      emailFrequency\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SetNotificationEmail($frequency: EmailFrequency!) {\n    setNotificationEmail(frequency: $frequency) {\n      emailFrequency\n    }\n  }\n": types.SetNotificationEmailDocument,
    "\n  query MyAreaAlerts($arenaId: ID!) {\n    myAreaAlerts(arenaId: $arenaId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          area\n          municipalities\n          categories\n          kinds\n        }\n      }\n    }\n  }\n": types.MyAreaAlertsDocument,
    "\n  mutation CreateAreaAlert($input: AreaAlertInput!) {\n    createAreaAlert(input: $input) {\n      id\n    }\n  }\n": types.CreateAreaAlertDocument,
    "\n  mutation DeleteAreaAlert($id: ID!) {\n    deleteAreaAlert(id: $id)\n  }\n": types.DeleteAreaAlertDocument,
    "\n  query AlertArena($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      mapCenter\n      mapZoom\n    }\n  }\n": types.AlertArenaDocument,
    "\n  query FollowedObjects($first: Int) {\n    followedObjects(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          followedAt\n          object {\n            id\n            name\n            arenaSlug\n            arenaName\n          }\n        }\n      }\n    }\n  }\n": types.FollowedObjectsDocument,
    "\n  fragment ImpactParts on Impact {\n    delayHoursPerWeek\n    extraCostSekPerYear\n    freightTonnesPerYear\n  }\n": types.ImpactPartsFragmentDoc,
    "\n  fragment OrganizationParts on Organization {\n    id\n    name\n    kind\n  }\n": types.OrganizationPartsFragmentDoc,
    "\n  query ObjectsInView($filter: ObjectFilter, $first: Int) {\n    objects(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          geometry\n          bbox\n          modes\n          municipality\n          organizationCount\n          reportCount\n          totalImpact {\n            ...ImpactParts\n          }\n        }\n      }\n    }\n  }\n": types.ObjectsInViewDocument,
    "\n  subscription ObjectChanged($arenaId: ID!) {\n    objectChanged(arenaId: $arenaId) {\n      id\n      bbox\n      organizationCount\n      reportCount\n      totalImpact {\n        ...ImpactParts\n      }\n    }\n  }\n": types.ObjectChangedDocument,
    "\n  query ObjectClusters($filter: ObjectFilter!, $zoom: Int!, $maxObjects: Int) {\n    objectClusters(filter: $filter, zoom: $zoom, maxObjects: $maxObjects) {\n      totalCount\n      clustered\n      clusters {\n        count\n        center\n        bbox\n      }\n    }\n  }\n": types.ObjectClustersDocument,
    "\n  query ObjectDetail($id: ID!) {\n    object(id: $id) {\n      id\n      name\n      kind\n      status\n      previousStatus\n      planningStage\n      duplicateOf\n      updatedAt\n      description\n      geometry\n      bbox\n      modes\n      responsibleBody\n      municipality\n      externalRefs\n      categories\n      organizationCount\n      reportCount\n      createdAt\n      totalImpact {\n        ...ImpactParts\n      }\n      score {\n        ...ScoreParts\n      }\n      reports(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            problem\n            category\n            proposedMeasure\n            visibility\n            withdrawnAt\n            createdAt\n            organization {\n              ...OrganizationParts\n            }\n            impact {\n              ...ImpactParts\n            }\n            supports {\n              id\n              comment\n              createdAt\n              organization {\n                ...OrganizationParts\n              }\n              impact {\n                ...ImpactParts\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ObjectDetailDocument,
    "\n  query PrioritiesShell($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      mapCenter\n      mapZoom\n      myRole\n    }\n  }\n": types.PrioritiesShellDocument,
    "\n  fragment PriorityEntryParts on PriorityEntry {\n    rank\n    movement\n    steps\n    inPlan\n    object {\n      id\n      name\n      kind\n      geometry\n      planningStage\n    }\n  }\n": types.PriorityEntryPartsFragmentDoc,
    "\n  query AdoptedPriorityList($arenaId: ID, $arenaSlug: String) {\n    adoptedPriorityList(arenaId: $arenaId, arenaSlug: $arenaSlug) {\n      id\n      number\n      adoptedAt\n      meetingId\n      meetingTitle\n      meetingStartsAt\n      itemNumber\n      previousNumber\n      entries {\n        ...PriorityEntryParts\n      }\n      out {\n        ...PriorityEntryParts\n      }\n    }\n  }\n": types.AdoptedPriorityListDocument,
    "\n  query AdoptedPriorityLists($arenaId: ID!, $first: Int) {\n    adoptedPriorityLists(arenaId: $arenaId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          adoptedAt\n          entries {\n            rank\n            object {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdoptedPriorityListsDocument,
    "\n  query WorkingPriorityList($arenaId: ID!) {\n    workingPriorityList(arenaId: $arenaId) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n": types.WorkingPriorityListDocument,
    "\n  query PriorityListChanges($arenaId: ID!, $after: String) {\n    priorityListChanges(arenaId: $arenaId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          fromRank\n          toRank\n          reason\n          changedByName\n          changedAt\n          object {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PriorityListChangesDocument,
    "\n  query PriorityCandidates($arenaId: ID!) {\n    scoreRanking(arenaId: $arenaId, first: 100) {\n      edges {\n        node {\n          rank\n          object {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PriorityCandidatesDocument,
    "\n  mutation ProposePriorityList($arenaId: ID!, $size: Int, $reason: String) {\n    proposePriorityList(arenaId: $arenaId, size: $size, reason: $reason) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n": types.ProposePriorityListDocument,
    "\n  mutation EditPriorityList($input: EditPriorityListInput!) {\n    editPriorityList(input: $input) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n": types.EditPriorityListDocument,
    "\n  query ObjectPriorityRanks($id: ID!) {\n    object(id: $id) {\n      id\n      priorityRanks {\n        versionNumber\n        adoptedAt\n        rank\n      }\n    }\n  }\n": types.ObjectPriorityRanksDocument,
    "\n  query RegisterArena($slug: String) {\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": types.RegisterArenaDocument,
    "\n  query Register($filter: ObjectFilter, $sort: ObjectSort, $first: Int, $after: String) {\n    objects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          status\n          planningStage\n          organizationCount\n          updatedAt\n          totalImpact {\n            delayHoursPerWeek\n            extraCostSekPerYear\n            freightTonnesPerYear\n          }\n          score {\n            score\n          }\n        }\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query NearbyObjects($geometry: JSON!, $arenaId: ID, $text: String, $first: Int) {\n    nearbyObjects(geometry: $geometry, arenaId: $arenaId, text: $text, first: $first) {\n      distanceMeters\n      similarity\n      object {\n        id\n        name\n        kind\n        status\n        geometry\n        bbox\n        reportCount\n        organizationCount\n        reports(first: 10) {\n          edges {\n            node {\n              id\n              title\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NearbyObjectsDocument,
    "\n  mutation ReportBottleneck($input: ReportBottleneckInput!) {\n    reportBottleneck(input: $input) {\n      report {\n        id\n      }\n      object {\n        id\n        name\n        bbox\n      }\n    }\n  }\n": types.ReportBottleneckDocument,
    "\n  mutation SupportReport($input: SupportReportInput!) {\n    supportReport(input: $input) {\n      support {\n        id\n      }\n      object {\n        id\n      }\n    }\n  }\n": types.SupportReportDocument,
    "\n  mutation UpdateReport($input: UpdateReportInput!) {\n    updateReport(input: $input) {\n      id\n    }\n  }\n": types.UpdateReportDocument,
    "\n  mutation WithdrawReport($reportId: ID!) {\n    withdrawReport(reportId: $reportId) {\n      id\n      withdrawnAt\n    }\n  }\n": types.WithdrawReportDocument,
    "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    shared\n    mine\n    ownerName\n    canEdit\n    view {\n      kinds\n      modes\n      statuses\n      categories\n      search\n      lat\n      lng\n      zoom\n      mode\n    }\n  }\n": types.SavedViewFieldsFragmentDoc,
    "\n  query SavedViews($arenaId: ID, $first: Int, $after: String) {\n    savedViews(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SavedViewFields\n        }\n      }\n    }\n  }\n": types.SavedViewsDocument,
    "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": types.SaveViewDocument,
    "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": types.UpdateSavedViewDocument,
    "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id)\n  }\n": types.DeleteSavedViewDocument,
    "\n  fragment ScoreParts on ObjectScore {\n    score\n    shares {\n      criterion\n      weight\n      value\n      points\n      unjudged\n    }\n  }\n": types.ScorePartsFragmentDoc,
    "\n  query ScoringSettings($arenaId: ID) {\n    scoringSettings(arenaId: $arenaId) {\n      arenaId\n      weights {\n        criterion\n        weight\n        defaultWeight\n      }\n    }\n  }\n": types.ScoringSettingsDocument,
    "\n  mutation SetScoreWeights($input: SetScoreWeightsInput!) {\n    setScoreWeights(input: $input) {\n      arenaId\n      weights {\n        criterion\n        weight\n        defaultWeight\n      }\n    }\n  }\n": types.SetScoreWeightsDocument,
    "\n  query ScoreRanking($arenaId: ID, $weights: [ScoreWeightInput!], $first: Int, $after: String) {\n    scoreRanking(arenaId: $arenaId, weights: $weights, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          rank\n          score\n          object {\n            id\n            name\n            kind\n            organizationCount\n          }\n        }\n      }\n    }\n  }\n": types.ScoreRankingDocument,
    "\n  query ArenaSearch($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          score\n          matchedIn\n          object {\n            id\n            name\n            kind\n            status\n            municipality\n            bbox\n          }\n        }\n      }\n    }\n  }\n": types.ArenaSearchDocument,
    "\n  query Places($text: String!, $first: Int) {\n    places(text: $text, first: $first) {\n      kind\n      name\n      region\n      code\n      bbox\n    }\n  }\n": types.PlacesDocument,
    "\n  query TriageQueue($arenaId: ID, $first: Int, $after: String) {\n    triageQueue(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      newCount\n      lastVisitAt\n      items {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            pendingSince\n            isNew\n            object {\n              id\n              name\n              kind\n              status\n              municipality\n            }\n            events {\n              id\n              kind\n              at\n              byStaff\n              personName\n              organizationName\n              data\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TriageQueueDocument,
    "\n  query TriageCount($arenaId: ID) {\n    triageQueue(arenaId: $arenaId, first: 1) {\n      totalCount\n      newCount\n    }\n  }\n": types.TriageCountDocument,
    "\n  subscription TriageObjectChanged($arenaId: ID!) {\n    objectChanged(arenaId: $arenaId) {\n      id\n    }\n  }\n": types.TriageObjectChangedDocument,
    "\n  mutation ChangeObjectStatus($input: ChangeObjectStatusInput!) {\n    changeObjectStatus(input: $input) {\n      id\n      status\n      previousStatus\n    }\n  }\n": types.ChangeObjectStatusDocument,
    "\n  mutation RestoreObject($objectId: ID!) {\n    restoreObject(objectId: $objectId) {\n      id\n      status\n      previousStatus\n    }\n  }\n": types.RestoreObjectDocument,
    "\n  mutation MarkTriaged($arenaId: ID!, $objectIds: [ID!]!) {\n    markTriaged(arenaId: $arenaId, objectIds: $objectIds) {\n      id\n    }\n  }\n": types.MarkTriagedDocument,
    "\n  mutation MarkTriageQueueSeen($arenaId: ID!) {\n    markTriageQueueSeen(arenaId: $arenaId) {\n      totalCount\n      newCount\n    }\n  }\n": types.MarkTriageQueueSeenDocument,
    "\n  query DefaultArena {\n    arena {\n      id\n      slug\n    }\n  }\n": types.DefaultArenaDocument,
    "\n  fragment VoteRoundFields on VoteRound {\n    id\n    itemId\n    title\n    method\n    resultsMode\n    status\n    pointsPerOrganization\n    maxPointsPerObject\n    ballotCount\n    openedAt\n    closedAt\n    objects {\n      id\n      name\n    }\n    weights {\n      organizationId\n      organizationName\n      weight\n    }\n    proxies {\n      fromOrganizationId\n      fromOrganizationName\n      toOrganizationId\n      toOrganizationName\n    }\n    results {\n      ballots\n      weight\n      rows {\n        objectId\n        objectName\n        total\n        average\n        rank\n      }\n    }\n  }\n": types.VoteRoundFieldsFragmentDoc,
    "\n  query VoteRounds($meetingId: ID!) {\n    voteRounds(meetingId: $meetingId) {\n      ...VoteRoundFields\n      myBallots {\n        organizationId\n        organizationName\n        castByName\n        castByOrganizationName\n        castAt\n        entries {\n          objectId\n          value\n        }\n      }\n    }\n  }\n": types.VoteRoundsDocument,
    "\n  mutation CreateVoteRound($input: VoteRoundInput!) {\n    createVoteRound(input: $input) {\n      ...VoteRoundFields\n    }\n  }\n": types.CreateVoteRoundDocument,
    "\n  mutation ChangeVoteRoundStatus($roundId: ID!, $status: VoteRoundStatus!) {\n    changeVoteRoundStatus(roundId: $roundId, status: $status) {\n      ...VoteRoundFields\n    }\n  }\n": types.ChangeVoteRoundStatusDocument,
    "\n  mutation SetVoteWeight($roundId: ID!, $organizationId: ID!, $weight: Float!) {\n    setVoteWeight(roundId: $roundId, organizationId: $organizationId, weight: $weight) {\n      ...VoteRoundFields\n    }\n  }\n": types.SetVoteWeightDocument,
    "\n  mutation SetVoteProxy($roundId: ID!, $fromOrganizationId: ID!, $toOrganizationId: ID) {\n    setVoteProxy(roundId: $roundId, fromOrganizationId: $fromOrganizationId, toOrganizationId: $toOrganizationId) {\n      ...VoteRoundFields\n    }\n  }\n": types.SetVoteProxyDocument,
    "\n  mutation CastBallot($roundId: ID!, $organizationId: ID!, $entries: [BallotEntryInput!]!) {\n    castBallot(roundId: $roundId, organizationId: $organizationId, entries: $entries) {\n      ...VoteRoundFields\n    }\n  }\n": types.CastBallotDocument,
    "\n  query VoteOrganizations($arenaId: ID!) {\n    organizations(arenaId: $arenaId, first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VoteOrganizationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeParts on Me {\n    id\n    name\n    email\n    organization {\n      id\n      name\n      kind\n    }\n    arenas {\n      role\n      arena {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeParts on Me {\n    id\n    name\n    email\n    organization {\n      id\n      name\n      kind\n    }\n    arenas {\n      role\n      arena {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeParts\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...MeParts\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...MeParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      ...MeParts\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      ...MeParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($arenaId: ID!, $filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          userLabel\n          before\n          after\n          objectId\n          objectName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($arenaId: ID!, $filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          userLabel\n          before\n          after\n          objectId\n          objectName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailOutbox($arenaId: ID!, $first: Int, $after: String) {\n    emailOutbox(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          lastError\n          purpose\n          createdAt\n          sentAt\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailOutbox($arenaId: ID!, $first: Int, $after: String) {\n    emailOutbox(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          lastError\n          purpose\n          createdAt\n          sentAt\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      description\n      mapCenter\n      mapZoom\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query AppShell($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      description\n      mapCenter\n      mapZoom\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectComments($id: ID!, $first: Int, $after: String) {\n    object(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentView\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ObjectComments($id: ID!, $first: Int, $after: String) {\n    object(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentView\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentView on Comment {\n    id\n    bodyHtml\n    markdown\n    visibility\n    authorName\n    organizationName\n    createdAt\n    editedAt\n    hidden\n    hiddenReason\n    canEdit\n    attachments {\n      ...AttachmentView\n    }\n  }\n"): (typeof documents)["\n  fragment CommentView on Comment {\n    id\n    bodyHtml\n    markdown\n    visibility\n    authorName\n    organizationName\n    createdAt\n    editedAt\n    hidden\n    hiddenReason\n    canEdit\n    attachments {\n      ...AttachmentView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentView on Attachment {\n    id\n    filename\n    contentType\n    size\n    url\n    thumbnailUrl\n  }\n"): (typeof documents)["\n  fragment AttachmentView on Attachment {\n    id\n    filename\n    contentType\n    size\n    url\n    thumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentPreview($objectId: ID!, $body: String!) {\n    commentPreview(objectId: $objectId, body: $body)\n  }\n"): (typeof documents)["\n  query CommentPreview($objectId: ID!, $body: String!) {\n    commentPreview(objectId: $objectId, body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($objectId: ID!, $visibility: ReportVisibility, $search: String) {\n    mentionCandidates(objectId: $objectId, visibility: $visibility, search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          organizationName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($objectId: ID!, $visibility: ReportVisibility, $search: String) {\n    mentionCandidates(objectId: $objectId, visibility: $visibility, search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          organizationName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportAttachments($id: ID!) {\n    object(id: $id) {\n      id\n      reports(first: 100) {\n        edges {\n          node {\n            id\n            attachments {\n              ...AttachmentView\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportAttachments($id: ID!) {\n    object(id: $id) {\n      id\n      reports(first: 100) {\n        edges {\n          node {\n            id\n            attachments {\n              ...AttachmentView\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardArena($slug: String) {\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query DashboardArena($slug: String) {\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($arenaId: ID) {\n    dashboard(arenaId: $arenaId) {\n      arenaId\n      objectCount\n      totalImpact {\n        delayHoursPerWeek\n        extraCostSekPerYear\n        freightTonnesPerYear\n      }\n      byStatus {\n        key\n        count\n      }\n      byPlanningStage {\n        key\n        count\n      }\n      byKind {\n        key\n        count\n      }\n      byMunicipality {\n        code\n        name\n        bucket\n        count\n      }\n      reportsPerMonth {\n        month\n        count\n      }\n      topByImpact {\n        ...DashboardTopObject\n      }\n      topByBreadth {\n        ...DashboardTopObject\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($arenaId: ID) {\n    dashboard(arenaId: $arenaId) {\n      arenaId\n      objectCount\n      totalImpact {\n        delayHoursPerWeek\n        extraCostSekPerYear\n        freightTonnesPerYear\n      }\n      byStatus {\n        key\n        count\n      }\n      byPlanningStage {\n        key\n        count\n      }\n      byKind {\n        key\n        count\n      }\n      byMunicipality {\n        code\n        name\n        bucket\n        count\n      }\n      reportsPerMonth {\n        month\n        count\n      }\n      topByImpact {\n        ...DashboardTopObject\n      }\n      topByBreadth {\n        ...DashboardTopObject\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardTopObject on DashboardTopObject {\n    id\n    name\n    kind\n    status\n    municipality\n    organizationCount\n    reportCount\n    impact {\n      delayHoursPerWeek\n      extraCostSekPerYear\n      freightTonnesPerYear\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardTopObject on DashboardTopObject {\n    id\n    name\n    kind\n    status\n    municipality\n    organizationCount\n    reportCount\n    impact {\n      delayHoursPerWeek\n      extraCostSekPerYear\n      freightTonnesPerYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObjectFactsParts on InfrastructureObject {\n    id\n    name\n    kind\n    description\n    geometry\n    modes\n    responsibleBody\n    municipality\n    municipalityByHand\n    municipalities {\n      code\n      name\n    }\n    externalRefs\n    networkRefs {\n      type\n      road\n      freightPriority\n      section\n      kmFrom\n      kmTo\n      name\n      label\n    }\n    planning {\n      stage\n      fourStepClass\n      stepsOneTwoExamined\n      severity\n      strategicFit\n      avsReference\n      planName\n      planObjectId\n      costEstimateSek\n      documents {\n        title\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ObjectFactsParts on InfrastructureObject {\n    id\n    name\n    kind\n    description\n    geometry\n    modes\n    responsibleBody\n    municipality\n    municipalityByHand\n    municipalities {\n      code\n      name\n    }\n    externalRefs\n    networkRefs {\n      type\n      road\n      freightPriority\n      section\n      kmFrom\n      kmTo\n      name\n      label\n    }\n    planning {\n      stage\n      fourStepClass\n      stepsOneTwoExamined\n      severity\n      strategicFit\n      avsReference\n      planName\n      planObjectId\n      costEstimateSek\n      documents {\n        title\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectFacts($id: ID!) {\n    object(id: $id) {\n      ...ObjectFactsParts\n    }\n  }\n"): (typeof documents)["\n  query ObjectFacts($id: ID!) {\n    object(id: $id) {\n      ...ObjectFactsParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      regionName\n    }\n  }\n"): (typeof documents)["\n  query Municipalities {\n    municipalities {\n      code\n      name\n      regionName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectObject($input: CorrectObjectInput!) {\n    correctObject(input: $input) {\n      ...ObjectFactsParts\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectObject($input: CorrectObjectInput!) {\n    correctObject(input: $input) {\n      ...ObjectFactsParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetObjectPlanning($input: SetObjectPlanningInput!) {\n    setObjectPlanning(input: $input) {\n      ...ObjectFactsParts\n    }\n  }\n"): (typeof documents)["\n  mutation SetObjectPlanning($input: SetObjectPlanningInput!) {\n    setObjectPlanning(input: $input) {\n      ...ObjectFactsParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectTimeline($id: ID!, $first: Int, $after: String) {\n    object(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            at\n            byStaff\n            personName\n            organizationName\n            data\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ObjectTimeline($id: ID!, $first: Int, $after: String) {\n    object(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            at\n            byStaff\n            personName\n            organizationName\n            data\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($arenaId: ID, $period: MeetingPeriod, $first: Int, $after: String) {\n    meetings(arenaId: $arenaId, period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          place\n          onlineUrl\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($arenaId: ID, $period: MeetingPeriod, $first: Int, $after: String) {\n    meetings(arenaId: $arenaId, period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          place\n          onlineUrl\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingAttendeeFields on MeetingAttendee {\n    id\n    userId\n    name\n    organizationName\n  }\n"): (typeof documents)["\n  fragment MeetingAttendeeFields on MeetingAttendee {\n    id\n    userId\n    name\n    organizationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDecisionFields on MeetingDecision {\n    id\n    itemId\n    kind\n    objectId\n    objectName\n    data\n    text\n    recordedAt\n    retractedAt\n    retractReason\n  }\n"): (typeof documents)["\n  fragment MeetingDecisionFields on MeetingDecision {\n    id\n    itemId\n    kind\n    objectId\n    objectName\n    data\n    text\n    recordedAt\n    retractedAt\n    retractReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    parentId\n    number\n    title\n    description\n    durationMinutes\n    minutes\n    minutesHtml\n    plannedStart\n    plannedEnd\n    objects {\n      id\n      name\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    parentId\n    number\n    title\n    description\n    durationMinutes\n    minutes\n    minutesHtml\n    plannedStart\n    plannedEnd\n    objects {\n      id\n      name\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    arenaId\n    title\n    description\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    capacity\n    status\n    cancelReason\n    updatedAt\n    presentedItemId\n    registration {\n      registered\n      waiting\n      open\n      myPlace\n      myWaitingPosition\n    }\n    registrants {\n      userId\n      name\n      organizationName\n      waitingPosition\n    }\n    attendees {\n      ...MeetingAttendeeFields\n    }\n    protocol {\n      stage\n      approvedAt\n      public\n      canApprove\n      pdfUrl\n      adjusters {\n        userId\n        name\n        organizationName\n        approvedAt\n      }\n    }\n    decisions {\n      ...MeetingDecisionFields\n    }\n    agenda {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    id\n    arenaId\n    title\n    description\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    capacity\n    status\n    cancelReason\n    updatedAt\n    presentedItemId\n    registration {\n      registered\n      waiting\n      open\n      myPlace\n      myWaitingPosition\n    }\n    registrants {\n      userId\n      name\n      organizationName\n      waitingPosition\n    }\n    attendees {\n      ...MeetingAttendeeFields\n    }\n    protocol {\n      stage\n      approvedAt\n      public\n      canApprove\n      pdfUrl\n      adjusters {\n        userId\n        name\n        organizationName\n        approvedAt\n      }\n    }\n    decisions {\n      ...MeetingDecisionFields\n    }\n    agenda {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($arenaId: ID!, $input: MeetingInput!) {\n    createMeeting(arenaId: $arenaId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($arenaId: ID!, $input: MeetingInput!) {\n    createMeeting(arenaId: $arenaId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {\n    updateMeeting(id: $id, input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMeetingStatus($id: ID!, $status: MeetingStatus!, $reason: String) {\n    changeMeetingStatus(id: $id, status: $status, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMeetingStatus($id: ID!, $status: MeetingStatus!, $reason: String) {\n    changeMeetingStatus(id: $id, status: $status, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($meetingId: ID!, $parentId: ID, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, parentId: $parentId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($meetingId: ID!, $parentId: ID, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, parentId: $parentId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($itemId: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(itemId: $itemId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($itemId: ID!, $input: AgendaItemInput!) {\n    updateAgendaItem(itemId: $itemId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($itemId: ID!) {\n    removeAgendaItem(itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($itemId: ID!) {\n    removeAgendaItem(itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($itemId: ID!, $direction: AgendaDirection!) {\n    moveAgendaItem(itemId: $itemId, direction: $direction) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaItem($itemId: ID!, $direction: AgendaDirection!) {\n    moveAgendaItem(itemId: $itemId, direction: $direction) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgendaItems($meetingId: ID!, $parentId: ID, $itemIds: [ID!]!) {\n    reorderAgendaItems(meetingId: $meetingId, parentId: $parentId, itemIds: $itemIds) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderAgendaItems($meetingId: ID!, $parentId: ID, $itemIds: [ID!]!) {\n    reorderAgendaItems(meetingId: $meetingId, parentId: $parentId, itemIds: $itemIds) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutObjectOnNextMeeting($objectId: ID!) {\n    putObjectOnNextMeeting(objectId: $objectId) {\n      id\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  mutation PutObjectOnNextMeeting($objectId: ID!) {\n    putObjectOnNextMeeting(objectId: $objectId) {\n      id\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutObjectsOnNextMeeting($objectIds: [ID!]!) {\n    putObjectsOnNextMeeting(objectIds: $objectIds) {\n      id\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  mutation PutObjectsOnNextMeeting($objectIds: [ID!]!) {\n    putObjectsOnNextMeeting(objectIds: $objectIds) {\n      id\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAttendee($meetingId: ID!, $input: AttendeeInput!) {\n    addAttendee(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAttendee($meetingId: ID!, $input: AttendeeInput!) {\n    addAttendee(meetingId: $meetingId, input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAttendee($attendeeId: ID!) {\n    removeAttendee(attendeeId: $attendeeId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAttendee($attendeeId: ID!) {\n    removeAttendee(attendeeId: $attendeeId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgendaItemMinutes($itemId: ID!, $minutes: String!) {\n    setAgendaItemMinutes(itemId: $itemId, minutes: $minutes) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAgendaItemMinutes($itemId: ID!, $minutes: String!) {\n    setAgendaItemMinutes(itemId: $itemId, minutes: $minutes) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: DecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractDecision($decisionId: ID!, $reason: String!) {\n    retractDecision(decisionId: $decisionId, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetractDecision($decisionId: ID!, $reason: String!) {\n    retractDecision(decisionId: $decisionId, reason: $reason) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPeople($arenaId: ID!, $search: String) {\n    arenaPeople(arenaId: $arenaId, search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPeople($arenaId: ID!, $search: String) {\n    arenaPeople(arenaId: $arenaId, search: $search, first: 10) {\n      edges {\n        node {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForMeeting($meetingId: ID!) {\n    registerForMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeetingRegistration($meetingId: ID!) {\n    cancelMeetingRegistration(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeetingRegistration($meetingId: ID!) {\n    cancelMeetingRegistration(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingNotice($id: ID!) {\n    meeting(id: $id) {\n      id\n      notice {\n        sentAt\n        sentByName\n        recipientCount\n        isUpdate\n        timesSent\n        changedSince\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingNotice($id: ID!) {\n    meeting(id: $id) {\n      id\n      notice {\n        sentAt\n        sentByName\n        recipientCount\n        isUpdate\n        timesSent\n        changedSince\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMeetingNotice($meetingId: ID!) {\n    sendMeetingNotice(meetingId: $meetingId) {\n      sentAt\n      recipientCount\n    }\n  }\n"): (typeof documents)["\n  mutation SendMeetingNotice($meetingId: ID!) {\n    sendMeetingNotice(meetingId: $meetingId) {\n      sentAt\n      recipientCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItems($arenaId: ID!, $filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionItems($arenaId: ID!, $filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on ActionItem {\n    id\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    itemTitle\n    text\n    owner\n    ownerUserId\n    dueDate\n    doneAt\n    doneByName\n    canMarkDone\n  }\n"): (typeof documents)["\n  fragment ActionItemFields on ActionItem {\n    id\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    itemTitle\n    text\n    owner\n    ownerUserId\n    dueDate\n    doneAt\n    doneByName\n    canMarkDone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionItemDone($decisionId: ID!, $done: Boolean!) {\n    setActionItemDone(decisionId: $decisionId, done: $done) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionItemDone($decisionId: ID!, $done: Boolean!) {\n    setActionItemDone(decisionId: $decisionId, done: $done) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProtocolAdjusters($meetingId: ID!, $userIds: [ID!]!) {\n    setProtocolAdjusters(meetingId: $meetingId, userIds: $userIds) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetProtocolAdjusters($meetingId: ID!, $userIds: [ID!]!) {\n    setProtocolAdjusters(meetingId: $meetingId, userIds: $userIds) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProtocol($meetingId: ID!) {\n    approveProtocol(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveProtocol($meetingId: ID!) {\n    approveProtocol(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProtocolPublic($meetingId: ID!, $public: Boolean!) {\n    setProtocolPublic(meetingId: $meetingId, public: $public) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetProtocolPublic($meetingId: ID!, $public: Boolean!) {\n    setProtocolPublic(meetingId: $meetingId, public: $public) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProtocolArchive($arenaId: ID, $first: Int, $after: String) {\n    protocolArchive(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          meetingId\n          title\n          startsAt\n          place\n          approvedAt\n          public\n          pdfUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProtocolArchive($arenaId: ID, $first: Int, $after: String) {\n    protocolArchive(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          meetingId\n          title\n          startsAt\n          place\n          approvedAt\n          public\n          pdfUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeetingsCalendar {\n    myMeetingsCalendar {\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyMeetingsCalendar {\n    myMeetingsCalendar {\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewMyMeetingsCalendar {\n    renewMyMeetingsCalendar {\n      path\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenewMyMeetingsCalendar {\n    renewMyMeetingsCalendar {\n      path\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresentAgendaItem($meetingId: ID!, $itemId: ID) {\n    presentAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation PresentAgendaItem($meetingId: ID!, $itemId: ID) {\n    presentAgendaItem(meetingId: $meetingId, itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      arenaId\n      title\n      description\n      startsAt\n      endsAt\n      place\n      onlineUrl\n      capacity\n      status\n      cancelReason\n      updatedAt\n      presentedItemId\n      voteRounds {\n        ...VoteRoundFields\n      }\n      attendees {\n        ...MeetingAttendeeFields\n      }\n      decisions {\n        ...MeetingDecisionFields\n      }\n      agenda {\n        ...AgendaItemFields\n        objects {\n          geometry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      arenaId\n      title\n      description\n      startsAt\n      endsAt\n      place\n      onlineUrl\n      capacity\n      status\n      cancelReason\n      updatedAt\n      presentedItemId\n      voteRounds {\n        ...VoteRoundFields\n      }\n      attendees {\n        ...MeetingAttendeeFields\n      }\n      decisions {\n        ...MeetingDecisionFields\n      }\n      agenda {\n        ...AgendaItemFields\n        objects {\n          geometry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveMapConfig {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n  }\n"): (typeof documents)["\n  query LiveMapConfig {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryOrganization on Organization {\n    id\n    name\n    kind\n    municipality\n    orgNumber\n    sector\n    employees\n    contactName\n    contactEmail\n    contactPhone\n  }\n"): (typeof documents)["\n  fragment DirectoryOrganization on Organization {\n    id\n    name\n    kind\n    municipality\n    orgNumber\n    sector\n    employees\n    contactName\n    contactEmail\n    contactPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($arenaId: ID!, $search: String, $first: Int, $after: String) {\n    organizations(arenaId: $arenaId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DirectoryOrganization\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($arenaId: ID!, $search: String, $first: Int, $after: String) {\n    organizations(arenaId: $arenaId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DirectoryOrganization\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArenaPeople($arenaId: ID!, $search: String, $first: Int, $after: String) {\n    arenaPeople(arenaId: $arenaId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArenaPeople($arenaId: ID!, $search: String, $first: Int, $after: String) {\n    arenaPeople(arenaId: $arenaId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($arenaId: ID!, $first: Int, $after: String) {\n    invitations(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          state\n          createdAt\n          expiresAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($arenaId: ID!, $first: Int, $after: String) {\n    invitations(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          state\n          createdAt\n          expiresAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      arenaName\n      organizationName\n      role\n      email\n      state\n      hasAccount\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      arenaName\n      organizationName\n      role\n      email\n      state\n      hasAccount\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($arenaId: ID!, $input: OrganizationInput!) {\n    createOrganization(arenaId: $arenaId, input: $input) {\n      ...DirectoryOrganization\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($arenaId: ID!, $input: OrganizationInput!) {\n    createOrganization(arenaId: $arenaId, input: $input) {\n      ...DirectoryOrganization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($arenaId: ID!, $organizationId: ID!, $input: OrganizationInput!) {\n    updateOrganization(arenaId: $arenaId, organizationId: $organizationId, input: $input) {\n      ...DirectoryOrganization\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($arenaId: ID!, $organizationId: ID!, $input: OrganizationInput!) {\n    updateOrganization(arenaId: $arenaId, organizationId: $organizationId, input: $input) {\n      ...DirectoryOrganization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($arenaId: ID!, $userId: ID!, $role: ArenaRole) {\n    setUserRole(arenaId: $arenaId, userId: $userId, role: $role)\n  }\n"): (typeof documents)["\n  mutation SetUserRole($arenaId: ID!, $userId: ID!, $role: ArenaRole) {\n    setUserRole(arenaId: $arenaId, userId: $userId, role: $role)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSubject($id: ID!) {\n    object(id: $id) {\n      id\n      arenaId\n      name\n      status\n      kind\n      modes\n      geometry\n      duplicateOf\n    }\n  }\n"): (typeof documents)["\n  query MergeSubject($id: ID!) {\n    object(id: $id) {\n      id\n      arenaId\n      name\n      status\n      kind\n      modes\n      geometry\n      duplicateOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergedInto($id: ID!) {\n    object(id: $id) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  query MergedInto($id: ID!) {\n    object(id: $id) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeCandidates($arenaId: ID!, $search: String, $geometry: JSON!, $text: String) {\n    byName: objects(filter: { arenaId: $arenaId, search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          municipality\n          reportCount\n        }\n      }\n    }\n    nearby: nearbyObjects(arenaId: $arenaId, geometry: $geometry, radiusMeters: 2000, text: $text, first: 6) {\n      distanceMeters\n      object {\n        id\n        name\n        kind\n        status\n        municipality\n        reportCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeCandidates($arenaId: ID!, $search: String, $geometry: JSON!, $text: String) {\n    byName: objects(filter: { arenaId: $arenaId, search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          municipality\n          reportCount\n        }\n      }\n    }\n    nearby: nearbyObjects(arenaId: $arenaId, geometry: $geometry, radiusMeters: 2000, text: $text, first: 6) {\n      distanceMeters\n      object {\n        id\n        name\n        kind\n        status\n        municipality\n        reportCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergePreview($keptId: ID!, $duplicateId: ID!) {\n    mergePreview(keptId: $keptId, duplicateId: $duplicateId) {\n      kept {\n        id\n        name\n        reportCount\n        organizationCount\n      }\n      duplicate {\n        id\n        name\n        reportCount\n        organizationCount\n      }\n      reports\n      supports\n      organizations\n    }\n  }\n"): (typeof documents)["\n  query MergePreview($keptId: ID!, $duplicateId: ID!) {\n    mergePreview(keptId: $keptId, duplicateId: $duplicateId) {\n      kept {\n        id\n        name\n        reportCount\n        organizationCount\n      }\n      duplicate {\n        id\n        name\n        reportCount\n        organizationCount\n      }\n      reports\n      supports\n      organizations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeObjects($input: MergeObjectsInput!) {\n    mergeObjects(input: $input) {\n      merge {\n        id\n        canUndo\n      }\n      kept {\n        id\n        name\n      }\n      duplicate {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeObjects($input: MergeObjectsInput!) {\n    mergeObjects(input: $input) {\n      merge {\n        id\n        canUndo\n      }\n      kept {\n        id\n        name\n      }\n      duplicate {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        canUndo\n        undoneAt\n      }\n      duplicate {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        canUndo\n        undoneAt\n      }\n      duplicate {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveReport($input: MoveReportInput!) {\n    moveReport(input: $input) {\n      reportId\n      from {\n        id\n        status\n      }\n      to {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveReport($input: MoveReportInput!) {\n    moveReport(input: $input) {\n      reportId\n      from {\n        id\n        status\n      }\n      to {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectMerge($id: ID!) {\n    objectMerge(id: $id) {\n      id\n      keptName\n      duplicateName\n      undoneAt\n      canUndo\n      undoBlockedBy\n    }\n  }\n"): (typeof documents)["\n  query ObjectMerge($id: ID!) {\n    objectMerge(id: $id) {\n      id\n      keptName\n      duplicateName\n      undoneAt\n      canUndo\n      undoBlockedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n"): (typeof documents)["\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          read\n          createdAt\n          object {\n            id\n            name\n            arenaSlug\n            arenaName\n          }\n          event {\n            id\n            kind\n            byStaff\n            organizationName\n            data\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          read\n          createdAt\n          object {\n            id\n            name\n            arenaSlug\n            arenaName\n          }\n          event {\n            id\n            kind\n            byStaff\n            organizationName\n            data\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowObject($objectId: ID!) {\n    followObject(objectId: $objectId) {\n      id\n      followedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation FollowObject($objectId: ID!) {\n    followObject(objectId: $objectId) {\n      id\n      followedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowObject($objectId: ID!) {\n    unfollowObject(objectId: $objectId) {\n      id\n      followedByMe\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowObject($objectId: ID!) {\n    unfollowObject(objectId: $objectId) {\n      id\n      followedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectFollowState($id: ID!) {\n    object(id: $id) {\n      id\n      followedByMe\n    }\n  }\n"): (typeof documents)["\n  query ObjectFollowState($id: ID!) {\n    object(id: $id) {\n      id\n      followedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      emailFrequency\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      emailFrequency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationEmail($frequency: EmailFrequency!) {\n    setNotificationEmail(frequency: $frequency) {\n      emailFrequency\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationEmail($frequency: EmailFrequency!) {\n    setNotificationEmail(frequency: $frequency) {\n      emailFrequency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAreaAlerts($arenaId: ID!) {\n    myAreaAlerts(arenaId: $arenaId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          area\n          municipalities\n          categories\n          kinds\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAreaAlerts($arenaId: ID!) {\n    myAreaAlerts(arenaId: $arenaId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          area\n          municipalities\n          categories\n          kinds\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAreaAlert($input: AreaAlertInput!) {\n    createAreaAlert(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAreaAlert($input: AreaAlertInput!) {\n    createAreaAlert(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAreaAlert($id: ID!) {\n    deleteAreaAlert(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAreaAlert($id: ID!) {\n    deleteAreaAlert(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertArena($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      mapCenter\n      mapZoom\n    }\n  }\n"): (typeof documents)["\n  query AlertArena($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      mapCenter\n      mapZoom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowedObjects($first: Int) {\n    followedObjects(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          followedAt\n          object {\n            id\n            name\n            arenaSlug\n            arenaName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowedObjects($first: Int) {\n    followedObjects(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          followedAt\n          object {\n            id\n            name\n            arenaSlug\n            arenaName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactParts on Impact {\n    delayHoursPerWeek\n    extraCostSekPerYear\n    freightTonnesPerYear\n  }\n"): (typeof documents)["\n  fragment ImpactParts on Impact {\n    delayHoursPerWeek\n    extraCostSekPerYear\n    freightTonnesPerYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationParts on Organization {\n    id\n    name\n    kind\n  }\n"): (typeof documents)["\n  fragment OrganizationParts on Organization {\n    id\n    name\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectsInView($filter: ObjectFilter, $first: Int) {\n    objects(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          geometry\n          bbox\n          modes\n          municipality\n          organizationCount\n          reportCount\n          totalImpact {\n            ...ImpactParts\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ObjectsInView($filter: ObjectFilter, $first: Int) {\n    objects(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          status\n          geometry\n          bbox\n          modes\n          municipality\n          organizationCount\n          reportCount\n          totalImpact {\n            ...ImpactParts\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ObjectChanged($arenaId: ID!) {\n    objectChanged(arenaId: $arenaId) {\n      id\n      bbox\n      organizationCount\n      reportCount\n      totalImpact {\n        ...ImpactParts\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ObjectChanged($arenaId: ID!) {\n    objectChanged(arenaId: $arenaId) {\n      id\n      bbox\n      organizationCount\n      reportCount\n      totalImpact {\n        ...ImpactParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectClusters($filter: ObjectFilter!, $zoom: Int!, $maxObjects: Int) {\n    objectClusters(filter: $filter, zoom: $zoom, maxObjects: $maxObjects) {\n      totalCount\n      clustered\n      clusters {\n        count\n        center\n        bbox\n      }\n    }\n  }\n"): (typeof documents)["\n  query ObjectClusters($filter: ObjectFilter!, $zoom: Int!, $maxObjects: Int) {\n    objectClusters(filter: $filter, zoom: $zoom, maxObjects: $maxObjects) {\n      totalCount\n      clustered\n      clusters {\n        count\n        center\n        bbox\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectDetail($id: ID!) {\n    object(id: $id) {\n      id\n      name\n      kind\n      status\n      previousStatus\n      planningStage\n      duplicateOf\n      updatedAt\n      description\n      geometry\n      bbox\n      modes\n      responsibleBody\n      municipality\n      externalRefs\n      categories\n      organizationCount\n      reportCount\n      createdAt\n      totalImpact {\n        ...ImpactParts\n      }\n      score {\n        ...ScoreParts\n      }\n      reports(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            problem\n            category\n            proposedMeasure\n            visibility\n            withdrawnAt\n            createdAt\n            organization {\n              ...OrganizationParts\n            }\n            impact {\n              ...ImpactParts\n            }\n            supports {\n              id\n              comment\n              createdAt\n              organization {\n                ...OrganizationParts\n              }\n              impact {\n                ...ImpactParts\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ObjectDetail($id: ID!) {\n    object(id: $id) {\n      id\n      name\n      kind\n      status\n      previousStatus\n      planningStage\n      duplicateOf\n      updatedAt\n      description\n      geometry\n      bbox\n      modes\n      responsibleBody\n      municipality\n      externalRefs\n      categories\n      organizationCount\n      reportCount\n      createdAt\n      totalImpact {\n        ...ImpactParts\n      }\n      score {\n        ...ScoreParts\n      }\n      reports(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            problem\n            category\n            proposedMeasure\n            visibility\n            withdrawnAt\n            createdAt\n            organization {\n              ...OrganizationParts\n            }\n            impact {\n              ...ImpactParts\n            }\n            supports {\n              id\n              comment\n              createdAt\n              organization {\n                ...OrganizationParts\n              }\n              impact {\n                ...ImpactParts\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrioritiesShell($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      mapCenter\n      mapZoom\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query PrioritiesShell($slug: String) {\n    appConfig {\n      tileUrl\n      tileAttribution\n    }\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      mapCenter\n      mapZoom\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityEntryParts on PriorityEntry {\n    rank\n    movement\n    steps\n    inPlan\n    object {\n      id\n      name\n      kind\n      geometry\n      planningStage\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityEntryParts on PriorityEntry {\n    rank\n    movement\n    steps\n    inPlan\n    object {\n      id\n      name\n      kind\n      geometry\n      planningStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptedPriorityList($arenaId: ID, $arenaSlug: String) {\n    adoptedPriorityList(arenaId: $arenaId, arenaSlug: $arenaSlug) {\n      id\n      number\n      adoptedAt\n      meetingId\n      meetingTitle\n      meetingStartsAt\n      itemNumber\n      previousNumber\n      entries {\n        ...PriorityEntryParts\n      }\n      out {\n        ...PriorityEntryParts\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptedPriorityList($arenaId: ID, $arenaSlug: String) {\n    adoptedPriorityList(arenaId: $arenaId, arenaSlug: $arenaSlug) {\n      id\n      number\n      adoptedAt\n      meetingId\n      meetingTitle\n      meetingStartsAt\n      itemNumber\n      previousNumber\n      entries {\n        ...PriorityEntryParts\n      }\n      out {\n        ...PriorityEntryParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptedPriorityLists($arenaId: ID!, $first: Int) {\n    adoptedPriorityLists(arenaId: $arenaId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          adoptedAt\n          entries {\n            rank\n            object {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptedPriorityLists($arenaId: ID!, $first: Int) {\n    adoptedPriorityLists(arenaId: $arenaId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          adoptedAt\n          entries {\n            rank\n            object {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingPriorityList($arenaId: ID!) {\n    workingPriorityList(arenaId: $arenaId) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingPriorityList($arenaId: ID!) {\n    workingPriorityList(arenaId: $arenaId) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityListChanges($arenaId: ID!, $after: String) {\n    priorityListChanges(arenaId: $arenaId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          fromRank\n          toRank\n          reason\n          changedByName\n          changedAt\n          object {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriorityListChanges($arenaId: ID!, $after: String) {\n    priorityListChanges(arenaId: $arenaId, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          fromRank\n          toRank\n          reason\n          changedByName\n          changedAt\n          object {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityCandidates($arenaId: ID!) {\n    scoreRanking(arenaId: $arenaId, first: 100) {\n      edges {\n        node {\n          rank\n          object {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriorityCandidates($arenaId: ID!) {\n    scoreRanking(arenaId: $arenaId, first: 100) {\n      edges {\n        node {\n          rank\n          object {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePriorityList($arenaId: ID!, $size: Int, $reason: String) {\n    proposePriorityList(arenaId: $arenaId, size: $size, reason: $reason) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePriorityList($arenaId: ID!, $size: Int, $reason: String) {\n    proposePriorityList(arenaId: $arenaId, size: $size, reason: $reason) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPriorityList($input: EditPriorityListInput!) {\n    editPriorityList(input: $input) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditPriorityList($input: EditPriorityListInput!) {\n    editPriorityList(input: $input) {\n      arenaId\n      size\n      entries {\n        ...PriorityEntryParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectPriorityRanks($id: ID!) {\n    object(id: $id) {\n      id\n      priorityRanks {\n        versionNumber\n        adoptedAt\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  query ObjectPriorityRanks($id: ID!) {\n    object(id: $id) {\n      id\n      priorityRanks {\n        versionNumber\n        adoptedAt\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterArena($slug: String) {\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query RegisterArena($slug: String) {\n    arena(slug: $slug) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Register($filter: ObjectFilter, $sort: ObjectSort, $first: Int, $after: String) {\n    objects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          status\n          planningStage\n          organizationCount\n          updatedAt\n          totalImpact {\n            delayHoursPerWeek\n            extraCostSekPerYear\n            freightTonnesPerYear\n          }\n          score {\n            score\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Register($filter: ObjectFilter, $sort: ObjectSort, $first: Int, $after: String) {\n    objects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          status\n          planningStage\n          organizationCount\n          updatedAt\n          totalImpact {\n            delayHoursPerWeek\n            extraCostSekPerYear\n            freightTonnesPerYear\n          }\n          score {\n            score\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearbyObjects($geometry: JSON!, $arenaId: ID, $text: String, $first: Int) {\n    nearbyObjects(geometry: $geometry, arenaId: $arenaId, text: $text, first: $first) {\n      distanceMeters\n      similarity\n      object {\n        id\n        name\n        kind\n        status\n        geometry\n        bbox\n        reportCount\n        organizationCount\n        reports(first: 10) {\n          edges {\n            node {\n              id\n              title\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NearbyObjects($geometry: JSON!, $arenaId: ID, $text: String, $first: Int) {\n    nearbyObjects(geometry: $geometry, arenaId: $arenaId, text: $text, first: $first) {\n      distanceMeters\n      similarity\n      object {\n        id\n        name\n        kind\n        status\n        geometry\n        bbox\n        reportCount\n        organizationCount\n        reports(first: 10) {\n          edges {\n            node {\n              id\n              title\n              organization {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportBottleneck($input: ReportBottleneckInput!) {\n    reportBottleneck(input: $input) {\n      report {\n        id\n      }\n      object {\n        id\n        name\n        bbox\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportBottleneck($input: ReportBottleneckInput!) {\n    reportBottleneck(input: $input) {\n      report {\n        id\n      }\n      object {\n        id\n        name\n        bbox\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportReport($input: SupportReportInput!) {\n    supportReport(input: $input) {\n      support {\n        id\n      }\n      object {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SupportReport($input: SupportReportInput!) {\n    supportReport(input: $input) {\n      support {\n        id\n      }\n      object {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReport($input: UpdateReportInput!) {\n    updateReport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReport($input: UpdateReportInput!) {\n    updateReport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReport($reportId: ID!) {\n    withdrawReport(reportId: $reportId) {\n      id\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawReport($reportId: ID!) {\n    withdrawReport(reportId: $reportId) {\n      id\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    shared\n    mine\n    ownerName\n    canEdit\n    view {\n      kinds\n      modes\n      statuses\n      categories\n      search\n      lat\n      lng\n      zoom\n      mode\n    }\n  }\n"): (typeof documents)["\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    shared\n    mine\n    ownerName\n    canEdit\n    view {\n      kinds\n      modes\n      statuses\n      categories\n      search\n      lat\n      lng\n      zoom\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews($arenaId: ID, $first: Int, $after: String) {\n    savedViews(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SavedViewFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedViews($arenaId: ID, $first: Int, $after: String) {\n    savedViews(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SavedViewFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveView($input: SaveViewInput!) {\n    saveView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedView($id: ID!) {\n    deleteSavedView(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreParts on ObjectScore {\n    score\n    shares {\n      criterion\n      weight\n      value\n      points\n      unjudged\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreParts on ObjectScore {\n    score\n    shares {\n      criterion\n      weight\n      value\n      points\n      unjudged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringSettings($arenaId: ID) {\n    scoringSettings(arenaId: $arenaId) {\n      arenaId\n      weights {\n        criterion\n        weight\n        defaultWeight\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringSettings($arenaId: ID) {\n    scoringSettings(arenaId: $arenaId) {\n      arenaId\n      weights {\n        criterion\n        weight\n        defaultWeight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetScoreWeights($input: SetScoreWeightsInput!) {\n    setScoreWeights(input: $input) {\n      arenaId\n      weights {\n        criterion\n        weight\n        defaultWeight\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetScoreWeights($input: SetScoreWeightsInput!) {\n    setScoreWeights(input: $input) {\n      arenaId\n      weights {\n        criterion\n        weight\n        defaultWeight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreRanking($arenaId: ID, $weights: [ScoreWeightInput!], $first: Int, $after: String) {\n    scoreRanking(arenaId: $arenaId, weights: $weights, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          rank\n          score\n          object {\n            id\n            name\n            kind\n            organizationCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoreRanking($arenaId: ID, $weights: [ScoreWeightInput!], $first: Int, $after: String) {\n    scoreRanking(arenaId: $arenaId, weights: $weights, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          rank\n          score\n          object {\n            id\n            name\n            kind\n            organizationCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArenaSearch($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          score\n          matchedIn\n          object {\n            id\n            name\n            kind\n            status\n            municipality\n            bbox\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArenaSearch($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          score\n          matchedIn\n          object {\n            id\n            name\n            kind\n            status\n            municipality\n            bbox\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($text: String!, $first: Int) {\n    places(text: $text, first: $first) {\n      kind\n      name\n      region\n      code\n      bbox\n    }\n  }\n"): (typeof documents)["\n  query Places($text: String!, $first: Int) {\n    places(text: $text, first: $first) {\n      kind\n      name\n      region\n      code\n      bbox\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageQueue($arenaId: ID, $first: Int, $after: String) {\n    triageQueue(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      newCount\n      lastVisitAt\n      items {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            pendingSince\n            isNew\n            object {\n              id\n              name\n              kind\n              status\n              municipality\n            }\n            events {\n              id\n              kind\n              at\n              byStaff\n              personName\n              organizationName\n              data\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TriageQueue($arenaId: ID, $first: Int, $after: String) {\n    triageQueue(arenaId: $arenaId, first: $first, after: $after) {\n      totalCount\n      newCount\n      lastVisitAt\n      items {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            pendingSince\n            isNew\n            object {\n              id\n              name\n              kind\n              status\n              municipality\n            }\n            events {\n              id\n              kind\n              at\n              byStaff\n              personName\n              organizationName\n              data\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageCount($arenaId: ID) {\n    triageQueue(arenaId: $arenaId, first: 1) {\n      totalCount\n      newCount\n    }\n  }\n"): (typeof documents)["\n  query TriageCount($arenaId: ID) {\n    triageQueue(arenaId: $arenaId, first: 1) {\n      totalCount\n      newCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TriageObjectChanged($arenaId: ID!) {\n    objectChanged(arenaId: $arenaId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription TriageObjectChanged($arenaId: ID!) {\n    objectChanged(arenaId: $arenaId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeObjectStatus($input: ChangeObjectStatusInput!) {\n    changeObjectStatus(input: $input) {\n      id\n      status\n      previousStatus\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeObjectStatus($input: ChangeObjectStatusInput!) {\n    changeObjectStatus(input: $input) {\n      id\n      status\n      previousStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreObject($objectId: ID!) {\n    restoreObject(objectId: $objectId) {\n      id\n      status\n      previousStatus\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreObject($objectId: ID!) {\n    restoreObject(objectId: $objectId) {\n      id\n      status\n      previousStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTriaged($arenaId: ID!, $objectIds: [ID!]!) {\n    markTriaged(arenaId: $arenaId, objectIds: $objectIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTriaged($arenaId: ID!, $objectIds: [ID!]!) {\n    markTriaged(arenaId: $arenaId, objectIds: $objectIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTriageQueueSeen($arenaId: ID!) {\n    markTriageQueueSeen(arenaId: $arenaId) {\n      totalCount\n      newCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTriageQueueSeen($arenaId: ID!) {\n    markTriageQueueSeen(arenaId: $arenaId) {\n      totalCount\n      newCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DefaultArena {\n    arena {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  query DefaultArena {\n    arena {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteRoundFields on VoteRound {\n    id\n    itemId\n    title\n    method\n    resultsMode\n    status\n    pointsPerOrganization\n    maxPointsPerObject\n    ballotCount\n    openedAt\n    closedAt\n    objects {\n      id\n      name\n    }\n    weights {\n      organizationId\n      organizationName\n      weight\n    }\n    proxies {\n      fromOrganizationId\n      fromOrganizationName\n      toOrganizationId\n      toOrganizationName\n    }\n    results {\n      ballots\n      weight\n      rows {\n        objectId\n        objectName\n        total\n        average\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VoteRoundFields on VoteRound {\n    id\n    itemId\n    title\n    method\n    resultsMode\n    status\n    pointsPerOrganization\n    maxPointsPerObject\n    ballotCount\n    openedAt\n    closedAt\n    objects {\n      id\n      name\n    }\n    weights {\n      organizationId\n      organizationName\n      weight\n    }\n    proxies {\n      fromOrganizationId\n      fromOrganizationName\n      toOrganizationId\n      toOrganizationName\n    }\n    results {\n      ballots\n      weight\n      rows {\n        objectId\n        objectName\n        total\n        average\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteRounds($meetingId: ID!) {\n    voteRounds(meetingId: $meetingId) {\n      ...VoteRoundFields\n      myBallots {\n        organizationId\n        organizationName\n        castByName\n        castByOrganizationName\n        castAt\n        entries {\n          objectId\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VoteRounds($meetingId: ID!) {\n    voteRounds(meetingId: $meetingId) {\n      ...VoteRoundFields\n      myBallots {\n        organizationId\n        organizationName\n        castByName\n        castByOrganizationName\n        castAt\n        entries {\n          objectId\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVoteRound($input: VoteRoundInput!) {\n    createVoteRound(input: $input) {\n      ...VoteRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVoteRound($input: VoteRoundInput!) {\n    createVoteRound(input: $input) {\n      ...VoteRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeVoteRoundStatus($roundId: ID!, $status: VoteRoundStatus!) {\n    changeVoteRoundStatus(roundId: $roundId, status: $status) {\n      ...VoteRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeVoteRoundStatus($roundId: ID!, $status: VoteRoundStatus!) {\n    changeVoteRoundStatus(roundId: $roundId, status: $status) {\n      ...VoteRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVoteWeight($roundId: ID!, $organizationId: ID!, $weight: Float!) {\n    setVoteWeight(roundId: $roundId, organizationId: $organizationId, weight: $weight) {\n      ...VoteRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetVoteWeight($roundId: ID!, $organizationId: ID!, $weight: Float!) {\n    setVoteWeight(roundId: $roundId, organizationId: $organizationId, weight: $weight) {\n      ...VoteRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVoteProxy($roundId: ID!, $fromOrganizationId: ID!, $toOrganizationId: ID) {\n    setVoteProxy(roundId: $roundId, fromOrganizationId: $fromOrganizationId, toOrganizationId: $toOrganizationId) {\n      ...VoteRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetVoteProxy($roundId: ID!, $fromOrganizationId: ID!, $toOrganizationId: ID) {\n    setVoteProxy(roundId: $roundId, fromOrganizationId: $fromOrganizationId, toOrganizationId: $toOrganizationId) {\n      ...VoteRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($roundId: ID!, $organizationId: ID!, $entries: [BallotEntryInput!]!) {\n    castBallot(roundId: $roundId, organizationId: $organizationId, entries: $entries) {\n      ...VoteRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CastBallot($roundId: ID!, $organizationId: ID!, $entries: [BallotEntryInput!]!) {\n    castBallot(roundId: $roundId, organizationId: $organizationId, entries: $entries) {\n      ...VoteRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteOrganizations($arenaId: ID!) {\n    organizations(arenaId: $arenaId, first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VoteOrganizations($arenaId: ID!) {\n    organizations(arenaId: $arenaId, first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;