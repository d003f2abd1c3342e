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

export const MarkTouchSentDocument = graphql(`
  mutation PlanMarkTouchSent($input: MarkTouchSentInput!) {
    markTouchSent(input: $input) {
      id
      occurredAt
    }
  }
`);

export const CompleteFollowUpDocument = graphql(`
  mutation PlanCompleteFollowUp($id: ID!) {
    completeFollowUp(id: $id) {
      id
      status
      completedAt
    }
  }
`);

export const SourceEventDocument = graphql(`
  query CitedEvent($id: ID!) {
    event(id: $id) {
      id
      title
    }
  }
`);

export const SourceCompanyDocument = graphql(`
  query CitedCompany($id: ID!) {
    company(id: $id) {
      id
      name
    }
  }
`);

export const SourceContactDocument = graphql(`
  query CitedContact($id: ID!) {
    contact(id: $id) {
      id
      name
    }
  }
`);

export const SourceInteractionDocument = graphql(`
  query CitedInteraction($id: ID!) {
    interaction(id: $id) {
      id
      kind
      occurredAt
      contact {
        id
        name
      }
    }
  }
`);

export const SourceInterviewDocument = graphql(`
  query CitedInterview($id: ID!) {
    interview(id: $id) {
      id
      title
      occurredAt
      company {
        id
        name
      }
    }
  }
`);

export const SourceProjectUpdateDocument = graphql(`
  query CitedProjectUpdate($id: ID!) {
    projectUpdate(id: $id) {
      id
      title
      url
    }
  }
`);
