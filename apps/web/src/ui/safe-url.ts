/** An address from API data as a link target only when it is http(s): feeds and user input are untrusted (no javascript: links); null means show it as text. */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
