import { graphql } from '../gql';

/** The arena's member organizations: who a report or a support can be made for. */
export const OrganizationsQuery = graphql(`
  query Organizations($arenaId: ID, $first: Int) {
    organizations(arenaId: $arenaId, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          kind
          municipality
        }
      }
    }
  }
`);

/** Existing objects near what the user drew: "is it one of these?" */
export const NearbyObjectsQuery = graphql(`
  query NearbyObjects($geometry: JSON!, $arenaId: ID, $text: String, $first: Int) {
    nearbyObjects(geometry: $geometry, arenaId: $arenaId, text: $text, first: $first) {
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
`);

export const ReportBottleneckMutation = graphql(`
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
`);

export const SupportReportMutation = graphql(`
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
`);
