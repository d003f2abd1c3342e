import { graphql } from '../../gql';

export const PlanDocument = graphql(`
  query Plan($from: DateTime!, $to: DateTime!) {
    plan(from: $from, to: $to, limit: 50) {
      from
      to
      items {
        score
        attendance
        event {
          id
          title
          allDay
          start
          end
          startsAt
          endsAt
          status
          location
          onlineUrl
          venue {
            name
          }
        }
        reasons {
          kind
          text
          evidence {
            field
            snippet
          }
        }
        conflicts {
          event {
            id
            title
            allDay
            start
            end
            startsAt
            endsAt
            attendance
          }
        }
        meet {
          why
          contact {
            id
            name
            title
            company {
              id
              name
            }
          }
          relationship {
            summary
          }
          talkingPoints {
            kind
            text
            sources {
              id
              kind
            }
          }
        }
        actions {
          id
          when
          kind
          text
          status
          dueAt
          latestAt
          blockedReason
          followUpId
          contact {
            id
            name
            company {
              id
              name
            }
          }
          draft {
            channel
            subject
            body
          }
          sources {
            id
            kind
          }
        }
      }
    }
  }
`);

export const NextTouchesDocument = graphql(`
  query NextTouches {
    nextTouches(limit: 20) {
      id
      kind
      channel
      reason
      rule
      dueAt
      latestAt
      overdue
      subject
      draft
      followUpId
      contact {
        id
        name
        title
        company {
          id
          name
        }
      }
      sources {
        id
        kind
      }
    }
  }
`);

export const BlockedTouchesDocument = graphql(`
  query BlockedTouches {
    blockedTouches {
      id
      kind
      blockedBy
      reason
      rule
      availableAt
      wouldBeDueAt
      contact {
        id
        name
        company {
          id
          name
        }
      }
    }
  }
`);

/** What the workspace has yet: an empty plan says what to add first. */
export const PlanSetupDocument = graphql(`
  query PlanSetup {
    sources {
      id
    }
    contacts(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
