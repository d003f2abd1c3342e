import type { redactOptions } from 'pino';

export const REDACTED = '[redacted]';

/** GraphQL variables whose values are credentials or whole calendars (which hold private details). */
export const SECRET_VARIABLES = ['password', 'currentPassword', 'newPassword', 'token', 'ics'] as const;

const HEADERS = ['authorization', 'cookie', '["set-cookie"]', '["x-api-key"]'];

/**
 * Paths pino censors wherever a log call passes them: request and response
 * headers that carry credentials, secret GraphQL variables (top level and
 * inside an input object), and any `body` field, so that a request or an
 * email body never reaches the logs even when someone logs the object.
 */
export const REDACT_PATHS: string[] = [
  ...['req.headers', 'res.headers', 'headers', 'request.headers', 'response.headers'].flatMap((parent) =>
    HEADERS.map((h) => `${parent}${h.startsWith('[') ? '' : '.'}${h}`),
  ),
  ...['variables', 'req.variables', 'request.variables', 'body.variables'].flatMap((parent) =>
    SECRET_VARIABLES.flatMap((name) => [`${parent}.${name}`, `${parent}.*.${name}`]),
  ),
  'body',
  'req.body',
  'request.body',
  'mail.text',
  'mail.html',
];

export const redaction: redactOptions = { paths: REDACT_PATHS, censor: REDACTED };
