import { Suspense } from 'react';
import { Navigate, NavLink, Outlet, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import { Loading } from '../ui/feedback';

const SignOutDocument = graphql(`
  mutation SignOut {
    logout
  }
`);

export const SECTIONS = [
  { to: '/plan', label: 'Plan' },
  { to: '/events', label: 'Events' },
  { to: '/people', label: 'People' },
  { to: '/companies', label: 'Companies' },
  { to: '/sources', label: 'Sources' },
  { to: '/follow-ups', label: 'Follow-ups' },
  { to: '/settings', label: 'Settings' },
] as const;

/** Every signed-in page: the main navigation, sign-out, and the page. Signed out, it sends you to sign in. */
export function SignedInLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const [{ fetching }, signOut] = useMutation(SignOutDocument);
  if (session.loading) return <Loading what="your workspace" />;
  if (!session.viewer) return <Navigate to="/sign-in" replace />;
  const leave = async () => {
    await signOut({});
    await navigate('/sign-in');
    session.signedOut();
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">topofmind</span>
        <nav aria-label="Main">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to}>{s.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="secondary" onClick={() => void leave()} disabled={fetching}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
