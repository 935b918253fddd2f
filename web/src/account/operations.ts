import { graphql } from '../gql';

/** Who is signed in: name, organization and the arenas where the user has a role. */
export const MePartsFragment = graphql(`
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
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...MeParts
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...MeParts
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/** Accepting an invitation signs the user in (a new account or an existing one): a session change. */
export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $name: String, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      ...MeParts
    }
  }
`);
