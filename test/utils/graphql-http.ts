import { GqlResult } from './test-app';

/** Posts a GraphQL request as a raw body (any string) and returns the HTTP status with the parsed answer. */
export async function postGraphql(
  baseUrl: string,
  body: string | { query: string; variables?: Record<string, unknown>; operationName?: string },
  token?: string,
): Promise<{ status: number; result: GqlResult<Record<string, unknown>>; headers: Headers }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, result: (await response.json()) as GqlResult<Record<string, unknown>>, headers: response.headers };
}
