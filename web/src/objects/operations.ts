import { graphql } from '../gql';

/** The three impact figures, the same on totals, reports and supports. */
export const ImpactPartsFragment = graphql(`
  fragment ImpactParts on Impact {
    delayHoursPerWeek
    extraCostSekPerYear
    freightTonnesPerYear
  }
`);

export const OrganizationPartsFragment = graphql(`
  fragment OrganizationParts on Organization {
    id
    name
    kind
  }
`);

/** The objects in the map's view: enough to draw them and to list them. */
export const ObjectsInViewQuery = graphql(`
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
`);

/**
 * Live: an object of the arena changed (a report, support or withdrawal moved its totals), as the
 * signed-in user (or a visitor) may see it; objects they may not see never arrive.
 */
export const ObjectChangedSubscription = graphql(`
  subscription ObjectChanged($arenaId: ID!) {
    objectChanged(arenaId: $arenaId) {
      id
      bbox
      organizationCount
      reportCount
      totalImpact {
        ...ImpactParts
      }
    }
  }
`);

/** How many objects are in view, and clusters of them when there are too many to draw one by one. */
export const ObjectClustersQuery = graphql(`
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
`);

export const ObjectDetailQuery = graphql(`
  query ObjectDetail($id: ID!) {
    object(id: $id) {
      id
      name
      kind
      status
      previousStatus
      planningStage
      duplicateOf
      updatedAt
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
      score {
        ...ScoreParts
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
`);
