import { graphql } from '../../gql';
import type { CompanyPageQuery } from '../../gql/graphql';

/** A company's own facts: the page reads them and an update returns them, so the cache refreshes the page. */
export const CompanyFieldsFragment = graphql(`
  fragment CompanyFields on Company {
    id
    name
    aliases
    domains
    notes
    roleTitle
    status
  }
`);

export const CompanyPageDocument = graphql(`
  query CompanyPage($id: ID!) {
    company(id: $id) {
      ...CompanyFields
      contacts {
        id
        name
        title
        role
      }
      interviews {
        id
        title
        occurredAt
        contacts {
          id
          name
        }
      }
    }
  }
`);

export type CompanyDetailsData = CompanyPageQuery['company'];
