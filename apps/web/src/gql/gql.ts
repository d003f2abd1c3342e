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
    "\n  fragment EventCardFields on Event {\n    id\n    title\n    status\n    allDay\n    start\n    end\n    startsAt\n    endsAt\n    timeZone\n    floating\n    location\n    onlineUrl\n    url\n    venue {\n      name\n      address\n    }\n    attendance\n    sources {\n      id\n      name\n    }\n    changes {\n      kind\n      detectedAt\n      oldStart\n      newStart\n      oldEnd\n      newEnd\n      oldStatus\n      newStatus\n      reason\n    }\n    matches {\n      id\n      kind\n      role\n      reason\n      evidence\n      score\n      topic\n      contact {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EventCardFieldsFragmentDoc,
    "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query AnyEvent {\n    events(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AnyEventDocument,
    "\n  query EventSourceNames {\n    sources {\n      id\n      name\n    }\n  }\n": typeof types.EventSourceNamesDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description\n      categories\n      recurring\n      mergeReasons\n      organizer {\n        name\n        email\n      }\n      performers {\n        name\n        role\n        affiliation\n        url\n      }\n      matches {\n        id\n        evidenceDetails {\n          field\n          snippet\n        }\n      }\n    }\n  }\n": typeof types.EventDocument,
    "\n  query EventChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      id\n      needsAttendees\n      needsConfirmation\n      items {\n        id\n        status\n      }\n    }\n  }\n": typeof types.EventChecklistDocument,
    "\n  mutation SetAttendance($eventId: ID!, $status: Attendance!) {\n    setAttendance(eventId: $eventId, status: $status) {\n      id\n      attendance\n    }\n  }\n": typeof types.SetAttendanceDocument,
    "\n  fragment SourceFields on Source {\n    id\n    name\n    url\n    kind\n    detectedKind\n    status\n    lastFetchedAt\n    lastSuccessAt\n    lastError\n    warnings\n    warningDetails {\n      line\n      uid\n      message\n    }\n    nextRefreshAt\n    nextManualRefreshAt\n    refreshMinutes\n    defaultTimeZone\n    recipe\n    eventCount\n    createdAt\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  query Sources {\n    sources {\n      ...SourceFields\n    }\n  }\n": typeof types.SourcesDocument,
    "\n  query Source($id: ID!) {\n    source(id: $id) {\n      ...SourceFields\n    }\n  }\n": typeof types.SourceDocument,
    "\n  mutation CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.CreateSourceDocument,
    "\n  mutation ImportCalendar($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.ImportCalendarDocument,
    "\n  mutation RefreshSource($id: ID!) {\n    refreshSource(id: $id) {\n      ...SourceFields\n    }\n  }\n": typeof types.RefreshSourceDocument,
    "\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!) {\n    updateSource(id: $id, input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.UpdateSourceDocument,
    "\n  mutation DeleteSource($id: ID!) {\n    deleteSource(id: $id)\n  }\n": typeof types.DeleteSourceDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    title\n    status\n    allDay\n    start\n    end\n    startsAt\n    endsAt\n    timeZone\n    floating\n    location\n    onlineUrl\n    url\n    venue {\n      name\n      address\n    }\n    attendance\n    sources {\n      id\n      name\n    }\n    changes {\n      kind\n      detectedAt\n      oldStart\n      newStart\n      oldEnd\n      newEnd\n      oldStatus\n      newStatus\n      reason\n    }\n    matches {\n      id\n      kind\n      role\n      reason\n      evidence\n      score\n      topic\n      contact {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.EventCardFieldsFragmentDoc,
    "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query AnyEvent {\n    events(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.AnyEventDocument,
    "\n  query EventSourceNames {\n    sources {\n      id\n      name\n    }\n  }\n": types.EventSourceNamesDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description\n      categories\n      recurring\n      mergeReasons\n      organizer {\n        name\n        email\n      }\n      performers {\n        name\n        role\n        affiliation\n        url\n      }\n      matches {\n        id\n        evidenceDetails {\n          field\n          snippet\n        }\n      }\n    }\n  }\n": types.EventDocument,
    "\n  query EventChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      id\n      needsAttendees\n      needsConfirmation\n      items {\n        id\n        status\n      }\n    }\n  }\n": types.EventChecklistDocument,
    "\n  mutation SetAttendance($eventId: ID!, $status: Attendance!) {\n    setAttendance(eventId: $eventId, status: $status) {\n      id\n      attendance\n    }\n  }\n": types.SetAttendanceDocument,
    "\n  fragment SourceFields on Source {\n    id\n    name\n    url\n    kind\n    detectedKind\n    status\n    lastFetchedAt\n    lastSuccessAt\n    lastError\n    warnings\n    warningDetails {\n      line\n      uid\n      message\n    }\n    nextRefreshAt\n    nextManualRefreshAt\n    refreshMinutes\n    defaultTimeZone\n    recipe\n    eventCount\n    createdAt\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  query Sources {\n    sources {\n      ...SourceFields\n    }\n  }\n": types.SourcesDocument,
    "\n  query Source($id: ID!) {\n    source(id: $id) {\n      ...SourceFields\n    }\n  }\n": types.SourceDocument,
    "\n  mutation CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.CreateSourceDocument,
    "\n  mutation ImportCalendar($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.ImportCalendarDocument,
    "\n  mutation RefreshSource($id: ID!) {\n    refreshSource(id: $id) {\n      ...SourceFields\n    }\n  }\n": types.RefreshSourceDocument,
    "\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!) {\n    updateSource(id: $id, input: $input) {\n      ...SourceFields\n    }\n  }\n": types.UpdateSourceDocument,
    "\n  mutation DeleteSource($id: ID!) {\n    deleteSource(id: $id)\n  }\n": types.DeleteSourceDocument,
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
export function graphql(source: "\n  fragment EventCardFields on Event {\n    id\n    title\n    status\n    allDay\n    start\n    end\n    startsAt\n    endsAt\n    timeZone\n    floating\n    location\n    onlineUrl\n    url\n    venue {\n      name\n      address\n    }\n    attendance\n    sources {\n      id\n      name\n    }\n    changes {\n      kind\n      detectedAt\n      oldStart\n      newStart\n      oldEnd\n      newEnd\n      oldStatus\n      newStatus\n      reason\n    }\n    matches {\n      id\n      kind\n      role\n      reason\n      evidence\n      score\n      topic\n      contact {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EventCardFields on Event {\n    id\n    title\n    status\n    allDay\n    start\n    end\n    startsAt\n    endsAt\n    timeZone\n    floating\n    location\n    onlineUrl\n    url\n    venue {\n      name\n      address\n    }\n    attendance\n    sources {\n      id\n      name\n    }\n    changes {\n      kind\n      detectedAt\n      oldStart\n      newStart\n      oldEnd\n      newEnd\n      oldStatus\n      newStatus\n      reason\n    }\n    matches {\n      id\n      kind\n      role\n      reason\n      evidence\n      score\n      topic\n      contact {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnyEvent {\n    events(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnyEvent {\n    events(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventSourceNames {\n    sources {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EventSourceNames {\n    sources {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description\n      categories\n      recurring\n      mergeReasons\n      organizer {\n        name\n        email\n      }\n      performers {\n        name\n        role\n        affiliation\n        url\n      }\n      matches {\n        id\n        evidenceDetails {\n          field\n          snippet\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description\n      categories\n      recurring\n      mergeReasons\n      organizer {\n        name\n        email\n      }\n      performers {\n        name\n        role\n        affiliation\n        url\n      }\n      matches {\n        id\n        evidenceDetails {\n          field\n          snippet\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      id\n      needsAttendees\n      needsConfirmation\n      items {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      id\n      needsAttendees\n      needsConfirmation\n      items {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAttendance($eventId: ID!, $status: Attendance!) {\n    setAttendance(eventId: $eventId, status: $status) {\n      id\n      attendance\n    }\n  }\n"): (typeof documents)["\n  mutation SetAttendance($eventId: ID!, $status: Attendance!) {\n    setAttendance(eventId: $eventId, status: $status) {\n      id\n      attendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source {\n    id\n    name\n    url\n    kind\n    detectedKind\n    status\n    lastFetchedAt\n    lastSuccessAt\n    lastError\n    warnings\n    warningDetails {\n      line\n      uid\n      message\n    }\n    nextRefreshAt\n    nextManualRefreshAt\n    refreshMinutes\n    defaultTimeZone\n    recipe\n    eventCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SourceFields on Source {\n    id\n    name\n    url\n    kind\n    detectedKind\n    status\n    lastFetchedAt\n    lastSuccessAt\n    lastError\n    warnings\n    warningDetails {\n      line\n      uid\n      message\n    }\n    nextRefreshAt\n    nextManualRefreshAt\n    refreshMinutes\n    defaultTimeZone\n    recipe\n    eventCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources {\n    sources {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  query Sources {\n    sources {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Source($id: ID!) {\n    source(id: $id) {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  query Source($id: ID!) {\n    source(id: $id) {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCalendar($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCalendar($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSource($id: ID!) {\n    refreshSource(id: $id) {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSource($id: ID!) {\n    refreshSource(id: $id) {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!) {\n    updateSource(id: $id, input: $input) {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!) {\n    updateSource(id: $id, input: $input) {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSource($id: ID!) {\n    deleteSource(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSource($id: ID!) {\n    deleteSource(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;