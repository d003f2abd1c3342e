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
    "\n  mutation MarkTouchSent($input: MarkTouchSentInput!) {\n    markTouchSent(input: $input) {\n      id\n      occurredAt\n    }\n  }\n": typeof types.MarkTouchSentDocument,
    "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  mutation SetAttendance($eventId: ID!, $status: Attendance!) {\n    setAttendance(eventId: $eventId, status: $status) {\n      id\n      attendance\n    }\n  }\n": typeof types.SetAttendanceDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  mutation CompaniesCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CompaniesCreateCompanyDocument,
    "\n  query CompaniesList($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          roleTitle\n          status\n          domains\n          contacts {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CompaniesListDocument,
    "\n  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ...CompanyFields\n    }\n  }\n": typeof types.CompanyUpdateDocument,
    "\n  mutation CompanyDelete($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": typeof types.CompanyDeleteDocument,
    "\n  query CompanyEvents($from: DateTime!, $first: Int!, $after: String) {\n    events(filter: { from: $from }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          status\n          matches {\n            id\n            reason\n            company {\n              id\n            }\n            contact {\n              id\n              companyId\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CompanyEventsDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    name\n    aliases\n    domains\n    notes\n    roleTitle\n    status\n  }\n": typeof types.CompanyFieldsFragmentDoc,
    "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n      contacts {\n        id\n        name\n        title\n        role\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CompanyPageDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    title\n    status\n    allDay\n    start\n    end\n    startsAt\n    endsAt\n    timeZone\n    floating\n    location\n    onlineUrl\n    url\n    venue {\n      name\n      address\n    }\n    attendance\n    sources {\n      id\n      name\n    }\n    changes {\n      kind\n      detectedAt\n      oldStart\n      newStart\n      oldEnd\n      newEnd\n      oldStatus\n      newStatus\n      reason\n    }\n    matches {\n      id\n      kind\n      role\n      reason\n      evidence\n      score\n      topic\n      contact {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EventCardFieldsFragmentDoc,
    "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query AnyEvent {\n    events(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AnyEventDocument,
    "\n  query EventSourceNames {\n    sources {\n      id\n      name\n    }\n  }\n": typeof types.EventSourceNamesDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description\n      categories\n      recurring\n      mergeReasons\n      organizer {\n        name\n        email\n      }\n      performers {\n        name\n        role\n        affiliation\n        url\n      }\n      matches {\n        id\n        evidenceDetails {\n          field\n          snippet\n        }\n      }\n    }\n  }\n": typeof types.EventDocument,
    "\n  query EventChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      id\n      needsAttendees\n      needsConfirmation\n      items {\n        id\n        status\n      }\n    }\n  }\n": typeof types.EventChecklistDocument,
    "\n  fragment FollowUpItemFields on FollowUpItem {\n    id\n    kind\n    status\n    overdue\n    text\n    channel\n    subject\n    draft\n    dueAt\n    latestAt\n    snoozedUntil\n    completedAt\n    skipReason\n    closedReason\n    staleSuggestion\n    blockedReason\n    availableAt\n    contact {\n      id\n      name\n      title\n      company {\n        id\n        name\n      }\n    }\n    event {\n      id\n      title\n      allDay\n      start\n      end\n      startsAt\n      endsAt\n    }\n    sources {\n      id\n      kind\n    }\n  }\n": typeof types.FollowUpItemFieldsFragmentDoc,
    "\n  fragment FollowUpChecklistFields on FollowUpChecklist {\n    id\n    needsAttendees\n    needsConfirmation\n    event {\n      id\n      title\n      allDay\n      start\n      end\n      startsAt\n      endsAt\n      attendance\n      matches {\n        id\n        contact {\n          id\n          name\n          title\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n    items {\n      ...FollowUpItemFields\n    }\n  }\n": typeof types.FollowUpChecklistFieldsFragmentDoc,
    "\n  query FollowUpChecklists($first: Int!, $after: String) {\n    followUpChecklists(first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUpChecklistFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FollowUpChecklistsDocument,
    "\n  query EventFollowUpChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      ...FollowUpChecklistFields\n    }\n  }\n": typeof types.EventFollowUpChecklistDocument,
    "\n  query FollowUps($filter: FollowUpFilter, $first: Int!, $after: String) {\n    followUps(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUpItemFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FollowUpsDocument,
    "\n  query MetContactSearch($search: String!) {\n    contacts(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          title\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MetContactSearchDocument,
    "\n  mutation RecordMet($input: RecordMetInput!) {\n    recordMet(input: $input) {\n      id\n      needsAttendees\n      needsConfirmation\n    }\n  }\n": typeof types.RecordMetDocument,
    "\n  mutation SkipFollowUpItem($id: ID!, $reason: String!) {\n    skipFollowUp(id: $id, reason: $reason) {\n      id\n      status\n      skipReason\n    }\n  }\n": typeof types.SkipFollowUpItemDocument,
    "\n  mutation SnoozeFollowUpItem($id: ID!, $until: DateTime!) {\n    snoozeFollowUp(id: $id, until: $until) {\n      id\n      status\n      snoozedUntil\n    }\n  }\n": typeof types.SnoozeFollowUpItemDocument,
    "\n  query PeopleCadence {\n    nextTouches(limit: 200) {\n      id\n      kind\n      channel\n      dueAt\n      latestAt\n      overdue\n      reason\n      rule\n      subject\n      draft\n      followUpId\n      contact {\n        id\n      }\n    }\n    blockedTouches {\n      id\n      kind\n      reason\n      blockedBy\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n      }\n    }\n  }\n": typeof types.PeopleCadenceDocument,
    "\n  query PeopleCompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.PeopleCompanyOptionsDocument,
    "\n  mutation PeopleCreateCompanyByName($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.PeopleCreateCompanyByNameDocument,
    "\n  mutation PersonLogTouch($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      id\n      occurredAt\n    }\n  }\n": typeof types.PersonLogTouchDocument,
    "\n  mutation PeopleCreatePerson($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.PeopleCreatePersonDocument,
    "\n  query PeopleList($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          title\n          role\n          company {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.PersonUpdateDocument,
    "\n  mutation PersonDelete($id: ID!) {\n    deleteContact(id: $id)\n  }\n": typeof types.PersonDeleteDocument,
    "\n  fragment PersonFields on Contact {\n    id\n    name\n    title\n    role\n    email\n    linkedinUrl\n    linkedinConnected\n    interests\n    aliases\n    notes\n    company {\n      id\n      name\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query PersonPage($id: ID!) {\n    contact(id: $id) {\n      ...PersonFields\n      interviews {\n        id\n        title\n        occurredAt\n        topics\n        questionsAsked\n        concerns\n        promises\n        notes\n        company {\n          id\n          name\n        }\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  mutation PersonRecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      id\n    }\n  }\n": typeof types.PersonRecordInterviewDocument,
    "\n  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {\n    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          direction\n          occurredAt\n          notes\n          awaitingReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PersonTouchesDocument,
    "\n  query Plan($from: DateTime!, $to: DateTime!) {\n    plan(from: $from, to: $to, limit: 50) {\n      from\n      to\n      items {\n        score\n        attendance\n        event {\n          id\n          title\n          allDay\n          start\n          end\n          startsAt\n          endsAt\n          status\n          location\n          onlineUrl\n          venue {\n            name\n          }\n        }\n        reasons {\n          kind\n          text\n          evidence {\n            field\n            snippet\n          }\n        }\n        conflicts {\n          event {\n            id\n            title\n            allDay\n            start\n            end\n            startsAt\n            endsAt\n            attendance\n          }\n        }\n        meet {\n          why\n          contact {\n            id\n            name\n            title\n            company {\n              id\n              name\n            }\n          }\n          relationship {\n            summary\n          }\n          talkingPoints {\n            kind\n            text\n            sources {\n              id\n              kind\n            }\n          }\n        }\n        actions {\n          id\n          when\n          kind\n          text\n          status\n          dueAt\n          latestAt\n          blockedReason\n          followUpId\n          contact {\n            id\n            name\n            company {\n              id\n              name\n            }\n          }\n          draft {\n            channel\n            subject\n            body\n          }\n          sources {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanDocument,
    "\n  query NextTouches {\n    nextTouches(limit: 20) {\n      id\n      kind\n      channel\n      reason\n      rule\n      dueAt\n      latestAt\n      overdue\n      subject\n      draft\n      followUpId\n      contact {\n        id\n        name\n        title\n        company {\n          id\n          name\n        }\n      }\n      sources {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.NextTouchesDocument,
    "\n  query BlockedTouches {\n    blockedTouches {\n      id\n      kind\n      blockedBy\n      reason\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n        name\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BlockedTouchesDocument,
    "\n  query PlanSetup {\n    sources {\n      id\n    }\n    contacts(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PlanSetupDocument,
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
    "\n  fragment SourceFields on Source {\n    id\n    name\n    url\n    kind\n    detectedKind\n    status\n    lastFetchedAt\n    lastSuccessAt\n    lastError\n    warnings\n    warningDetails {\n      line\n      uid\n      message\n    }\n    nextRefreshAt\n    nextManualRefreshAt\n    refreshMinutes\n    defaultTimeZone\n    recipe\n    eventCount\n    createdAt\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  query Sources {\n    sources {\n      ...SourceFields\n    }\n  }\n": typeof types.SourcesDocument,
    "\n  query Source($id: ID!) {\n    source(id: $id) {\n      ...SourceFields\n    }\n  }\n": typeof types.SourceDocument,
    "\n  mutation CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.CreateSourceDocument,
    "\n  mutation ImportCalendar($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.ImportCalendarDocument,
    "\n  mutation RefreshSource($id: ID!) {\n    refreshSource(id: $id) {\n      ...SourceFields\n    }\n  }\n": typeof types.RefreshSourceDocument,
    "\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!) {\n    updateSource(id: $id, input: $input) {\n      ...SourceFields\n    }\n  }\n": typeof types.UpdateSourceDocument,
    "\n  mutation DeleteSource($id: ID!) {\n    deleteSource(id: $id)\n  }\n": typeof types.DeleteSourceDocument,
    "\n  query CitedEvent($id: ID!) {\n    event(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.CitedEventDocument,
    "\n  query CitedCompany($id: ID!) {\n    company(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CitedCompanyDocument,
    "\n  query CitedContact($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CitedContactDocument,
    "\n  query CitedInteraction($id: ID!) {\n    interaction(id: $id) {\n      id\n      kind\n      occurredAt\n      contact {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CitedInteractionDocument,
    "\n  query CitedInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      title\n      occurredAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CitedInterviewDocument,
    "\n  query CitedProjectUpdate($id: ID!) {\n    projectUpdate(id: $id) {\n      id\n      title\n      url\n    }\n  }\n": typeof types.CitedProjectUpdateDocument,
};
const documents: Documents = {
    "\n  mutation MarkTouchSent($input: MarkTouchSentInput!) {\n    markTouchSent(input: $input) {\n      id\n      occurredAt\n    }\n  }\n": types.MarkTouchSentDocument,
    "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n": types.CompleteFollowUpDocument,
    "\n  mutation SetAttendance($eventId: ID!, $status: Attendance!) {\n    setAttendance(eventId: $eventId, status: $status) {\n      id\n      attendance\n    }\n  }\n": types.SetAttendanceDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      timeZone\n      targetRoles\n      interests\n      linkedinPremium\n      createdAt\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation CompaniesCreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": types.CompaniesCreateCompanyDocument,
    "\n  query CompaniesList($filter: CompanyFilter, $first: Int!, $after: String) {\n    companies(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          roleTitle\n          status\n          domains\n          contacts {\n            id\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CompaniesListDocument,
    "\n  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ...CompanyFields\n    }\n  }\n": types.CompanyUpdateDocument,
    "\n  mutation CompanyDelete($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": types.CompanyDeleteDocument,
    "\n  query CompanyEvents($from: DateTime!, $first: Int!, $after: String) {\n    events(filter: { from: $from }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          status\n          matches {\n            id\n            reason\n            company {\n              id\n            }\n            contact {\n              id\n              companyId\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CompanyEventsDocument,
    "\n  fragment CompanyFields on Company {\n    id\n    name\n    aliases\n    domains\n    notes\n    roleTitle\n    status\n  }\n": types.CompanyFieldsFragmentDoc,
    "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n      contacts {\n        id\n        name\n        title\n        role\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CompanyPageDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    title\n    status\n    allDay\n    start\n    end\n    startsAt\n    endsAt\n    timeZone\n    floating\n    location\n    onlineUrl\n    url\n    venue {\n      name\n      address\n    }\n    attendance\n    sources {\n      id\n      name\n    }\n    changes {\n      kind\n      detectedAt\n      oldStart\n      newStart\n      oldEnd\n      newEnd\n      oldStatus\n      newStatus\n      reason\n    }\n    matches {\n      id\n      kind\n      role\n      reason\n      evidence\n      score\n      topic\n      contact {\n        id\n        name\n      }\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.EventCardFieldsFragmentDoc,
    "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query AnyEvent {\n    events(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.AnyEventDocument,
    "\n  query EventSourceNames {\n    sources {\n      id\n      name\n    }\n  }\n": types.EventSourceNamesDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description\n      categories\n      recurring\n      mergeReasons\n      organizer {\n        name\n        email\n      }\n      performers {\n        name\n        role\n        affiliation\n        url\n      }\n      matches {\n        id\n        evidenceDetails {\n          field\n          snippet\n        }\n      }\n    }\n  }\n": types.EventDocument,
    "\n  query EventChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      id\n      needsAttendees\n      needsConfirmation\n      items {\n        id\n        status\n      }\n    }\n  }\n": types.EventChecklistDocument,
    "\n  fragment FollowUpItemFields on FollowUpItem {\n    id\n    kind\n    status\n    overdue\n    text\n    channel\n    subject\n    draft\n    dueAt\n    latestAt\n    snoozedUntil\n    completedAt\n    skipReason\n    closedReason\n    staleSuggestion\n    blockedReason\n    availableAt\n    contact {\n      id\n      name\n      title\n      company {\n        id\n        name\n      }\n    }\n    event {\n      id\n      title\n      allDay\n      start\n      end\n      startsAt\n      endsAt\n    }\n    sources {\n      id\n      kind\n    }\n  }\n": types.FollowUpItemFieldsFragmentDoc,
    "\n  fragment FollowUpChecklistFields on FollowUpChecklist {\n    id\n    needsAttendees\n    needsConfirmation\n    event {\n      id\n      title\n      allDay\n      start\n      end\n      startsAt\n      endsAt\n      attendance\n      matches {\n        id\n        contact {\n          id\n          name\n          title\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n    items {\n      ...FollowUpItemFields\n    }\n  }\n": types.FollowUpChecklistFieldsFragmentDoc,
    "\n  query FollowUpChecklists($first: Int!, $after: String) {\n    followUpChecklists(first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUpChecklistFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FollowUpChecklistsDocument,
    "\n  query EventFollowUpChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      ...FollowUpChecklistFields\n    }\n  }\n": types.EventFollowUpChecklistDocument,
    "\n  query FollowUps($filter: FollowUpFilter, $first: Int!, $after: String) {\n    followUps(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUpItemFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FollowUpsDocument,
    "\n  query MetContactSearch($search: String!) {\n    contacts(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          title\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MetContactSearchDocument,
    "\n  mutation RecordMet($input: RecordMetInput!) {\n    recordMet(input: $input) {\n      id\n      needsAttendees\n      needsConfirmation\n    }\n  }\n": types.RecordMetDocument,
    "\n  mutation SkipFollowUpItem($id: ID!, $reason: String!) {\n    skipFollowUp(id: $id, reason: $reason) {\n      id\n      status\n      skipReason\n    }\n  }\n": types.SkipFollowUpItemDocument,
    "\n  mutation SnoozeFollowUpItem($id: ID!, $until: DateTime!) {\n    snoozeFollowUp(id: $id, until: $until) {\n      id\n      status\n      snoozedUntil\n    }\n  }\n": types.SnoozeFollowUpItemDocument,
    "\n  query PeopleCadence {\n    nextTouches(limit: 200) {\n      id\n      kind\n      channel\n      dueAt\n      latestAt\n      overdue\n      reason\n      rule\n      subject\n      draft\n      followUpId\n      contact {\n        id\n      }\n    }\n    blockedTouches {\n      id\n      kind\n      reason\n      blockedBy\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n      }\n    }\n  }\n": types.PeopleCadenceDocument,
    "\n  query PeopleCompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          aliases\n        }\n      }\n    }\n  }\n": types.PeopleCompanyOptionsDocument,
    "\n  mutation PeopleCreateCompanyByName($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": types.PeopleCreateCompanyByNameDocument,
    "\n  mutation PersonLogTouch($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      id\n      occurredAt\n    }\n  }\n": types.PersonLogTouchDocument,
    "\n  mutation PeopleCreatePerson($input: CreateContactInput!) {\n    createContact(input: $input) {\n      id\n      name\n    }\n  }\n": types.PeopleCreatePersonDocument,
    "\n  query PeopleList($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          title\n          role\n          company {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": types.PersonUpdateDocument,
    "\n  mutation PersonDelete($id: ID!) {\n    deleteContact(id: $id)\n  }\n": types.PersonDeleteDocument,
    "\n  fragment PersonFields on Contact {\n    id\n    name\n    title\n    role\n    email\n    linkedinUrl\n    linkedinConnected\n    interests\n    aliases\n    notes\n    company {\n      id\n      name\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query PersonPage($id: ID!) {\n    contact(id: $id) {\n      ...PersonFields\n      interviews {\n        id\n        title\n        occurredAt\n        topics\n        questionsAsked\n        concerns\n        promises\n        notes\n        company {\n          id\n          name\n        }\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  mutation PersonRecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      id\n    }\n  }\n": types.PersonRecordInterviewDocument,
    "\n  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {\n    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          direction\n          occurredAt\n          notes\n          awaitingReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PersonTouchesDocument,
    "\n  query Plan($from: DateTime!, $to: DateTime!) {\n    plan(from: $from, to: $to, limit: 50) {\n      from\n      to\n      items {\n        score\n        attendance\n        event {\n          id\n          title\n          allDay\n          start\n          end\n          startsAt\n          endsAt\n          status\n          location\n          onlineUrl\n          venue {\n            name\n          }\n        }\n        reasons {\n          kind\n          text\n          evidence {\n            field\n            snippet\n          }\n        }\n        conflicts {\n          event {\n            id\n            title\n            allDay\n            start\n            end\n            startsAt\n            endsAt\n            attendance\n          }\n        }\n        meet {\n          why\n          contact {\n            id\n            name\n            title\n            company {\n              id\n              name\n            }\n          }\n          relationship {\n            summary\n          }\n          talkingPoints {\n            kind\n            text\n            sources {\n              id\n              kind\n            }\n          }\n        }\n        actions {\n          id\n          when\n          kind\n          text\n          status\n          dueAt\n          latestAt\n          blockedReason\n          followUpId\n          contact {\n            id\n            name\n            company {\n              id\n              name\n            }\n          }\n          draft {\n            channel\n            subject\n            body\n          }\n          sources {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.PlanDocument,
    "\n  query NextTouches {\n    nextTouches(limit: 20) {\n      id\n      kind\n      channel\n      reason\n      rule\n      dueAt\n      latestAt\n      overdue\n      subject\n      draft\n      followUpId\n      contact {\n        id\n        name\n        title\n        company {\n          id\n          name\n        }\n      }\n      sources {\n        id\n        kind\n      }\n    }\n  }\n": types.NextTouchesDocument,
    "\n  query BlockedTouches {\n    blockedTouches {\n      id\n      kind\n      blockedBy\n      reason\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n        name\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BlockedTouchesDocument,
    "\n  query PlanSetup {\n    sources {\n      id\n    }\n    contacts(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PlanSetupDocument,
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
    "\n  fragment SourceFields on Source {\n    id\n    name\n    url\n    kind\n    detectedKind\n    status\n    lastFetchedAt\n    lastSuccessAt\n    lastError\n    warnings\n    warningDetails {\n      line\n      uid\n      message\n    }\n    nextRefreshAt\n    nextManualRefreshAt\n    refreshMinutes\n    defaultTimeZone\n    recipe\n    eventCount\n    createdAt\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  query Sources {\n    sources {\n      ...SourceFields\n    }\n  }\n": types.SourcesDocument,
    "\n  query Source($id: ID!) {\n    source(id: $id) {\n      ...SourceFields\n    }\n  }\n": types.SourceDocument,
    "\n  mutation CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.CreateSourceDocument,
    "\n  mutation ImportCalendar($input: ImportCalendarInput!) {\n    importCalendar(input: $input) {\n      ...SourceFields\n    }\n  }\n": types.ImportCalendarDocument,
    "\n  mutation RefreshSource($id: ID!) {\n    refreshSource(id: $id) {\n      ...SourceFields\n    }\n  }\n": types.RefreshSourceDocument,
    "\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!) {\n    updateSource(id: $id, input: $input) {\n      ...SourceFields\n    }\n  }\n": types.UpdateSourceDocument,
    "\n  mutation DeleteSource($id: ID!) {\n    deleteSource(id: $id)\n  }\n": types.DeleteSourceDocument,
    "\n  query CitedEvent($id: ID!) {\n    event(id: $id) {\n      id\n      title\n    }\n  }\n": types.CitedEventDocument,
    "\n  query CitedCompany($id: ID!) {\n    company(id: $id) {\n      id\n      name\n    }\n  }\n": types.CitedCompanyDocument,
    "\n  query CitedContact($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n    }\n  }\n": types.CitedContactDocument,
    "\n  query CitedInteraction($id: ID!) {\n    interaction(id: $id) {\n      id\n      kind\n      occurredAt\n      contact {\n        id\n        name\n      }\n    }\n  }\n": types.CitedInteractionDocument,
    "\n  query CitedInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      title\n      occurredAt\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.CitedInterviewDocument,
    "\n  query CitedProjectUpdate($id: ID!) {\n    projectUpdate(id: $id) {\n      id\n      title\n      url\n    }\n  }\n": types.CitedProjectUpdateDocument,
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
export function graphql(source: "\n  mutation MarkTouchSent($input: MarkTouchSentInput!) {\n    markTouchSent(input: $input) {\n      id\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTouchSent($input: MarkTouchSentInput!) {\n    markTouchSent(input: $input) {\n      id\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteFollowUp($id: ID!) {\n    completeFollowUp(id: $id) {\n      id\n      status\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAttendance($eventId: ID!, $status: Attendance!) {\n    setAttendance(eventId: $eventId, status: $status) {\n      id\n      attendance\n    }\n  }\n"): (typeof documents)["\n  mutation SetAttendance($eventId: ID!, $status: Attendance!) {\n    setAttendance(eventId: $eventId, status: $status) {\n      id\n      attendance\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyUpdate($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ...CompanyFields\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CompanyFields on Company {\n    id\n    name\n    aliases\n    domains\n    notes\n    roleTitle\n    status\n  }\n"): (typeof documents)["\n  fragment CompanyFields on Company {\n    id\n    name\n    aliases\n    domains\n    notes\n    roleTitle\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n      contacts {\n        id\n        name\n        title\n        role\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyPage($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n      contacts {\n        id\n        name\n        title\n        role\n      }\n      interviews {\n        id\n        title\n        occurredAt\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment FollowUpItemFields on FollowUpItem {\n    id\n    kind\n    status\n    overdue\n    text\n    channel\n    subject\n    draft\n    dueAt\n    latestAt\n    snoozedUntil\n    completedAt\n    skipReason\n    closedReason\n    staleSuggestion\n    blockedReason\n    availableAt\n    contact {\n      id\n      name\n      title\n      company {\n        id\n        name\n      }\n    }\n    event {\n      id\n      title\n      allDay\n      start\n      end\n      startsAt\n      endsAt\n    }\n    sources {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpItemFields on FollowUpItem {\n    id\n    kind\n    status\n    overdue\n    text\n    channel\n    subject\n    draft\n    dueAt\n    latestAt\n    snoozedUntil\n    completedAt\n    skipReason\n    closedReason\n    staleSuggestion\n    blockedReason\n    availableAt\n    contact {\n      id\n      name\n      title\n      company {\n        id\n        name\n      }\n    }\n    event {\n      id\n      title\n      allDay\n      start\n      end\n      startsAt\n      endsAt\n    }\n    sources {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpChecklistFields on FollowUpChecklist {\n    id\n    needsAttendees\n    needsConfirmation\n    event {\n      id\n      title\n      allDay\n      start\n      end\n      startsAt\n      endsAt\n      attendance\n      matches {\n        id\n        contact {\n          id\n          name\n          title\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n    items {\n      ...FollowUpItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpChecklistFields on FollowUpChecklist {\n    id\n    needsAttendees\n    needsConfirmation\n    event {\n      id\n      title\n      allDay\n      start\n      end\n      startsAt\n      endsAt\n      attendance\n      matches {\n        id\n        contact {\n          id\n          name\n          title\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n    items {\n      ...FollowUpItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpChecklists($first: Int!, $after: String) {\n    followUpChecklists(first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUpChecklistFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpChecklists($first: Int!, $after: String) {\n    followUpChecklists(first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUpChecklistFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFollowUpChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      ...FollowUpChecklistFields\n    }\n  }\n"): (typeof documents)["\n  query EventFollowUpChecklist($eventId: ID!) {\n    followUpChecklist(eventId: $eventId) {\n      ...FollowUpChecklistFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps($filter: FollowUpFilter, $first: Int!, $after: String) {\n    followUps(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUpItemFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUps($filter: FollowUpFilter, $first: Int!, $after: String) {\n    followUps(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUpItemFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetContactSearch($search: String!) {\n    contacts(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          title\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetContactSearch($search: String!) {\n    contacts(first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          title\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMet($input: RecordMetInput!) {\n    recordMet(input: $input) {\n      id\n      needsAttendees\n      needsConfirmation\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMet($input: RecordMetInput!) {\n    recordMet(input: $input) {\n      id\n      needsAttendees\n      needsConfirmation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipFollowUpItem($id: ID!, $reason: String!) {\n    skipFollowUp(id: $id, reason: $reason) {\n      id\n      status\n      skipReason\n    }\n  }\n"): (typeof documents)["\n  mutation SkipFollowUpItem($id: ID!, $reason: String!) {\n    skipFollowUp(id: $id, reason: $reason) {\n      id\n      status\n      skipReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SnoozeFollowUpItem($id: ID!, $until: DateTime!) {\n    snoozeFollowUp(id: $id, until: $until) {\n      id\n      status\n      snoozedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation SnoozeFollowUpItem($id: ID!, $until: DateTime!) {\n    snoozeFollowUp(id: $id, until: $until) {\n      id\n      status\n      snoozedUntil\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation PersonUpdate($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonDelete($id: ID!) {\n    deleteContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation PersonDelete($id: ID!) {\n    deleteContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Contact {\n    id\n    name\n    title\n    role\n    email\n    linkedinUrl\n    linkedinConnected\n    interests\n    aliases\n    notes\n    company {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on Contact {\n    id\n    name\n    title\n    role\n    email\n    linkedinUrl\n    linkedinConnected\n    interests\n    aliases\n    notes\n    company {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    contact(id: $id) {\n      ...PersonFields\n      interviews {\n        id\n        title\n        occurredAt\n        topics\n        questionsAsked\n        concerns\n        promises\n        notes\n        company {\n          id\n          name\n        }\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    contact(id: $id) {\n      ...PersonFields\n      interviews {\n        id\n        title\n        occurredAt\n        topics\n        questionsAsked\n        concerns\n        promises\n        notes\n        company {\n          id\n          name\n        }\n        contacts {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersonRecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PersonRecordInterview($input: RecordInterviewInput!) {\n    recordInterview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {\n    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          direction\n          occurredAt\n          notes\n          awaitingReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTouches($contactId: ID!, $first: Int!, $after: String) {\n    interactions(filter: { contactId: $contactId }, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          direction\n          occurredAt\n          notes\n          awaitingReply\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($from: DateTime!, $to: DateTime!) {\n    plan(from: $from, to: $to, limit: 50) {\n      from\n      to\n      items {\n        score\n        attendance\n        event {\n          id\n          title\n          allDay\n          start\n          end\n          startsAt\n          endsAt\n          status\n          location\n          onlineUrl\n          venue {\n            name\n          }\n        }\n        reasons {\n          kind\n          text\n          evidence {\n            field\n            snippet\n          }\n        }\n        conflicts {\n          event {\n            id\n            title\n            allDay\n            start\n            end\n            startsAt\n            endsAt\n            attendance\n          }\n        }\n        meet {\n          why\n          contact {\n            id\n            name\n            title\n            company {\n              id\n              name\n            }\n          }\n          relationship {\n            summary\n          }\n          talkingPoints {\n            kind\n            text\n            sources {\n              id\n              kind\n            }\n          }\n        }\n        actions {\n          id\n          when\n          kind\n          text\n          status\n          dueAt\n          latestAt\n          blockedReason\n          followUpId\n          contact {\n            id\n            name\n            company {\n              id\n              name\n            }\n          }\n          draft {\n            channel\n            subject\n            body\n          }\n          sources {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plan($from: DateTime!, $to: DateTime!) {\n    plan(from: $from, to: $to, limit: 50) {\n      from\n      to\n      items {\n        score\n        attendance\n        event {\n          id\n          title\n          allDay\n          start\n          end\n          startsAt\n          endsAt\n          status\n          location\n          onlineUrl\n          venue {\n            name\n          }\n        }\n        reasons {\n          kind\n          text\n          evidence {\n            field\n            snippet\n          }\n        }\n        conflicts {\n          event {\n            id\n            title\n            allDay\n            start\n            end\n            startsAt\n            endsAt\n            attendance\n          }\n        }\n        meet {\n          why\n          contact {\n            id\n            name\n            title\n            company {\n              id\n              name\n            }\n          }\n          relationship {\n            summary\n          }\n          talkingPoints {\n            kind\n            text\n            sources {\n              id\n              kind\n            }\n          }\n        }\n        actions {\n          id\n          when\n          kind\n          text\n          status\n          dueAt\n          latestAt\n          blockedReason\n          followUpId\n          contact {\n            id\n            name\n            company {\n              id\n              name\n            }\n          }\n          draft {\n            channel\n            subject\n            body\n          }\n          sources {\n            id\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextTouches {\n    nextTouches(limit: 20) {\n      id\n      kind\n      channel\n      reason\n      rule\n      dueAt\n      latestAt\n      overdue\n      subject\n      draft\n      followUpId\n      contact {\n        id\n        name\n        title\n        company {\n          id\n          name\n        }\n      }\n      sources {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query NextTouches {\n    nextTouches(limit: 20) {\n      id\n      kind\n      channel\n      reason\n      rule\n      dueAt\n      latestAt\n      overdue\n      subject\n      draft\n      followUpId\n      contact {\n        id\n        name\n        title\n        company {\n          id\n          name\n        }\n      }\n      sources {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlockedTouches {\n    blockedTouches {\n      id\n      kind\n      blockedBy\n      reason\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n        name\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BlockedTouches {\n    blockedTouches {\n      id\n      kind\n      blockedBy\n      reason\n      rule\n      availableAt\n      wouldBeDueAt\n      contact {\n        id\n        name\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanSetup {\n    sources {\n      id\n    }\n    contacts(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanSetup {\n    sources {\n      id\n    }\n    contacts(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedEvent($id: ID!) {\n    event(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query CitedEvent($id: ID!) {\n    event(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedCompany($id: ID!) {\n    company(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CitedCompany($id: ID!) {\n    company(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedContact($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CitedContact($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedInteraction($id: ID!) {\n    interaction(id: $id) {\n      id\n      kind\n      occurredAt\n      contact {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitedInteraction($id: ID!) {\n    interaction(id: $id) {\n      id\n      kind\n      occurredAt\n      contact {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      title\n      occurredAt\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitedInterview($id: ID!) {\n    interview(id: $id) {\n      id\n      title\n      occurredAt\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitedProjectUpdate($id: ID!) {\n    projectUpdate(id: $id) {\n      id\n      title\n      url\n    }\n  }\n"): (typeof documents)["\n  query CitedProjectUpdate($id: ID!) {\n    projectUpdate(id: $id) {\n      id\n      title\n      url\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;