import { decodeHTML } from 'entities';

const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

// "name [at] domain [dot] org", "name(at)domain(dot)org", "name AT domain DOT org".
// Spaced words only in capitals: "Dinner at Google dot com" is a title.
const AT = /\s*(?:[[({<]\s*[aA][tT]\s*[\])}>]|\sAT\s)\s*/g;
const DOT = /\s*(?:[[({<]\s*[dD][oO][tT]\s*[\])}>]|\sDOT\s)\s*/g;

/**
 * The e-mail address a page means, or null. Undoes the usual anti-spam
 * disguises: HTML entities ("c&#99;ap&#108;er&#64;..." from WordPress'
 * antispambot, still encoded inside JSON-LD), "mailto:" links with a
 * query, and spelled-out "[at]"/"[dot]". Only an unambiguous result (one
 * "@", a dotted domain) is returned.
 */
export function readEmail(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = value.trim();
  if (text.length > 320) return null;
  if (text.includes('&')) text = decodeHTML(text);
  text = text.replace(/^mailto:/i, '').replace(/\?.*$/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // not percent-encoded: keep as written
  }
  // A real address has no spaces or brackets, so these only touch disguises.
  text = text.replace(AT, '@').replace(DOT, '.').trim();
  if (!EMAIL.test(text)) return null;
  const at = text.lastIndexOf('@');
  return text.slice(0, at) + text.slice(at).toLowerCase();
}
