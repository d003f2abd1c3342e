import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { PeopleCadenceQuery } from '../../gql/graphql';

const CadenceDocument = graphql(`
  query PeopleCadence {
    nextTouches(limit: 200) {
      id
      kind
      channel
      dueAt
      latestAt
      overdue
      reason
      rule
      subject
      draft
      followUpId
      contact {
        id
      }
    }
    blockedTouches {
      id
      kind
      reason
      blockedBy
      rule
      availableAt
      wouldBeDueAt
      contact {
        id
      }
    }
  }
`);

export type TouchSuggestion = PeopleCadenceQuery['nextTouches'][number];
export type BlockedTouch = PeopleCadenceQuery['blockedTouches'][number];

export interface CadenceState {
  next: TouchSuggestion | null;
  blocked: BlockedTouch[];
}

const NOTHING: CadenceState = { next: null, blocked: [] };

/** Touches, blocked ones, interactions and interviews all move the cadence: any of them re-reads it. */
const CADENCE_CONTEXT = { additionalTypenames: ['Interaction', 'Interview', 'Contact', 'FollowUpItem'] };

/**
 * Where each person stands: their next suggested touch and what is held back.
 * The API answers these for everyone at once (one computed plan), so the
 * list and a person's page read the same query and pick people from it.
 */
export function useCadence() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CadenceDocument, context: CADENCE_CONTEXT });
  const byContact = useMemo(() => {
    const states = new Map<string, CadenceState>();
    const stateOf = (id: string) => {
      let state = states.get(id);
      if (!state) {
        state = { next: null, blocked: [] };
        states.set(id, state);
      }
      return state;
    };
    // nextTouches is earliest due first and one per person: the first seen is the next.
    for (const touch of data?.nextTouches ?? []) {
      const state = stateOf(touch.contact.id);
      if (!state.next) state.next = touch;
    }
    for (const blocked of data?.blockedTouches ?? []) stateOf(blocked.contact.id).blocked.push(blocked);
    return states;
  }, [data]);
  return {
    of: (contactId: string): CadenceState => byContact.get(contactId) ?? NOTHING,
    loaded: Boolean(data),
    fetching,
    error,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
