/**
 * The URL in canonical form when it is an absolute http(s) URL (after
 * resolving against `base`), else null. Links from feeds and pages end up in
 * the API, in calendar feeds (where URI values are not escaped) and in the
 * web app: only a parsed http(s) URL, whose href never holds white space or
 * control characters, is let through; `javascript:` and the like are not.
 */
export function safeHttpUrl(value: string | null | undefined, base?: string): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  // Not URL.canParse: once V8 optimises it (its fast API call) it has been seen to answer false for valid URLs (nodejs/node#48816).
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // The text as given when it is already canonical: the same characters, no second copy kept.
  const href = url.href;
  return href === trimmed ? trimmed : href;
}
