import { graphql } from '../gql';

/** The arena the page is about (by slug; the installation's default one without) and the reader's role in it. */
export const DashboardArenaQuery = graphql(`
  query DashboardArena($slug: String) {
    arena(slug: $slug) {
      id
      name
      slug
      myRole
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($arenaId: ID) {
    dashboard(arenaId: $arenaId) {
      arenaId
      objectCount
      totalImpact {
        delayHoursPerWeek
        extraCostSekPerYear
        freightTonnesPerYear
      }
      byStatus {
        key
        count
      }
      byPlanningStage {
        key
        count
      }
      byKind {
        key
        count
      }
      byMunicipality {
        code
        name
        bucket
        count
      }
      reportsPerMonth {
        month
        count
      }
      topByImpact {
        ...DashboardTopObject
      }
      topByBreadth {
        ...DashboardTopObject
      }
    }
  }
`);

/** An object of a top list: its name and the totals the reader sees, to link to it on the map. */
export const DashboardTopObjectFragment = graphql(`
  fragment DashboardTopObject on DashboardTopObject {
    id
    name
    kind
    status
    municipality
    organizationCount
    reportCount
    impact {
      delayHoursPerWeek
      extraCostSekPerYear
      freightTonnesPerYear
    }
  }
`);
