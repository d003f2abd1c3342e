import { graphql } from '../../gql';

/** What an agenda card shows of an event. */
export const EventCardFieldsDocument = graphql(`
  fragment EventCardFields on Event {
    id
    title
    status
    allDay
    start
    end
    startsAt
    endsAt
    timeZone
    floating
    location
    onlineUrl
    url
    venue {
      name
      address
    }
    attendance
    sources {
      id
      name
    }
    changes {
      kind
      detectedAt
      oldStart
      newStart
      oldEnd
      newEnd
      oldStatus
      newStatus
      reason
    }
    matches {
      id
      kind
      role
      reason
      evidence
      score
      topic
      contact {
        id
        name
      }
      company {
        id
        name
      }
    }
  }
`);

export const EventsDocument = graphql(`
  query Events($first: Int!, $after: String, $filter: EventFilter) {
    events(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...EventCardFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Whether there is any event at all (to tell "add a feed" from "widen the dates"). */
export const AnyEventDocument = graphql(`
  query AnyEvent {
    events(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const EventSourceNamesDocument = graphql(`
  query EventSourceNames {
    sources {
      id
      name
    }
  }
`);

export const EventDocument = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventCardFields
      description
      categories
      recurring
      mergeReasons
      organizer {
        name
        email
      }
      performers {
        name
        role
        affiliation
        url
      }
      matches {
        id
        evidenceDetails {
          field
          snippet
        }
      }
    }
  }
`);

export const EventChecklistDocument = graphql(`
  query EventChecklist($eventId: ID!) {
    followUpChecklist(eventId: $eventId) {
      id
      needsAttendees
      needsConfirmation
      items {
        id
        status
      }
    }
  }
`);
