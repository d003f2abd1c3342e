import { clean, uncapitalize } from './text';

// "Send the write-up", "I'll share the numbers": the verb is what the user
// will do; the rest is the thing promised.
const PROMISE_LEAD =
  /^(?:(?:i|we)(?:'ll| will| shall)\s+|to\s+)?(?:send(?:\s+over)?|share|forward|email|provide|deliver|prepare|write up|follow up with|get back with)\s+(.+)$/i;

/** "the write-up on our migration" from "Send the write-up on our migration". */
export function promisedThing(promise: string): { thing: string; isObject: boolean } {
  const text = clean(promise, 100);
  const match = PROMISE_LEAD.exec(text);
  if (match) return { thing: match[1], isObject: true };
  return { thing: uncapitalize(text.replace(/^(?:i|we)(?:'ll| will)\s+/i, '')), isObject: false };
}

/** "You promised the write-up…" or, for a promise that is no object, "You promised to call Sam…". */
export function youPromised(promise: string): string {
  const { thing, isObject } = promisedThing(promise);
  return isObject ? `You promised ${thing}` : `You promised to ${thing.replace(/^to\s+/i, '')}`;
}
