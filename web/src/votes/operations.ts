import { graphql } from '../gql';

/** A round as everyone sees it (the same fields travel in the meeting's live state, MeetingChanged). */
export const VoteRoundFields = graphql(`
  fragment VoteRoundFields on VoteRound {
    id
    itemId
    title
    method
    resultsMode
    status
    pointsPerOrganization
    maxPointsPerObject
    ballotCount
    openedAt
    closedAt
    objects {
      id
      name
    }
    weights {
      organizationId
      organizationName
      weight
    }
    proxies {
      fromOrganizationId
      fromOrganizationName
      toOrganizationId
      toOrganizationName
    }
    results {
      ballots
      weight
      rows {
        objectId
        objectName
        total
        average
        rank
      }
    }
  }
`);

/** The rounds with the reader's own ballots (per reader: never part of the shared live state). */
export const VoteRoundsQuery = graphql(`
  query VoteRounds($meetingId: ID!) {
    voteRounds(meetingId: $meetingId) {
      ...VoteRoundFields
      myBallots {
        organizationId
        organizationName
        castByName
        castByOrganizationName
        castAt
        entries {
          objectId
          value
        }
      }
    }
  }
`);

export const CreateVoteRoundMutation = graphql(`
  mutation CreateVoteRound($input: VoteRoundInput!) {
    createVoteRound(input: $input) {
      ...VoteRoundFields
    }
  }
`);

export const ChangeVoteRoundStatusMutation = graphql(`
  mutation ChangeVoteRoundStatus($roundId: ID!, $status: VoteRoundStatus!) {
    changeVoteRoundStatus(roundId: $roundId, status: $status) {
      ...VoteRoundFields
    }
  }
`);

export const SetVoteWeightMutation = graphql(`
  mutation SetVoteWeight($roundId: ID!, $organizationId: ID!, $weight: Float!) {
    setVoteWeight(roundId: $roundId, organizationId: $organizationId, weight: $weight) {
      ...VoteRoundFields
    }
  }
`);

export const SetVoteProxyMutation = graphql(`
  mutation SetVoteProxy($roundId: ID!, $fromOrganizationId: ID!, $toOrganizationId: ID) {
    setVoteProxy(roundId: $roundId, fromOrganizationId: $fromOrganizationId, toOrganizationId: $toOrganizationId) {
      ...VoteRoundFields
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($roundId: ID!, $organizationId: ID!, $entries: [BallotEntryInput!]!) {
    castBallot(roundId: $roundId, organizationId: $organizationId, entries: $entries) {
      ...VoteRoundFields
    }
  }
`);

/** The arena's member organizations, for weights and proxies (staff). */
export const VoteOrganizationsQuery = graphql(`
  query VoteOrganizations($arenaId: ID!) {
    organizations(arenaId: $arenaId, first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
