import { graphql } from '../../gql';
import type { PersonPageQuery } from '../../gql/graphql';

export const PersonPageDocument = graphql(`
  query PersonPage($id: ID!) {
    contact(id: $id) {
      id
      name
      title
      role
      email
      linkedinUrl
      linkedinConnected
      interests
      aliases
      notes
      company {
        id
        name
      }
      interviews {
        id
        title
        occurredAt
        topics
        questionsAsked
        concerns
        promises
        notes
        company {
          id
          name
        }
        contacts {
          id
          name
        }
      }
    }
  }
`);

export type Person = PersonPageQuery['contact'];
export type PersonInterview = Person['interviews'][number];
