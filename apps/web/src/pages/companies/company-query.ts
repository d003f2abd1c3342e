import { graphql } from '../../gql';
import type { CompanyPageQuery } from '../../gql/graphql';

export const CompanyPageDocument = graphql(`
  query CompanyPage($id: ID!) {
    company(id: $id) {
      id
      name
      aliases
      domains
      notes
      roleTitle
      status
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
