import { graphql } from '../../gql';

/** Asks back every field the session's Viewer query reads, so the cached viewer updates too. */
export const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      email
      displayName
      timeZone
      targetRoles
      interests
      linkedinPremium
      createdAt
    }
  }
`);
