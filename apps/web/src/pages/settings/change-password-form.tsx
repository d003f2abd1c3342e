import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorNote, Status } from '../../ui/feedback';
import { TextField } from '../../ui/field';

/**
 * Signs out every other session. Over the web app's cookie the server
 * re-issues this session's cookie and `token` is null; the token is never
 * asked for here, so none is ever held by the page.
 */
const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
    }
  }
`);

export function ChangePasswordForm({ email }: { email: string }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching, error }, change] = useMutation(ChangePasswordDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const result = await change({ input: { currentPassword, newPassword } });
    if (result.error) return;
    setCurrentPassword('');
    setNewPassword('');
    setDone('Password changed. Every other session is signed out.');
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <ErrorNote message={formError(error, ['currentPassword', 'newPassword'])} />
      <div className="grid-2">
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={fieldError(error, 'currentPassword')}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={fieldError(error, 'newPassword')}
          hint="8 characters or more, not easy to guess."
        />
      </div>
      <div className="row">
        <button type="submit" disabled={fetching}>
          {fetching ? 'Changing…' : 'Change password'}
        </button>
        <Status message={done} />
      </div>
    </form>
  );
}
