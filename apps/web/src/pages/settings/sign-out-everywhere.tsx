import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import { ErrorNote } from '../../ui/feedback';

const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** Ends every session, this one too: then the session is gone, so on to sign in. */
export function SignOutEverywhere() {
  const session = useSession();
  const navigate = useNavigate();
  const [{ fetching, error }, signOutEverywhere] = useMutation(SignOutEverywhereDocument);
  const leave = async () => {
    const result = await signOutEverywhere({});
    if (result.error) return;
    await navigate('/sign-in');
    session.signedOut();
  };
  return (
    <>
      <p>Signs you out in every browser and app where you are signed in, this one included. Use it if you signed in on a computer that is not yours.</p>
      <ErrorNote message={errorMessage(error)} />
      <button type="button" className="secondary" onClick={() => void leave()} disabled={fetching}>
        {fetching ? 'Signing out…' : 'Sign out everywhere'}
      </button>
    </>
  );
}
