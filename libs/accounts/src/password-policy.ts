import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * zxcvbn's score 3 of 4, "safely unguessable": about 10^8 guesses or more.
 * With scrypt and throttled sign-ins that is out of reach online and costly
 * offline, while ordinary passphrases of three words pass.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * zxcvbn's cost grows steeply with length and l33t variants (a random
 * 200-character password took seconds of event-loop time with the
 * defaults): only the first 64 characters are judged, with at most 4 l33t
 * substitutions each, which keeps the worst case near 0.1 s and still
 * catches "P@$$w0rd!"-style passwords. A strong prefix makes a strong password.
 */
const ESTIMATOR_LIMITS = { maxLength: 64, l33tMaxSubstitutions: 4 };

let estimator: Promise<ZxcvbnFactory> | undefined;

/** The dictionaries are several megabytes: loaded on first use, once per process. */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      ...ESTIMATOR_LIMITS,
    });
  })().catch((error: unknown) => {
    estimator = undefined;
    throw error;
  });
  return estimator;
}

/**
 * Why a new password is too weak, or null when it is strong enough: common
 * passwords, dictionary words, keyboard patterns, repeats, dates and the
 * user's own email are all guessed early. `userInputs` are words the
 * account itself gives away (its email).
 */
export async function passwordWeakness(password: string, userInputs: string[] = []): Promise<string | null> {
  if (password.trim() === '') return 'must not be only spaces';
  const { score, feedback } = (await loadEstimator()).check(password, userInputs);
  if (score >= MIN_PASSWORD_SCORE) return null;
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ');
  return `is too easy to guess. ${advice || 'Add another word or two.'}`;
}

/**
 * Words an email gives away, for passwordWeakness: the address, and its
 * local part whole and in pieces (usually the person's name). The domain
 * is left out: everyone at a provider shares it.
 */
export function emailWords(email: string): string[] {
  const local = email.toLowerCase().split('@')[0];
  return [email.toLowerCase(), local, ...local.split(/[._+-]+/)].filter((w) => w.length >= 3);
}
