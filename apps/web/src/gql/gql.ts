/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  mutation CompaniesCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CompaniesCreateCompanyDocument,
    "\n  query CompaniesList($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          roleTitle\n          status\n          domains\n          contacts {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CompaniesListDocument,
    "\n  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      aliases\n      domains\n      notes\n      roleTitle\n      status\n    }\n  }\n": typeof types.CompanyUpdateDocument,
    "\n  mutation CompanyDelete($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": typeof types.CompanyDeleteDocument,
    "\n  query CompanyEvents($from: DateTime!, $first: Int!, $after: String) {\n    events(filter: { from: $from }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          status\n          matches {\n            id\n            reason\n            company {\n              id\n            }\n            contact {\n              id\n              companyId\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CompanyEventsDocument,
    "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      aliases\n      domains\n      notes\n      roleTitle\n      status\n      contacts {\n        id\n        name\n        title\n        role\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CompanyPageDocument,
    "\n  query PeopleCadence {\n    nextTouches(limit: 200) {\n      id\n      kind\n      channel\n      dueAt\n      latestAt\n      overdue\n      reason\n      rule\n      subject\n      draft\n      followUpId\n      contact {\n        id\n      }\n    }\n    blockedTouches {\n      id\n      kind\n      reason\n      blockedBy\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n      }\n    }\n  }\n": typeof types.PeopleCadenceDocument,
    "\n  query PeopleCompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.PeopleCompanyOptionsDocument,
    "\n  mutation PeopleCreateCompanyByName($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.PeopleCreateCompanyByNameDocument,
    "\n  mutation PersonLogTouch($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      id\n      occurredAt\n    }\n  }\n": typeof types.PersonLogTouchDocument,
    "\n  mutation PeopleCreatePerson($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.PeopleCreatePersonDocument,
    "\n  query PeopleList($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          title\n          role\n          company {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  mutation PersonMarkTouchSent($input: MarkTouchSentInput!) {\n    markTouchSent(input: $input) {\n      id\n      occurredAt\n    }\n  }\n": typeof types.PersonMarkTouchSentDocument,
    "\n  mutation PersonCompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PersonCompleteFollowUpDocument,
    "\n  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n      name\n      title\n      role\n      email\n      linkedinUrl\n      linkedinConnected\n      interests\n      aliases\n      notes\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonUpdateDocument,
    "\n  mutation PersonDelete($id: ID!) {\n    deleteContact(id: $id)\n  }\n": typeof types.PersonDeleteDocument,
    "\n  query PersonPage($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      title\n      role\n      email\n      linkedinUrl\n      linkedinConnected\n      interests\n      aliases\n      notes\n      company {\n        id\n        name\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        topics\n        questionsAsked\n        concerns\n        promises\n        notes\n        company {\n          id\n          name\n        }\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  mutation PersonRecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      id\n    }\n  }\n": typeof types.PersonRecordInterviewDocument,
    "\n  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {\n    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          direction\n          occurredAt\n          notes\n          awaitingReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PersonTouchesDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation CompaniesCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": types.CompaniesCreateCompanyDocument,
    "\n  query CompaniesList($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          roleTitle\n          status\n          domains\n          contacts {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CompaniesListDocument,
    "\n  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      aliases\n      domains\n      notes\n      roleTitle\n      status\n    }\n  }\n": types.CompanyUpdateDocument,
    "\n  mutation CompanyDelete($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": types.CompanyDeleteDocument,
    "\n  query CompanyEvents($from: DateTime!, $first: Int!, $after: String) {\n    events(filter: { from: $from }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          status\n          matches {\n            id\n            reason\n            company {\n              id\n            }\n            contact {\n              id\n              companyId\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CompanyEventsDocument,
    "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      aliases\n      domains\n      notes\n      roleTitle\n      status\n      contacts {\n        id\n        name\n        title\n        role\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CompanyPageDocument,
    "\n  query PeopleCadence {\n    nextTouches(limit: 200) {\n      id\n      kind\n      channel\n      dueAt\n      latestAt\n      overdue\n      reason\n      rule\n      subject\n      draft\n      followUpId\n      contact {\n        id\n      }\n    }\n    blockedTouches {\n      id\n      kind\n      reason\n      blockedBy\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n      }\n    }\n  }\n": types.PeopleCadenceDocument,
    "\n  query PeopleCompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          aliases\n        }\n      }\n    }\n  }\n": types.PeopleCompanyOptionsDocument,
    "\n  mutation PeopleCreateCompanyByName($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": types.PeopleCreateCompanyByNameDocument,
    "\n  mutation PersonLogTouch($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      id\n      occurredAt\n    }\n  }\n": types.PersonLogTouchDocument,
    "\n  mutation PeopleCreatePerson($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n    }\n  }\n": types.PeopleCreatePersonDocument,
    "\n  query PeopleList($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          title\n          role\n          company {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  mutation PersonMarkTouchSent($input: MarkTouchSentInput!) {\n    markTouchSent(input: $input) {\n      id\n      occurredAt\n    }\n  }\n": types.PersonMarkTouchSentDocument,
    "\n  mutation PersonCompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n      status\n    }\n  }\n": types.PersonCompleteFollowUpDocument,
    "\n  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n      name\n      title\n      role\n      email\n      linkedinUrl\n      linkedinConnected\n      interests\n      aliases\n      notes\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.PersonUpdateDocument,
    "\n  mutation PersonDelete($id: ID!) {\n    deleteContact(id: $id)\n  }\n": types.PersonDeleteDocument,
    "\n  query PersonPage($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      title\n      role\n      email\n      linkedinUrl\n      linkedinConnected\n      interests\n      aliases\n      notes\n      company {\n        id\n        name\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        topics\n        questionsAsked\n        concerns\n        promises\n        notes\n        company {\n          id\n          name\n        }\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  mutation PersonRecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      id\n    }\n  }\n": types.PersonRecordInterviewDocument,
    "\n  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {\n    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          direction\n          occurredAt\n          notes\n          awaitingReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PersonTouchesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompaniesCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CompaniesCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompaniesList($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          roleTitle\n          status\n          domains\n          contacts {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompaniesList($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          roleTitle\n          status\n          domains\n          contacts {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      aliases\n      domains\n      notes\n      roleTitle\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      aliases\n      domains\n      notes\n      roleTitle\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyDelete($id: ID!) {\n    deleteCompany(id: $id)\n  }\n"): (typeof documents)["\n  mutation CompanyDelete($id: ID!) {\n    deleteCompany(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyEvents($from: DateTime!, $first: Int!, $after: String) {\n    events(filter: { from: $from }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          status\n          matches {\n            id\n            reason\n            company {\n              id\n            }\n            contact {\n              id\n              companyId\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyEvents($from: DateTime!, $first: Int!, $after: String) {\n    events(filter: { from: $from }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          status\n          matches {\n            id\n            reason\n            company {\n              id\n            }\n            contact {\n              id\n              companyId\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      aliases\n      domains\n      notes\n      roleTitle\n      status\n      contacts {\n        id\n        name\n        title\n        role\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      aliases\n      domains\n      notes\n      roleTitle\n      status\n      contacts {\n        id\n        name\n        title\n        role\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleCadence {\n    nextTouches(limit: 200) {\n      id\n      kind\n      channel\n      dueAt\n      latestAt\n      overdue\n      reason\n      rule\n      subject\n      draft\n      followUpId\n      contact {\n        id\n      }\n    }\n    blockedTouches {\n      id\n      kind\n      reason\n      blockedBy\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleCadence {\n    nextTouches(limit: 200) {\n      id\n      kind\n      channel\n      dueAt\n      latestAt\n      overdue\n      reason\n      rule\n      subject\n      draft\n      followUpId\n      contact {\n        id\n      }\n    }\n    blockedTouches {\n      id\n      kind\n      reason\n      blockedBy\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleCompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          aliases\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleCompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          aliases\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleCreateCompanyByName($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleCreateCompanyByName($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonLogTouch($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      id\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  mutation PersonLogTouch($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      id\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleCreatePerson($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleCreatePerson($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          title\n          role\n          company {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleList($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          title\n          role\n          company {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonMarkTouchSent($input: MarkTouchSentInput!) {\n    markTouchSent(input: $input) {\n      id\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  mutation PersonMarkTouchSent($input: MarkTouchSentInput!) {\n    markTouchSent(input: $input) {\n      id\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonCompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PersonCompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n      name\n      title\n      role\n      email\n      linkedinUrl\n      linkedinConnected\n      interests\n      aliases\n      notes\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n      name\n      title\n      role\n      email\n      linkedinUrl\n      linkedinConnected\n      interests\n      aliases\n      notes\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonDelete($id: ID!) {\n    deleteContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation PersonDelete($id: ID!) {\n    deleteContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      title\n      role\n      email\n      linkedinUrl\n      linkedinConnected\n      interests\n      aliases\n      notes\n      company {\n        id\n        name\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        topics\n        questionsAsked\n        concerns\n        promises\n        notes\n        company {\n          id\n          name\n        }\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      title\n      role\n      email\n      linkedinUrl\n      linkedinConnected\n      interests\n      aliases\n      notes\n      company {\n        id\n        name\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        topics\n        questionsAsked\n        concerns\n        promises\n        notes\n        company {\n          id\n          name\n        }\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonRecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PersonRecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {\n    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          direction\n          occurredAt\n          notes\n          awaitingReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {\n    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          direction\n          occurredAt\n          notes\n          awaitingReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;