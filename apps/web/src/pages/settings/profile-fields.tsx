import type { CombinedError } from 'urql';
import { fieldError } from '../../api/errors';
import type { Viewer } from '../../auth/session';
import type { UpdateProfileInput } from '../../gql/graphql';
import { splitList, TextField } from '../../ui/field';
import { browserZone } from '../../ui/time';
import { TimeZoneField } from './time-zone-field';

/** The profile as typed: lists stay "a, b, c" text until saved. */
export interface ProfileDraft {
  displayName: string;
  timeZone: string;
  targetRoles: string;
  interests: string;
}

/** The input names of UpdateProfileInput, for errors not tied to one of them. */
export const PROFILE_FIELDS = ['displayName', 'timeZone', 'targetRoles', 'interests', 'linkedinPremium'];

export function draftOf(viewer: Viewer, timeZone: string = viewer.timeZone): ProfileDraft {
  return {
    displayName: viewer.displayName ?? '',
    timeZone,
    targetRoles: viewer.targetRoles.join(', '),
    interests: viewer.interests.join(', '),
  };
}

export function profileInput(draft: ProfileDraft): UpdateProfileInput {
  return {
    // Blank removes the name: drafts are then signed "Best," alone.
    displayName: draft.displayName.trim(),
    timeZone: draft.timeZone.trim(),
    targetRoles: splitList(draft.targetRoles),
    interests: splitList(draft.interests),
  };
}

/** The fields Welcome and Settings share: zone, roles, interests and the name drafts are signed with. */
export function ProfileFields({ draft, onChange, error }: { draft: ProfileDraft; onChange: (draft: ProfileDraft) => void; error?: CombinedError }) {
  const set = (changes: Partial<ProfileDraft>) => onChange({ ...draft, ...changes });
  const detected = browserZone();
  return (
    <>
      <TimeZoneField value={draft.timeZone} onChange={(timeZone) => set({ timeZone })} error={fieldError(error, 'timeZone')} />
      {detected !== draft.timeZone.trim() && (
        <p className="zone-offer">
          <span className="muted">This browser is in {detected}.</span>{' '}
          <button type="button" className="secondary" onClick={() => set({ timeZone: detected })}>
            Use {detected}
          </button>
        </p>
      )}
      <TextField
        label="Target roles"
        value={draft.targetRoles}
        onChange={(e) => set({ targetRoles: e.target.value })}
        error={fieldError(error, 'targetRoles')}
        hint="Comma-separated, e.g. Staff engineer, Engineering manager. Events on these topics are matched."
      />
      <TextField
        label="Interests"
        value={draft.interests}
        onChange={(e) => set({ interests: e.target.value })}
        error={fieldError(error, 'interests')}
        hint="Comma-separated topics you care about, e.g. edge computing, Rust."
      />
      <TextField
        label="Your name"
        autoComplete="name"
        value={draft.displayName}
        onChange={(e) => set({ displayName: e.target.value })}
        error={fieldError(error, 'displayName')}
        hint="How your drafts are signed. Leave it blank to sign them “Best,” alone."
      />
    </>
  );
}
