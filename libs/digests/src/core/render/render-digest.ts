import type { DigestContent, RenderedDigest } from '../types';
import { digestDocument } from './digest-document';
import { digestHtml } from './digest-html';
import { digestText } from './digest-text';

/**
 * The digest email: subject, plain-text part and HTML part, saying the same
 * things. Sections come in a fixed order (coming up, what changed, to do,
 * sources) and only when on and not empty; times are in the recipient's
 * zone; every item links into the web app at content.appUrl. Pure and
 * synchronous: the HTML frame is precompiled MJML (digest-skeleton.ts).
 */
export function renderDigest(content: DigestContent): RenderedDigest {
  const doc = digestDocument(content);
  return { subject: doc.subject, text: digestText(doc), html: digestHtml(doc) };
}
