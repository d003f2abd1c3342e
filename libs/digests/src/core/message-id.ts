import { createHash } from 'node:crypto';

/*
 * Message-IDs (RFC 5322 §3.6.4) of digests. A scheduled digest's id is
 * derived from the user and the period alone, so a digest sent again after a
 * crash (between the SMTP answer and the database commit) carries the same
 * id: mail servers and clients that de-duplicate by Message-ID can tell, and
 * so can the service when it reads back what it recorded. A test send is a
 * new message each time, so its id also depends on when it was sent.
 */

const hash32 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);

/** The host of the app's public URL, lower-case and without its port, as the Message-ID's right side; "localhost" when there is none. */
function messageIdHost(appUrl: string): string {
  let host = '';
  try {
    host = new URL(appUrl).hostname; // punycode, lower-case, no port; IPv6 in brackets (an RFC 5322 domain literal)
  } catch {
    // not a URL: fall back
  }
  return /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(host) ? host : 'localhost';
}

/** "<digest.<32 hex of sha256(userId:periodKey)>@<host>>": the same for every (re)send of one user's digest for one period. */
export function digestMessageId(userId: string, periodKey: string, appUrl: string): string {
  return `<digest.${hash32(`${userId}:${periodKey}`)}@${messageIdHost(appUrl)}>`;
}

/** The id of a test send: differs from every scheduled digest's and from other test sends at other milliseconds. */
export function testDigestMessageId(userId: string, sentAt: Date, appUrl: string): string {
  return `<digest-test.${hash32(`${userId}:test:${sentAt.getTime()}`)}@${messageIdHost(appUrl)}>`;
}
