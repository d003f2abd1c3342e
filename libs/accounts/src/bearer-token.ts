/** The token from an "Authorization: Bearer <token>" header, if any. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^\s*Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}
