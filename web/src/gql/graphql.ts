/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** MEMBER reports and supports; STAFF runs the arena; ADMIN also sets roles; OBSERVER reads the members’ view */
export type ArenaRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OBSERVER'
  | 'STAFF';

export type AuditFilter = {
  /** e.g. create, update, withdraw */
  action?: string | null | undefined;
  /** e.g. report, support, object, organization, invitation, role */
  entity?: string | null | undefined;
  entityId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
};

export type ImpactInput = {
  delayHoursPerWeek?: number | null | undefined;
  extraCostSekPerYear?: number | null | undefined;
  freightTonnesPerYear?: number | null | undefined;
};

export type InvitationState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  arenaId: string | number;
  email: string;
  /** A member organization of the arena */
  organizationId: string | number;
  role: ArenaRole;
};

export type NewObjectInput = {
  description?: string | null | undefined;
  externalRefs?: Array<string> | null | undefined;
  /** GeoJSON geometry (WGS84) */
  geometry?: unknown;
  kind?: ObjectKind | null | undefined;
  modes?: Array<TransportMode> | null | undefined;
  municipality?: string | null | undefined;
  name?: string | null | undefined;
  responsibleBody?: string | null | undefined;
};

export type ObjectFilter = {
  /** Defaults to the installation's default arena */
  arenaId?: string | number | null | undefined;
  /** [minLng, minLat, maxLng, maxLat]: objects whose bounding box overlaps it */
  bbox?: Array<number> | null | undefined;
  /** Objects with a report in any of these categories, among the reports the asker sees counted on the object (never withdrawn ones; for visitors only public ones) */
  categories?: Array<ReportCategory> | null | undefined;
  kinds?: Array<ObjectKind> | null | undefined;
  /** Objects serving any of these modes */
  modes?: Array<TransportMode> | null | undefined;
  /** Text in the name, municipality or external references */
  search?: string | null | undefined;
  statuses?: Array<ObjectStatus> | null | undefined;
};

export type ObjectKind =
  | 'AIRPORT'
  | 'BRIDGE'
  | 'LEVEL_CROSSING'
  | 'OTHER'
  | 'PORT'
  | 'RAIL_SEGMENT'
  | 'ROAD'
  | 'TERMINAL'
  | 'WATERWAY';

export type ObjectStatus =
  | 'CONFIRMED'
  | 'DISMISSED'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'PRIORITIZED'
  | 'REPORTED'
  | 'RESOLVED';

export type OrganizationInput = {
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  employees?: number | null | undefined;
  kind: OrganizationKind;
  municipality?: string | null | undefined;
  name: string;
  /** Swedish organisationsnummer */
  orgNumber?: string | null | undefined;
  sector?: string | null | undefined;
};

export type OrganizationKind =
  | 'AUTHORITY'
  | 'CHAMBER'
  | 'COMPANY'
  | 'MUNICIPALITY'
  | 'PORT_OR_TERMINAL_OPERATOR'
  | 'REGION';

/** PENDING: not tried yet; RETRYING: a send failed and will be retried; SENT: accepted by the SMTP server; LOGGED: printed to the log because no SMTP server is configured */
export type OutboxStatus =
  | 'LOGGED'
  | 'PENDING'
  | 'RETRYING'
  | 'SENT';

export type ReportBottleneckInput = {
  arenaId: string | number;
  category?: ReportCategory | null | undefined;
  /** Client-generated key: a retry with the same key returns the first result and writes nothing */
  idempotencyKey?: string | null | undefined;
  impact?: ImpactInput | null | undefined;
  /** ... or create a new object with this first report */
  newObject?: NewObjectInput | null | undefined;
  /** Report on an existing object ... */
  objectId?: string | number | null | undefined;
  problem?: string | null | undefined;
  proposedMeasure?: string | null | undefined;
  title?: string | null | undefined;
  /** Who sees the report; MEMBERS when not given */
  visibility?: ReportVisibility | null | undefined;
};

export type ReportCategory =
  | 'ACCESSIBILITY'
  | 'CAPACITY'
  | 'CONDITION'
  | 'ENVIRONMENT'
  | 'MISSING_LINK'
  | 'REGULATION'
  | 'RESILIENCE'
  | 'SAFETY';

/** ORGANIZATION: own organization and staff; MEMBERS: the arena; PUBLIC: everyone */
export type ReportVisibility =
  | 'MEMBERS'
  | 'ORGANIZATION'
  | 'PUBLIC';

export type SupportReportInput = {
  comment?: string | null | undefined;
  /** Client-generated key: a retry with the same key returns the first result and writes nothing */
  idempotencyKey?: string | null | undefined;
  impact?: ImpactInput | null | undefined;
  reportId: string | number;
};

export type TransportMode =
  | 'AIR'
  | 'RAIL'
  | 'ROAD'
  | 'SEA';

/** Only the fields given change */
export type UpdateReportInput = {
  category?: ReportCategory | null | undefined;
  impact?: ImpactInput | null | undefined;
  problem?: string | null | undefined;
  proposedMeasure?: string | null | undefined;
  reportId: string | number;
  title?: string | null | undefined;
  visibility?: ReportVisibility | null | undefined;
};

export type MePartsFragment = { id: string, name: string, email: string, organization: { id: string, name: string, kind: OrganizationKind }, arenas: Array<{ role: ArenaRole, arena: { id: string, name: string, slug: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, organization: { id: string, name: string, kind: OrganizationKind }, arenas: Array<{ role: ArenaRole, arena: { id: string, name: string, slug: string } }> } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, name: string, email: string, organization: { id: string, name: string, kind: OrganizationKind }, arenas: Array<{ role: ArenaRole, arena: { id: string, name: string, slug: string } }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type AuditLogQueryVariables = Exact<{
  arenaId: string | number;
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: string, entity: string, entityId: string | null, userLabel: string | null, before: unknown, after: unknown } }> } };

export type EmailOutboxQueryVariables = Exact<{
  arenaId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmailOutboxQuery = { emailOutbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, to: string, subject: string, status: OutboxStatus, attempts: number, lastError: string | null, purpose: string, createdAt: string, sentAt: string | null, text: string } }> } };

export type DirectoryOrganizationFragment = { id: string, name: string, kind: OrganizationKind, municipality: string | null, orgNumber: string | null, sector: string | null, employees: number | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null };

export type OrganizationsQueryVariables = Exact<{
  arenaId: string | number;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, municipality: string | null, orgNumber: string | null, sector: string | null, employees: number | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null } }> } };

export type ArenaPeopleQueryVariables = Exact<{
  arenaId: string | number;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArenaPeopleQuery = { arenaPeople: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, email: string | null, role: ArenaRole, organization: { id: string, name: string } } }> } };

export type InvitationsQueryVariables = Exact<{
  arenaId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InvitationsQuery = { invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, role: ArenaRole, state: InvitationState, createdAt: string, expiresAt: string, organization: { id: string, name: string } } }> } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string, state: InvitationState } };

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, state: InvitationState } };

export type InvitationByTokenQueryVariables = Exact<{
  token: string;
}>;


export type InvitationByTokenQuery = { invitationByToken: { arenaName: string, organizationName: string, role: ArenaRole, email: string, state: InvitationState, hasAccount: boolean, expiresAt: string } | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  name?: string | null | undefined;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, name: string, email: string, organization: { id: string, name: string, kind: OrganizationKind }, arenas: Array<{ role: ArenaRole, arena: { id: string, name: string, slug: string } }> } };

export type CreateOrganizationMutationVariables = Exact<{
  arenaId: string | number;
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: OrganizationKind, municipality: string | null, orgNumber: string | null, sector: string | null, employees: number | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  arenaId: string | number;
  organizationId: string | number;
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, kind: OrganizationKind, municipality: string | null, orgNumber: string | null, sector: string | null, employees: number | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null } };

export type SetUserRoleMutationVariables = Exact<{
  arenaId: string | number;
  userId: string | number;
  role?: ArenaRole | null | undefined;
}>;


export type SetUserRoleMutation = { setUserRole: boolean };

export type ImpactPartsFragment = { delayHoursPerWeek: number, extraCostSekPerYear: number, freightTonnesPerYear: number };

export type OrganizationPartsFragment = { id: string, name: string, kind: OrganizationKind };

export type AppShellQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type AppShellQuery = { appConfig: { tileUrl: string | null, tileAttribution: string }, arena: { id: string, name: string, slug: string, description: string | null, mapCenter: Array<number>, mapZoom: number, myRole: ArenaRole | null } | null };

export type ObjectsInViewQueryVariables = Exact<{
  filter?: ObjectFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ObjectsInViewQuery = { objects: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, kind: ObjectKind, status: ObjectStatus, geometry: unknown, bbox: Array<number>, modes: Array<TransportMode>, municipality: string | null, organizationCount: number, reportCount: number, totalImpact: { delayHoursPerWeek: number, extraCostSekPerYear: number, freightTonnesPerYear: number } } }> } };

export type ObjectClustersQueryVariables = Exact<{
  filter: ObjectFilter;
  zoom: number;
  maxObjects?: number | null | undefined;
}>;


export type ObjectClustersQuery = { objectClusters: { totalCount: number, clustered: boolean, clusters: Array<{ count: number, center: Array<number>, bbox: Array<number> }> } };

export type ObjectDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ObjectDetailQuery = { object: { id: string, name: string, kind: ObjectKind, status: ObjectStatus, description: string | null, geometry: unknown, bbox: Array<number>, modes: Array<TransportMode>, responsibleBody: string | null, municipality: string | null, externalRefs: Array<string>, categories: Array<ReportCategory>, organizationCount: number, reportCount: number, createdAt: string, totalImpact: { delayHoursPerWeek: number, extraCostSekPerYear: number, freightTonnesPerYear: number }, reports: { totalCount: number, edges: Array<{ node: { id: string, title: string, problem: string, category: ReportCategory, proposedMeasure: string | null, visibility: ReportVisibility, withdrawnAt: string | null, createdAt: string, organization: { id: string, name: string, kind: OrganizationKind }, impact: { delayHoursPerWeek: number, extraCostSekPerYear: number, freightTonnesPerYear: number } | null, supports: Array<{ id: string, comment: string | null, createdAt: string, organization: { id: string, name: string, kind: OrganizationKind }, impact: { delayHoursPerWeek: number, extraCostSekPerYear: number, freightTonnesPerYear: number } | null }> } }> } } | null };

export type NearbyObjectsQueryVariables = Exact<{
  geometry: unknown;
  arenaId?: string | number | null | undefined;
  text?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type NearbyObjectsQuery = { nearbyObjects: Array<{ distanceMeters: number, similarity: number, object: { id: string, name: string, kind: ObjectKind, status: ObjectStatus, geometry: unknown, bbox: Array<number>, reportCount: number, organizationCount: number, reports: { edges: Array<{ node: { id: string, title: string, organization: { id: string, name: string } } }> } } }> };

export type ReportBottleneckMutationVariables = Exact<{
  input: ReportBottleneckInput;
}>;


export type ReportBottleneckMutation = { reportBottleneck: { report: { id: string }, object: { id: string, name: string, bbox: Array<number> } } };

export type SupportReportMutationVariables = Exact<{
  input: SupportReportInput;
}>;


export type SupportReportMutation = { supportReport: { support: { id: string }, object: { id: string } } };

export type UpdateReportMutationVariables = Exact<{
  input: UpdateReportInput;
}>;


export type UpdateReportMutation = { updateReport: { id: string } };

export type WithdrawReportMutationVariables = Exact<{
  reportId: string | number;
}>;


export type WithdrawReportMutation = { withdrawReport: { id: string, withdrawnAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MePartsFragmentDoc = new TypedDocumentString(`
    fragment MeParts on Me {
  id
  name
  email
  organization {
    id
    name
    kind
  }
  arenas {
    role
    arena {
      id
      name
      slug
    }
  }
}
    `, {"fragmentName":"MeParts"}) as unknown as TypedDocumentString<MePartsFragment, unknown>;
export const DirectoryOrganizationFragmentDoc = new TypedDocumentString(`
    fragment DirectoryOrganization on Organization {
  id
  name
  kind
  municipality
  orgNumber
  sector
  employees
  contactName
  contactEmail
  contactPhone
}
    `, {"fragmentName":"DirectoryOrganization"}) as unknown as TypedDocumentString<DirectoryOrganizationFragment, unknown>;
export const ImpactPartsFragmentDoc = new TypedDocumentString(`
    fragment ImpactParts on Impact {
  delayHoursPerWeek
  extraCostSekPerYear
  freightTonnesPerYear
}
    `, {"fragmentName":"ImpactParts"}) as unknown as TypedDocumentString<ImpactPartsFragment, unknown>;
export const OrganizationPartsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationParts on Organization {
  id
  name
  kind
}
    `, {"fragmentName":"OrganizationParts"}) as unknown as TypedDocumentString<OrganizationPartsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...MeParts
  }
}
    fragment MeParts on Me {
  id
  name
  email
  organization {
    id
    name
    kind
  }
  arenas {
    role
    arena {
      id
      name
      slug
    }
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...MeParts
  }
}
    fragment MeParts on Me {
  id
  name
  email
  organization {
    id
    name
    kind
  }
  arenas {
    role
    arena {
      id
      name
      slug
    }
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($arenaId: ID!, $filter: AuditFilter, $first: Int, $after: String) {
  auditLog(arenaId: $arenaId, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        entity
        entityId
        userLabel
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const EmailOutboxDocument = new TypedDocumentString(`
    query EmailOutbox($arenaId: ID!, $first: Int, $after: String) {
  emailOutbox(arenaId: $arenaId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        to
        subject
        status
        attempts
        lastError
        purpose
        createdAt
        sentAt
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmailOutboxQuery, EmailOutboxQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($arenaId: ID!, $search: String, $first: Int, $after: String) {
  organizations(arenaId: $arenaId, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...DirectoryOrganization
      }
    }
  }
}
    fragment DirectoryOrganization on Organization {
  id
  name
  kind
  municipality
  orgNumber
  sector
  employees
  contactName
  contactEmail
  contactPhone
}`) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const ArenaPeopleDocument = new TypedDocumentString(`
    query ArenaPeople($arenaId: ID!, $search: String, $first: Int, $after: String) {
  arenaPeople(arenaId: $arenaId, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        email
        role
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArenaPeopleQuery, ArenaPeopleQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations($arenaId: ID!, $first: Int, $after: String) {
  invitations(arenaId: $arenaId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        role
        state
        createdAt
        expiresAt
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
    email
    state
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($invitationId: ID!) {
  revokeInvitation(invitationId: $invitationId) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationByTokenDocument = new TypedDocumentString(`
    query InvitationByToken($token: String!) {
  invitationByToken(token: $token) {
    arenaName
    organizationName
    role
    email
    state
    hasAccount
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationByTokenQuery, InvitationByTokenQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $name: String, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    ...MeParts
  }
}
    fragment MeParts on Me {
  id
  name
  email
  organization {
    id
    name
    kind
  }
  arenas {
    role
    arena {
      id
      name
      slug
    }
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($arenaId: ID!, $input: OrganizationInput!) {
  createOrganization(arenaId: $arenaId, input: $input) {
    ...DirectoryOrganization
  }
}
    fragment DirectoryOrganization on Organization {
  id
  name
  kind
  municipality
  orgNumber
  sector
  employees
  contactName
  contactEmail
  contactPhone
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($arenaId: ID!, $organizationId: ID!, $input: OrganizationInput!) {
  updateOrganization(
    arenaId: $arenaId
    organizationId: $organizationId
    input: $input
  ) {
    ...DirectoryOrganization
  }
}
    fragment DirectoryOrganization on Organization {
  id
  name
  kind
  municipality
  orgNumber
  sector
  employees
  contactName
  contactEmail
  contactPhone
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const SetUserRoleDocument = new TypedDocumentString(`
    mutation SetUserRole($arenaId: ID!, $userId: ID!, $role: ArenaRole) {
  setUserRole(arenaId: $arenaId, userId: $userId, role: $role)
}
    `) as unknown as TypedDocumentString<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const AppShellDocument = new TypedDocumentString(`
    query AppShell($slug: String) {
  appConfig {
    tileUrl
    tileAttribution
  }
  arena(slug: $slug) {
    id
    name
    slug
    description
    mapCenter
    mapZoom
    myRole
  }
}
    `) as unknown as TypedDocumentString<AppShellQuery, AppShellQueryVariables>;
export const ObjectsInViewDocument = new TypedDocumentString(`
    query ObjectsInView($filter: ObjectFilter, $first: Int) {
  objects(filter: $filter, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        name
        kind
        status
        geometry
        bbox
        modes
        municipality
        organizationCount
        reportCount
        totalImpact {
          ...ImpactParts
        }
      }
    }
  }
}
    fragment ImpactParts on Impact {
  delayHoursPerWeek
  extraCostSekPerYear
  freightTonnesPerYear
}`) as unknown as TypedDocumentString<ObjectsInViewQuery, ObjectsInViewQueryVariables>;
export const ObjectClustersDocument = new TypedDocumentString(`
    query ObjectClusters($filter: ObjectFilter!, $zoom: Int!, $maxObjects: Int) {
  objectClusters(filter: $filter, zoom: $zoom, maxObjects: $maxObjects) {
    totalCount
    clustered
    clusters {
      count
      center
      bbox
    }
  }
}
    `) as unknown as TypedDocumentString<ObjectClustersQuery, ObjectClustersQueryVariables>;
export const ObjectDetailDocument = new TypedDocumentString(`
    query ObjectDetail($id: ID!) {
  object(id: $id) {
    id
    name
    kind
    status
    description
    geometry
    bbox
    modes
    responsibleBody
    municipality
    externalRefs
    categories
    organizationCount
    reportCount
    createdAt
    totalImpact {
      ...ImpactParts
    }
    reports(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          problem
          category
          proposedMeasure
          visibility
          withdrawnAt
          createdAt
          organization {
            ...OrganizationParts
          }
          impact {
            ...ImpactParts
          }
          supports {
            id
            comment
            createdAt
            organization {
              ...OrganizationParts
            }
            impact {
              ...ImpactParts
            }
          }
        }
      }
    }
  }
}
    fragment ImpactParts on Impact {
  delayHoursPerWeek
  extraCostSekPerYear
  freightTonnesPerYear
}
fragment OrganizationParts on Organization {
  id
  name
  kind
}`) as unknown as TypedDocumentString<ObjectDetailQuery, ObjectDetailQueryVariables>;
export const NearbyObjectsDocument = new TypedDocumentString(`
    query NearbyObjects($geometry: JSON!, $arenaId: ID, $text: String, $first: Int) {
  nearbyObjects(
    geometry: $geometry
    arenaId: $arenaId
    text: $text
    first: $first
  ) {
    distanceMeters
    similarity
    object {
      id
      name
      kind
      status
      geometry
      bbox
      reportCount
      organizationCount
      reports(first: 10) {
        edges {
          node {
            id
            title
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NearbyObjectsQuery, NearbyObjectsQueryVariables>;
export const ReportBottleneckDocument = new TypedDocumentString(`
    mutation ReportBottleneck($input: ReportBottleneckInput!) {
  reportBottleneck(input: $input) {
    report {
      id
    }
    object {
      id
      name
      bbox
    }
  }
}
    `) as unknown as TypedDocumentString<ReportBottleneckMutation, ReportBottleneckMutationVariables>;
export const SupportReportDocument = new TypedDocumentString(`
    mutation SupportReport($input: SupportReportInput!) {
  supportReport(input: $input) {
    support {
      id
    }
    object {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SupportReportMutation, SupportReportMutationVariables>;
export const UpdateReportDocument = new TypedDocumentString(`
    mutation UpdateReport($input: UpdateReportInput!) {
  updateReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateReportMutation, UpdateReportMutationVariables>;
export const WithdrawReportDocument = new TypedDocumentString(`
    mutation WithdrawReport($reportId: ID!) {
  withdrawReport(reportId: $reportId) {
    id
    withdrawnAt
  }
}
    `) as unknown as TypedDocumentString<WithdrawReportMutation, WithdrawReportMutationVariables>;