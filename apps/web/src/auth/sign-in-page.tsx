import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { fieldError, formError } from '../api/errors';
import { graphql } from '../gql';
import { ErrorNote } from '../ui/feedback';
import { TextField } from '../ui/field';
import { useSession } from './session';

const SignInDocument = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
    }
  }
`);

/** The demo account's sign-in, put in the page by the server only when this process seeded it. */
function demoValue(name: string): string {
  const value = document.querySelector<HTMLMetaElement>(`meta[name="topofmind-demo-${name}"]`)?.content ?? '';
  return value.startsWith('{{') ? '' : value;
}

export default function SignInPage() {
  const [email, setEmail] = useState(() => demoValue('email'));
  const [password, setPassword] = useState(() => demoValue('password'));
  const [{ fetching, error }, signIn] = useMutation(SignInDocument);
  const session = useSession();
  const navigate = useNavigate();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await signIn({ input: { email, password, session: true } });
    if (!result.error) {
      await session.refresh();
      await navigate('/plan');
    }
  };
  return (
    <main className="auth" id="main">
      <h1>Sign in to topofmind</h1>
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
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(error, 'password')}
        />
        <button type="submit" disabled={fetching}>
          Sign in
        </button>
      </form>
      <p>
        New here? <Link to="/sign-up">Create an account</Link>
      </p>
    </main>
  );
}
