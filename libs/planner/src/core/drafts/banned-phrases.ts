/**
 * Filler that makes a recruiter stop reading. No template uses these; the
 * check also guards phrases copied from the user's notes into a draft.
 */
export const BANNED_PHRASES: readonly string[] = [
  'just checking in',
  'just wanted to check in',
  'checking in',
  'touching base',
  'touch base',
  'hope this finds you well',
  'hope this email finds you well',
  'hope this message finds you well',
  'hope you are doing well',
  "hope you're doing well",
  'circling back',
  'circle back',
  'per my last email',
  'as per my previous email',
  'just following up',
  'just wanted to follow up',
  'bumping this',
  'friendly reminder',
  'reaching out to see',
  'pick your brain',
];

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// On word boundaries: "touch based" is not "touch base".
const patterns = BANNED_PHRASES.map((phrase) => ({
  phrase,
  pattern: new RegExp(`(?:^|[^\\p{L}])${escape(phrase)}(?:$|[^\\p{L}])`, 'u'),
}));

/** The banned phrases `text` contains, in list order. */
export function findBannedPhrases(text: string): string[] {
  const haystack = normalise(text);
  // A plain substring test first: the boundary regex only runs on a likely hit.
  return patterns.filter(({ phrase, pattern }) => haystack.includes(phrase) && pattern.test(haystack)).map(({ phrase }) => phrase);
}

export function hasBannedPhrase(text: string): boolean {
  const haystack = normalise(text);
  return patterns.some(({ phrase, pattern }) => haystack.includes(phrase) && pattern.test(haystack));
}
