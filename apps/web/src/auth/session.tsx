import { createContext, useContext, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      email
      displayName
      timeZone
      targetRoles
      interests
      linkedinPremium
      createdAt
    }
  }
`);

export type Viewer = ViewerQuery['me'];

interface Session {
  viewer: Viewer | null;
  loading: boolean;
  /** Re-reads who is signed in (after sign-in or a profile edit); resolves once the answer is in. */
  refresh: () => Promise<void>;
  /** The session ended (sign out, everywhere, account deleted): drops everything cached for this user. */
  signedOut: () => void;
}

const SessionContext = createContext<Session>({ viewer: null, loading: true, refresh: () => Promise.resolve(), signedOut: () => undefined });

/** Who is signed in, read once from `me` over the session cookie (UNAUTHENTICATED means nobody). */
export function SessionProvider({ children, onSignedOut }: { children: ReactNode; onSignedOut: () => void }) {
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({ query: ViewerDocument, requestPolicy: 'cache-and-network' });
  const viewer = error ? null : (data?.me ?? null);
  const refresh = async () => {
    // The answer reaches the useQuery above too: same operation, same cache entry.
    await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  };
  const session: Session = { viewer, loading: fetching && !viewer, refresh, signedOut: onSignedOut };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

/** The signed-in user; only used inside the signed-in layout, which renders nothing without one. */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer outside the signed-in layout');
  return viewer;
}

/** The user's time zone: every time on every page is shown in it. */
export function useZone(): string {
  return useViewer().timeZone;
}
