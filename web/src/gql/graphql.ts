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

export type ImpactInput = {
  delayHoursPerWeek?: number | null | undefined;
  extraCostSekPerYear?: number | null | undefined;
  freightTonnesPerYear?: number | null | undefined;
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
  /** Objects with a report in any of these categories */
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

export type OrganizationKind =
  | 'AUTHORITY'
  | 'CHAMBER'
  | 'COMPANY'
  | 'MUNICIPALITY'
  | 'PORT_OR_TERMINAL_OPERATOR'
  | 'REGION';

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