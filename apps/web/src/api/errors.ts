import type { CombinedError } from 'urql';

interface FieldProblem {
  field: string;
  message: string;
}

/** What the API said, in a sentence a person reads (not "[GraphQL] ..."). */
export function errorMessage(error: CombinedError | undefined | null): string | null {
  if (!error) return null;
  if (error.networkError) return 'The server could not be reached. Check your connection and try again.';
  return error.graphQLErrors.map((e) => e.message).join(' ') || error.message;
}

/** The API's error code (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, ...) of the first error. */
export function errorCode(error: CombinedError | undefined | null): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * The message for one input field ("email", "input.url" or "url" all name
 * the field `url`), so it can be shown beside that field.
 */
export function fieldError(error: CombinedError | undefined | null, name: string): string | null {
  for (const e of error?.graphQLErrors ?? []) {
    const fields = e.extensions?.fields as FieldProblem[] | undefined;
    const hit = fields?.find((f) => f.field === name || f.field.endsWith(`.${name}`));
    if (hit) return hit.message;
    const field = e.extensions?.field;
    if (typeof field === 'string' && (field === name || field.endsWith(`.${name}`))) return e.message;
  }
  return null;
}

/** Errors not tied to a named field: shown at the top of a form. */
export function formError(error: CombinedError | undefined | null, fieldNames: string[]): string | null {
  if (!error) return null;
  if (fieldNames.some((name) => fieldError(error, name))) return null;
  return errorMessage(error);
}
