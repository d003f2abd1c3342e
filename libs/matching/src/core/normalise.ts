import { decodeHTML } from 'entities';
import { foldText } from '@app/text';

/**
 * Decodes HTML entities exactly once ("AT&amp;T" -> "AT&T", "&amp;amp;" -> "&amp;").
 * Ingestion already decodes once, but feeds that double-encode leave one layer behind.
 */
export function decodeEntitiesOnce(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

const APOSTROPHES = /['’ʼ]/g;

/**
 * The comparable form of one word: folded (lower-case, accents removed) and
 * apostrophes dropped ("Zoë" -> "zoe", "O'Brien" -> "obrien", "Weiß" -> "weiss").
 */
export function foldWord(word: string): string {
  const folded = foldText(word);
  return /['’ʼ]/.test(folded) ? folded.replace(APOSTROPHES, '') : folded;
}

const GERMAN_UMLAUT = /[äöüÄÖÜ]/;
const UMLAUT_AS_E: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * Spellings of a tracked name worth indexing: the name itself plus the German
 * transliteration of umlauts, since "Müller" is also written "Mueller" (and
 * folding alone turns it into "Muller").
 */
export function spellingVariants(name: string): string[] {
  const variants = [name];
  if (GERMAN_UMLAUT.test(name)) variants.push(name.replace(/[äöüÄÖÜ]/g, (ch) => UMLAUT_AS_E[ch] ?? ch));
  return variants;
}

// "ue" for "ü" between consonants, not in a final "-el" ("Mueller", "Schroeder", "Boehm"; not "Samuel", "Michael"), and
// not after "g" or "q", where the "u" belongs to the consonant ("Rodriguez", "Guerrero", "Marquez").
const UMLAUT_AS_VOWEL_E = /(?:([bcdfghjklmnpqrstvwxz])([ao])|([bcdfhjklmnprstvwxz])(u))e(?=[bcdfghjklmnpqrstvwxz])(?!l$)/gi;

/**
 * Spellings of a tracked person's name: those of spellingVariants, plus, for
 * a name written with a transliterated umlaut ("Mike Mueller"), the spelling
 * that folds like the umlaut ("Mike Muller", which is how "Mike Müller"
 * folds). Only surnames are rewritten: first names such as "Joel" or
 * "Michael" are not transliterations.
 */
export function nameSpellings(name: string): string[] {
  const variants = spellingVariants(name);
  const words = name.split(/(\s+)/);
  let changed = false;
  for (let i = 2; i < words.length; i += 2) {
    const rewritten = words[i].replace(UMLAUT_AS_VOWEL_E, (_m, c1?: string, v1?: string, c2?: string, v2?: string) => `${c1 ?? c2}${v1 ?? v2}`);
    if (rewritten !== words[i]) {
      words[i] = rewritten;
      changed = true;
    }
  }
  if (changed) variants.push(words.join(''));
  return variants;
}

/** "careers.Stripe.com." -> "careers.stripe.com"; "www." is dropped because it never names a company. */
export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** The host of an absolute http(s) URL, or of a scheme-less link ("www.x.org/a", "stripe.com/jobs"), else null. */
export function hostOf(url: string): string | null {
  const candidate = /^https?:\/\//i.test(url) || !SCHEMELESS.test(url) ? url : `https://${url}`;
  try {
    const parsed = new URL(candidate);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normaliseHost(parsed.hostname);
  } catch {
    return null;
  }
}

const SCHEMELESS = /^[a-z0-9.-]+\.[a-z]{2,}(?:[/?#:]|$)/i;

/** The domain part of an e-mail address, lower-case, or null. */
export function emailDomain(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 0 || at === email.length - 1) return null;
  return normaliseHost(email.slice(at + 1));
}

export function normaliseEmail(email: string | null): string | null {
  const trimmed = email
    ?.trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  return trimmed ? trimmed : null;
}
