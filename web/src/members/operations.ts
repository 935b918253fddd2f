import { graphql } from '../gql';

export const DirectoryOrganizationFragment = graphql(`
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
`);

/** The arena's member directory, by name, a page at a time. */
export const OrganizationsQuery = graphql(`
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
`);

export const ArenaPeopleQuery = graphql(`
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
`);

export const InvitationsQuery = graphql(`
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
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      state
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      id
      state
    }
  }
`);

export const InvitationByTokenQuery = graphql(`
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
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($arenaId: ID!, $input: OrganizationInput!) {
    createOrganization(arenaId: $arenaId, input: $input) {
      ...DirectoryOrganization
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($arenaId: ID!, $organizationId: ID!, $input: OrganizationInput!) {
    updateOrganization(arenaId: $arenaId, organizationId: $organizationId, input: $input) {
      ...DirectoryOrganization
    }
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($arenaId: ID!, $userId: ID!, $role: ArenaRole) {
    setUserRole(arenaId: $arenaId, userId: $userId, role: $role)
  }
`);
