import { DIGEST_SKELETON_HTML } from './digest-skeleton.generated';
import { escapeHtml } from './escape-html';

/*
 * The email's frame (doctype, Outlook conditionals, the centred 600px
 * column, fonts, resets) is MJML: digest-skeleton.mjml, compiled once when
 * it changes, not per email. MJML 5 compiles asynchronously and takes about
 * 10 ms even for this skeleton, where filling it in takes microseconds; the
 * compiled HTML is committed as digest-skeleton.generated.ts and
 * digest-skeleton.spec.ts fails when it no longer matches the .mjml file.
 * So rendering stays synchronous and pure, and mjml is a dev dependency.
 *
 * The skeleton holds four placeholders, each a plain word MJML leaves alone.
 */

const PLACEHOLDERS = ['TOMDIGESTSUBJECT', 'TOMDIGESTPREVIEW', 'TOMDIGESTBODY', 'TOMDIGESTFOOTER'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/** The skeleton cut at its placeholders, once: fixed text at even indices, placeholder names at odd ones. */
const PIECES = DIGEST_SKELETON_HTML.split(new RegExp(`(${PLACEHOLDERS.join('|')})`));

export interface SkeletonFill {
  /** Plain text: escaped here (it is the <title> and an aria-label). */
  subject: string;
  /** Plain text: escaped here. */
  preview: string;
  /** HTML, already escaped. */
  body: string;
  /** HTML, already escaped. */
  footer: string;
}

export function fillDigestSkeleton(fill: SkeletonFill): string {
  const values: Record<Placeholder, string> = {
    TOMDIGESTSUBJECT: escapeHtml(fill.subject),
    TOMDIGESTPREVIEW: escapeHtml(fill.preview),
    TOMDIGESTBODY: fill.body,
    TOMDIGESTFOOTER: fill.footer,
  };
  // Joined, not String.replace: a "$&" in a value stays as written.
  return PIECES.map((piece, i) => (i % 2 === 1 ? values[piece as Placeholder] : piece)).join('');
}
