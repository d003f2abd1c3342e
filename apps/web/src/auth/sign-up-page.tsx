import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { fieldError, formError } from '../api/errors';
import { graphql } from '../gql';
import { ErrorNote } from '../ui/feedback';
import { TextField } from '../ui/field';
import { browserZone } from '../ui/time';
import { useSession } from './session';

const SignUpDocument = graphql(`
  mutation SignUp($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
      }
    }
  }
`);

export default function SignUpPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, register] = useMutation(SignUpDocument);
  const session = useSession();
  const navigate = useNavigate();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await register({ input: { email, password, timeZone: browserZone(), session: true } });
    if (!result.error) {
      await session.refresh();
      await navigate('/welcome');
    }
  };
  return (
    <main className="auth" id="main">
      <h1>Create your topofmind account</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorNote message={formError(error, ['email', 'password'])} />
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(error, 'email')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(error, 'password')}
          hint="8 characters or more, not easy to guess."
        />
        <button type="submit" disabled={fetching}>
          Create account
        </button>
      </form>
      <p>
        Have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </main>
  );
}
