import { graphql } from '../../gql';

export const FollowUpItemFieldsFragment = graphql(`
  fragment FollowUpItemFields on FollowUpItem {
    id
    kind
    status
    overdue
    text
    channel
    subject
    draft
    dueAt
    latestAt
    snoozedUntil
    completedAt
    skipReason
    closedReason
    staleSuggestion
    blockedReason
    availableAt
    contact {
      id
      name
      title
      company {
        id
        name
      }
    }
    event {
      id
      title
      allDay
      start
      end
      startsAt
      endsAt
    }
    sources {
      id
      kind
    }
  }
`);

export const FollowUpChecklistFieldsFragment = graphql(`
  fragment FollowUpChecklistFields on FollowUpChecklist {
    id
    needsAttendees
    needsConfirmation
    event {
      id
      title
      allDay
      start
      end
      startsAt
      endsAt
      attendance
      matches {
        id
        contact {
          id
          name
          title
          company {
            id
            name
          }
        }
      }
    }
    items {
      ...FollowUpItemFields
    }
  }
`);

export const FollowUpChecklistsDocument = graphql(`
  query FollowUpChecklists($first: Int!, $after: String) {
    followUpChecklists(first: $first, after: $after) {
      edges {
        node {
          ...FollowUpChecklistFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** One event's checklist: the event page links to /follow-ups?event=<id>. */
export const EventFollowUpChecklistDocument = graphql(`
  query EventFollowUpChecklist($eventId: ID!) {
    followUpChecklist(eventId: $eventId) {
      ...FollowUpChecklistFields
    }
  }
`);

export const FollowUpsDocument = graphql(`
  query FollowUps($filter: FollowUpFilter, $first: Int!, $after: String) {
    followUps(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...FollowUpItemFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const MetContactSearchDocument = graphql(`
  query MetContactSearch($search: String!) {
    contacts(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          name
          title
          company {
            id
            name
          }
        }
      }
    }
  }
`);

export const RecordMetDocument = graphql(`
  mutation RecordMet($input: RecordMetInput!) {
    recordMet(input: $input) {
      id
      needsAttendees
      needsConfirmation
    }
  }
`);

export const SkipFollowUpDocument = graphql(`
  mutation SkipFollowUpItem($id: ID!, $reason: String!) {
    skipFollowUp(id: $id, reason: $reason) {
      id
      status
      skipReason
    }
  }
`);

export const SnoozeFollowUpDocument = graphql(`
  mutation SnoozeFollowUpItem($id: ID!, $until: DateTime!) {
    snoozeFollowUp(id: $id, until: $until) {
      id
      status
      snoozedUntil
    }
  }
`);
