import { graphql } from '../gql';

/*
 * Mutations more than one page area runs: "I sent it" (plan, a person's
 * page), ticking off a checklist item (plan, follow-ups, a person's page) and
 * attendance (events, follow-ups). One definition each, so every area selects
 * the same fields and urql's cache updates them alike.
 */

export const MarkTouchSentDocument = graphql(`
  mutation MarkTouchSent($input: MarkTouchSentInput!) {
    markTouchSent(input: $input) {
      id
      occurredAt
    }
  }
`);

export const CompleteFollowUpDocument = graphql(`
  mutation CompleteFollowUp($id: ID!) {
    completeFollowUp(id: $id) {
      id
      status
      completedAt
    }
  }
`);

export const SetAttendanceDocument = graphql(`
  mutation SetAttendance($eventId: ID!, $status: Attendance!) {
    setAttendance(eventId: $eventId, status: $status) {
      id
      attendance
    }
  }
`);
