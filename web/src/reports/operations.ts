import { graphql } from '../gql';

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

/** Changes a report: the own organization's, or any as staff. Only the fields given change. */
export const UpdateReportMutation = graphql(`
  mutation UpdateReport($input: UpdateReportInput!) {
    updateReport(input: $input) {
      id
    }
  }
`);

/** Withdraws a report: it stays on record but no longer counts. */
export const WithdrawReportMutation = graphql(`
  mutation WithdrawReport($reportId: ID!) {
    withdrawReport(reportId: $reportId) {
      id
      withdrawnAt
    }
  }
`);
