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
    "\n  fragment CadenceRulesFields on CadenceRules {\n    thankYou {\n      withinHours\n    }\n    interviewSilence {\n      firstCheckInDays\n      firstCheckInBusinessDays\n      repeatCheckInMinDays\n      repeatCheckInMaxDays\n      repeatCheckInBusinessDays\n      stopAfterUnanswered\n    }\n    metAtEvent {\n      followUpMinDays\n      followUpMaxDays\n      followUpBusinessDays\n      linkedinNoteWithinHours\n      reminderAfterDays\n      maxReminders\n    }\n    coffeeRequest {\n      waitDays\n      maxMessages\n    }\n    keepInTouch {\n      idealDays\n      maxDays\n    }\n    eventHeadsUp {\n      daysBefore\n    }\n    linkedinNote {\n      maxChars\n      premiumMaxChars\n    }\n    email {\n      maxWords\n    }\n    checklist {\n      promiseWithinDays\n      projectUpdateAfterDays\n      staleAfterDays\n    }\n    budget {\n      windowDays\n      maxUnansweredPerWindow\n      maxUnansweredTotal\n    }\n  }\n": typeof types.CadenceRulesFieldsFragmentDoc,
    "\n  query CadenceRules {\n    cadenceRules {\n      ...CadenceRulesFields\n    }\n  }\n": typeof types.CadenceRulesDocument,
    "\n  mutation UpdateCadenceRules($input: CadenceRulesInput!) {\n    updateCadenceRules(input: $input) {\n      ...CadenceRulesFields\n    }\n  }\n": typeof types.UpdateCadenceRulesDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeedToken {\n      url\n      createdAt\n    }\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query RecentDigestDeliveries {\n    digestDeliveries(first: 5) {\n      edges {\n        node {\n          id\n          status\n          subject\n          error\n          test\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.RecentDigestDeliveriesDocument,
    "\n  query DigestPreview {\n    digestPreview {\n      subject\n      text\n    }\n  }\n": typeof types.DigestPreviewDocument,
    "\n  query DigestSettings {\n    digestSettings {\n      frequency\n      weekday\n      localTime\n      sections\n      skipWhenEmpty\n      paused\n      lastError\n      lastSentAt\n      nextSendAt\n    }\n  }\n": typeof types.DigestSettingsDocument,
    "\n  mutation UpdateDigestSettings($input: UpdateDigestSettingsInput!) {\n    updateDigestSettings(input: $input) {\n      frequency\n      weekday\n      localTime\n      sections\n      skipWhenEmpty\n      paused\n      lastError\n      lastSentAt\n      nextSendAt\n    }\n  }\n": typeof types.UpdateDigestSettingsDocument,
    "\n  mutation SendTestDigest {\n    sendTestDigest {\n      id\n      status\n      subject\n      error\n      sentAt\n      createdAt\n      test\n      periodKey\n    }\n  }\n": typeof types.SendTestDigestDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment CadenceRulesFields on CadenceRules {\n    thankYou {\n      withinHours\n    }\n    interviewSilence {\n      firstCheckInDays\n      firstCheckInBusinessDays\n      repeatCheckInMinDays\n      repeatCheckInMaxDays\n      repeatCheckInBusinessDays\n      stopAfterUnanswered\n    }\n    metAtEvent {\n      followUpMinDays\n      followUpMaxDays\n      followUpBusinessDays\n      linkedinNoteWithinHours\n      reminderAfterDays\n      maxReminders\n    }\n    coffeeRequest {\n      waitDays\n      maxMessages\n    }\n    keepInTouch {\n      idealDays\n      maxDays\n    }\n    eventHeadsUp {\n      daysBefore\n    }\n    linkedinNote {\n      maxChars\n      premiumMaxChars\n    }\n    email {\n      maxWords\n    }\n    checklist {\n      promiseWithinDays\n      projectUpdateAfterDays\n      staleAfterDays\n    }\n    budget {\n      windowDays\n      maxUnansweredPerWindow\n      maxUnansweredTotal\n    }\n  }\n": types.CadenceRulesFieldsFragmentDoc,
    "\n  query CadenceRules {\n    cadenceRules {\n      ...CadenceRulesFields\n    }\n  }\n": types.CadenceRulesDocument,
    "\n  mutation UpdateCadenceRules($input: CadenceRulesInput!) {\n    updateCadenceRules(input: $input) {\n      ...CadenceRulesFields\n    }\n  }\n": types.UpdateCadenceRulesDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeedToken {\n      url\n      createdAt\n    }\n  }\n": types.RotateCalendarFeedDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  query RecentDigestDeliveries {\n    digestDeliveries(first: 5) {\n      edges {\n        node {\n          id\n          status\n          subject\n          error\n          test\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.RecentDigestDeliveriesDocument,
    "\n  query DigestPreview {\n    digestPreview {\n      subject\n      text\n    }\n  }\n": types.DigestPreviewDocument,
    "\n  query DigestSettings {\n    digestSettings {\n      frequency\n      weekday\n      localTime\n      sections\n      skipWhenEmpty\n      paused\n      lastError\n      lastSentAt\n      nextSendAt\n    }\n  }\n": types.DigestSettingsDocument,
    "\n  mutation UpdateDigestSettings($input: UpdateDigestSettingsInput!) {\n    updateDigestSettings(input: $input) {\n      frequency\n      weekday\n      localTime\n      sections\n      skipWhenEmpty\n      paused\n      lastError\n      lastSentAt\n      nextSendAt\n    }\n  }\n": types.UpdateDigestSettingsDocument,
    "\n  mutation SendTestDigest {\n    sendTestDigest {\n      id\n      status\n      subject\n      error\n      sentAt\n      createdAt\n      test\n      periodKey\n    }\n  }\n": types.SendTestDigestDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
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
export function graphql(source: "\n  fragment CadenceRulesFields on CadenceRules {\n    thankYou {\n      withinHours\n    }\n    interviewSilence {\n      firstCheckInDays\n      firstCheckInBusinessDays\n      repeatCheckInMinDays\n      repeatCheckInMaxDays\n      repeatCheckInBusinessDays\n      stopAfterUnanswered\n    }\n    metAtEvent {\n      followUpMinDays\n      followUpMaxDays\n      followUpBusinessDays\n      linkedinNoteWithinHours\n      reminderAfterDays\n      maxReminders\n    }\n    coffeeRequest {\n      waitDays\n      maxMessages\n    }\n    keepInTouch {\n      idealDays\n      maxDays\n    }\n    eventHeadsUp {\n      daysBefore\n    }\n    linkedinNote {\n      maxChars\n      premiumMaxChars\n    }\n    email {\n      maxWords\n    }\n    checklist {\n      promiseWithinDays\n      projectUpdateAfterDays\n      staleAfterDays\n    }\n    budget {\n      windowDays\n      maxUnansweredPerWindow\n      maxUnansweredTotal\n    }\n  }\n"): (typeof documents)["\n  fragment CadenceRulesFields on CadenceRules {\n    thankYou {\n      withinHours\n    }\n    interviewSilence {\n      firstCheckInDays\n      firstCheckInBusinessDays\n      repeatCheckInMinDays\n      repeatCheckInMaxDays\n      repeatCheckInBusinessDays\n      stopAfterUnanswered\n    }\n    metAtEvent {\n      followUpMinDays\n      followUpMaxDays\n      followUpBusinessDays\n      linkedinNoteWithinHours\n      reminderAfterDays\n      maxReminders\n    }\n    coffeeRequest {\n      waitDays\n      maxMessages\n    }\n    keepInTouch {\n      idealDays\n      maxDays\n    }\n    eventHeadsUp {\n      daysBefore\n    }\n    linkedinNote {\n      maxChars\n      premiumMaxChars\n    }\n    email {\n      maxWords\n    }\n    checklist {\n      promiseWithinDays\n      projectUpdateAfterDays\n      staleAfterDays\n    }\n    budget {\n      windowDays\n      maxUnansweredPerWindow\n      maxUnansweredTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadenceRules {\n    cadenceRules {\n      ...CadenceRulesFields\n    }\n  }\n"): (typeof documents)["\n  query CadenceRules {\n    cadenceRules {\n      ...CadenceRulesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCadenceRules($input: CadenceRulesInput!) {\n    updateCadenceRules(input: $input) {\n      ...CadenceRulesFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCadenceRules($input: CadenceRulesInput!) {\n    updateCadenceRules(input: $input) {\n      ...CadenceRulesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeedToken {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed {\n    rotateCalendarFeedToken {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentDigestDeliveries {\n    digestDeliveries(first: 5) {\n      edges {\n        node {\n          id\n          status\n          subject\n          error\n          test\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentDigestDeliveries {\n    digestDeliveries(first: 5) {\n      edges {\n        node {\n          id\n          status\n          subject\n          error\n          test\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestPreview {\n    digestPreview {\n      subject\n      text\n    }\n  }\n"): (typeof documents)["\n  query DigestPreview {\n    digestPreview {\n      subject\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestSettings {\n    digestSettings {\n      frequency\n      weekday\n      localTime\n      sections\n      skipWhenEmpty\n      paused\n      lastError\n      lastSentAt\n      nextSendAt\n    }\n  }\n"): (typeof documents)["\n  query DigestSettings {\n    digestSettings {\n      frequency\n      weekday\n      localTime\n      sections\n      skipWhenEmpty\n      paused\n      lastError\n      lastSentAt\n      nextSendAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDigestSettings($input: UpdateDigestSettingsInput!) {\n    updateDigestSettings(input: $input) {\n      frequency\n      weekday\n      localTime\n      sections\n      skipWhenEmpty\n      paused\n      lastError\n      lastSentAt\n      nextSendAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDigestSettings($input: UpdateDigestSettingsInput!) {\n    updateDigestSettings(input: $input) {\n      frequency\n      weekday\n      localTime\n      sections\n      skipWhenEmpty\n      paused\n      lastError\n      lastSentAt\n      nextSendAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestDigest {\n    sendTestDigest {\n      id\n      status\n      subject\n      error\n      sentAt\n      createdAt\n      test\n      periodKey\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestDigest {\n    sendTestDigest {\n      id\n      status\n      subject\n      error\n      sentAt\n      createdAt\n      test\n      periodKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;