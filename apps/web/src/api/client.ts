import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The header that proves a request came from this page's own scripts: a page
 * on another origin cannot add a custom header without a CORS preflight,
 * which the API never grants, so a cookie-authenticated request without it
 * is refused (CSRF). Apollo's CSRF prevention accepts it too.
 */
export const CSRF_HEADER = 'x-topofmind-csrf';

/** The GraphQL client. The session travels as an httpOnly cookie; no token is ever visible here. */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({ credentials: 'same-origin', headers: { [CSRF_HEADER]: '1' } }),
    requestPolicy: 'cache-and-network',
    // POST only: the API's request limits and plan cache read the body.
    preferGetMethod: false,
  });
}
