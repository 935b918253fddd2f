import { graphql } from '../gql';

/** An object's score and the share of each criterion, as the breakdown shows it. */
export const ScorePartsFragment = graphql(`
  fragment ScoreParts on ObjectScore {
    score
    shares {
      criterion
      weight
      value
      points
      unjudged
    }
  }
`);

export const ScoringSettingsQuery = graphql(`
  query ScoringSettings($arenaId: ID) {
    scoringSettings(arenaId: $arenaId) {
      arenaId
      weights {
        criterion
        weight
        defaultWeight
      }
    }
  }
`);

export const SetScoreWeightsMutation = graphql(`
  mutation SetScoreWeights($input: SetScoreWeightsInput!) {
    setScoreWeights(input: $input) {
      arenaId
      weights {
        criterion
        weight
        defaultWeight
      }
    }
  }
`);

export const ScoreRankingQuery = graphql(`
  query ScoreRanking($arenaId: ID, $weights: [ScoreWeightInput!], $first: Int, $after: String) {
    scoreRanking(arenaId: $arenaId, weights: $weights, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          rank
          score
          object {
            id
            name
            kind
            organizationCount
          }
        }
      }
    }
  }
`);
