import { graphql } from '../../gql';
import type { PersonPageQuery } from '../../gql/graphql';

/** A person's own facts: the page reads them and an update returns them, so the cache refreshes the page. */
export const PersonFieldsFragment = graphql(`
  fragment PersonFields on Contact {
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
  }
`);

export const PersonPageDocument = graphql(`
  query PersonPage($id: ID!) {
    contact(id: $id) {
      ...PersonFields
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
