import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { fieldError, formError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import { ErrorNote } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { ConfirmStep } from '../../ui/confirm-step';

const DeleteAccountDocument = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input)
  }
`);

/** Your password, then a confirm step: the account and all its data go at once. */
export function DeleteAccountForm({ email }: { email: string }) {
  const session = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [{ fetching, error }, deleteAccount] = useMutation(DeleteAccountDocument);

  const remove = async () => {
    if (!password) {
      setMissing('Enter your password to delete your account.');
      return;
    }
    setMissing(null);
    const result = await deleteAccount({ input: { password } });
    if (result.error) return;
    await navigate('/sign-in');
    session.signedOut();
  };

  return (
    // Enter in the password field does nothing: deleting always goes through the confirm step.
    <form onSubmit={(e: FormEvent) => e.preventDefault()} noValidate>
      <p>
        Deletes your account and everything in it at once: people, companies, notes, sources and plans. This cannot be undone; download your data first if you
        want a copy.
      </p>
      {/* Tells password managers which account this password is for. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <ErrorNote message={formError(error, ['password'])} />
      <TextField
        label="Confirm with your password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={missing ?? fieldError(error, 'password')}
      />
      <ConfirmStep
        label="Delete account"
        warning="Delete your account and all its data for good? This cannot be undone."
        confirmLabel="Yes, delete my account"
        onConfirm={remove}
        busy={fetching}
        danger
      />
    </form>
  );
}
