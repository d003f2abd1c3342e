import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { formError } from '../../api/errors';
import { useSession, useViewer } from '../../auth/session';
import { ErrorNote } from '../../ui/feedback';
import { browserZone } from '../../ui/time';
import { draftOf, PROFILE_FIELDS, ProfileFields, profileInput } from './profile-fields';
import { UpdateProfileDocument } from './profile-mutation';
import './settings.css';

/** First-run setup, right after "Create account": the zone, what to match, how drafts are signed; then on to adding a feed. */
export default function WelcomePage() {
  const viewer = useViewer();
  const session = useSession();
  const navigate = useNavigate();
  // The zone this browser is in, not the account's default: that is what "18:30" should mean to this person.
  const [draft, setDraft] = useState(() => draftOf(viewer, browserZone()));
  const [{ fetching, error }, updateProfile] = useMutation(UpdateProfileDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await updateProfile({ input: profileInput(draft) });
    if (result.error) return;
    await session.refresh();
    await navigate('/sources');
  };

  return (
    <div className="welcome">
      <h1>Welcome to topofmind</h1>
      <p>
        A few answers so times read right and events are matched to what you are after. You can change all of them later in <Link to="/settings">Settings</Link>
        .
      </p>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorNote message={formError(error, PROFILE_FIELDS)} />
        <ProfileFields draft={draft} onChange={setDraft} error={error} />
        <div className="row">
          <button type="submit" disabled={fetching}>
            {fetching ? 'Saving…' : 'Save and continue'}
          </button>
          <Link to="/plan">Skip for now</Link>
        </div>
      </form>
      <p className="muted">Next: add an event feed or page to follow, so there is something to plan.</p>
    </div>
  );
}
