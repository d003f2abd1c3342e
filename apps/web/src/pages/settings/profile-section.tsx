import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import { useSession, useViewer } from '../../auth/session';
import { ErrorNote, Status } from '../../ui/feedback';
import { CheckboxField, TextField } from '../../ui/field';
import { draftOf, PROFILE_FIELDS, ProfileFields, profileInput } from './profile-fields';
import { UpdateProfileDocument } from './profile-mutation';
import { SettingsSection } from './settings-section';

export function ProfileSection() {
  const viewer = useViewer();
  const session = useSession();
  const [draft, setDraft] = useState(() => draftOf(viewer));
  const [linkedinPremium, setLinkedinPremium] = useState(viewer.linkedinPremium);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching, error }, updateProfile] = useMutation(UpdateProfileDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const result = await updateProfile({ input: { ...profileInput(draft), linkedinPremium } });
    if (result.error) return;
    // Every page reads the zone from the session: re-read it so they all use the new one.
    await session.refresh();
    setSaved('Profile saved');
  };

  return (
    <SettingsSection id="profile" title="Profile">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorNote message={formError(error, PROFILE_FIELDS)} />
        <TextField label="Email" type="email" value={viewer.email} readOnly hint="You sign in with this address; digests are sent to it." />
        <ProfileFields draft={draft} onChange={setDraft} error={error} />
        <CheckboxField
          label="LinkedIn Premium"
          checked={linkedinPremium}
          onChange={(e) => setLinkedinPremium(e.target.checked)}
          error={fieldError(error, 'linkedinPremium')}
          hint="Premium accounts allow 300-character connection notes instead of 200."
        />
        <div className="row">
          <button type="submit" disabled={fetching}>
            {fetching ? 'Saving…' : 'Save profile'}
          </button>
          <Status message={saved} />
        </div>
      </form>
    </SettingsSection>
  );
}
