import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * One-click unsubscribe tokens: base64url(userId) "." base64url(the first
 * 192 bits of HMAC-SHA256(secret, "unsubscribe:v1:" + userId)). Stateless, so
 * a link keeps working in an old email without a table of tokens; the "v1"
 * in the signed text lets a later format be told apart. A token only turns
 * digests off for its user: it signs nothing else and grants no session.
 */

const PURPOSE = 'unsubscribe:v1:';
/** 24 bytes of the MAC: 32 base64url characters, 192 bits. */
const SIGNATURE_BYTES = 24;
const SIGNATURE_CHARS = 32;
/** Longer user ids are not ours (ours are UUIDs): refused before any decoding or hashing. */
const MAX_USER_ID_BYTES = 128;
const MAX_TOKEN_CHARS = Math.ceil((MAX_USER_ID_BYTES * 4) / 3) + 1 + SIGNATURE_CHARS;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function signature(userId: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(PURPOSE + userId, 'utf8')
    .digest()
    .subarray(0, SIGNATURE_BYTES)
    .toString('base64url');
}

/** The token for `userId`'s unsubscribe link. Throws on an empty user id or secret: a token signed with no secret would be forgeable. */
export function signUnsubscribeToken(userId: string, secret: string): string {
  if (!userId) throw new RangeError('signUnsubscribeToken: empty user id.');
  if (!secret) throw new RangeError('signUnsubscribeToken: empty secret.');
  if (Buffer.byteLength(userId, 'utf8') > MAX_USER_ID_BYTES) throw new RangeError(`signUnsubscribeToken: user id longer than ${MAX_USER_ID_BYTES} bytes.`);
  return `${Buffer.from(userId, 'utf8').toString('base64url')}.${signature(userId, secret)}`;
}

/**
 * The user id a token was signed for, or null for anything else: another
 * user's id with this signature, a changed character, another secret, or
 * input that is not a token at all (never throws). Only the canonical
 * encoding is accepted, so each user has exactly one valid token per secret.
 * The signatures are compared in constant time.
 */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  if (typeof token !== 'string' || typeof secret !== 'string' || !secret || token.length > MAX_TOKEN_CHARS) return null;
  const dot = token.indexOf('.');
  if (dot <= 0 || token.length - dot - 1 !== SIGNATURE_CHARS) return null;
  const idPart = token.slice(0, dot);
  const sigPart = token.slice(dot + 1);
  if (!BASE64URL.test(idPart) || !BASE64URL.test(sigPart)) return null;
  const userId = Buffer.from(idPart, 'base64url').toString('utf8');
  // Node decodes leniently (stray bits, bad UTF-8 as U+FFFD): only an id that encodes back to the same text is the one signed.
  if (!userId || Buffer.from(userId, 'utf8').toString('base64url') !== idPart) return null;
  const expected = Buffer.from(signature(userId, secret), 'utf8');
  const given = Buffer.from(sigPart, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
