import { fillDigestSkeleton } from './digest-skeleton';
import type { DigestDocument, DigestItem } from './digest-document';
import { escapeHtml } from './escape-html';

/*
 * The HTML part: the document's blocks written as simple HTML with inline
 * styles (what mail clients keep) into the body of the precompiled MJML
 * skeleton (digest-skeleton.ts). Every value goes through escapeHtml, in
 * text and attributes alike; hrefs are already absolute http(s) URLs.
 */

const STYLE = {
  h1: 'margin:0 0 4px 0;font-size:22px;line-height:1.3;font-weight:700;color:#1f2933;',
  dateLine: 'margin:0 0 8px 0;font-size:13px;color:#52606d;',
  banner: 'margin:0 0 20px 0;padding:12px 16px;background-color:#fff4e5;border:1px solid #f5b759;border-radius:4px;font-weight:600;color:#7a4510;',
  h2: 'margin:28px 0 12px 0;padding:0 0 6px 0;border-bottom:1px solid #e4e7eb;font-size:18px;line-height:1.3;font-weight:700;color:#1f2933;',
  item: 'margin:0 0 18px 0;',
  title: 'font-size:16px;font-weight:600;line-height:1.4;color:#1f2933;',
  link: 'color:#1a56db;text-decoration:underline;',
  flag: 'display:inline-block;margin:0 6px 0 0;padding:0 6px;border-radius:3px;background-color:#fde8e8;color:#b42318;font-size:12px;font-weight:700;',
  detail: 'margin:2px 0 0 0;font-size:14px;color:#3e4c59;',
  draft: 'margin:6px 0 0 0;padding:0 0 0 10px;border-left:3px solid #cbd2d9;font-size:14px;font-style:italic;color:#3e4c59;',
  people: 'margin:6px 0 0 0;padding:0 0 0 20px;',
  person: 'margin:0 0 4px 0;font-size:14px;color:#1f2933;',
  talkingPoint: 'color:#52606d;',
  links: 'margin:4px 0 0 0;font-size:14px;',
  empty: 'margin:16px 0 0 0;',
  footerLine: 'margin:0 0 8px 0;',
  footerLink: 'color:#52606d;text-decoration:underline;',
} as const;

const e = escapeHtml;
const anchor = (href: string, text: string, style: string = STYLE.link) => `<a href="${e(href)}" style="${style}">${e(text)}</a>`;
const linkOrText = (href: string | null, text: string) => (href ? anchor(href, text) : e(text));

function itemHtml(item: DigestItem): string {
  const parts = [
    `<div style="${STYLE.title}">`,
    item.flag ? `<span style="${STYLE.flag}">${e(item.flag)}</span>` : '',
    linkOrText(item.href, item.title),
    '</div>',
  ];
  for (const detail of item.details) parts.push(`<div style="${STYLE.detail}">${e(detail)}</div>`);
  if (item.draft) parts.push(`<div style="${STYLE.draft}">Draft: “${e(item.draft)}”</div>`);
  if (item.people.length > 0) {
    parts.push(`<ul style="${STYLE.people}">`);
    for (const person of item.people) {
      parts.push(`<li style="${STYLE.person}">`, linkOrText(person.href, person.name), person.why ? `: ${e(person.why)}` : '');
      if (person.talkingPoint) parts.push(`<br><span style="${STYLE.talkingPoint}">Talking point: ${e(person.talkingPoint)}</span>`);
      parts.push('</li>');
    }
    parts.push('</ul>');
  }
  if (item.links.length > 0) parts.push(`<div style="${STYLE.links}">${item.links.map((link) => anchor(link.href, link.label)).join(' · ')}</div>`);
  return `<div style="${STYLE.item}">${parts.join('')}</div>`;
}

function bodyHtml(doc: DigestDocument): string {
  const parts: string[] = [];
  if (doc.banner) parts.push(`<div style="${STYLE.banner}">${e(doc.banner)}</div>`);
  parts.push(`<h1 style="${STYLE.h1}">${e(doc.title)}</h1>`, `<p style="${STYLE.dateLine}">${e(doc.dateLine)}</p>`);
  for (const block of doc.blocks) {
    parts.push(`<h2 style="${STYLE.h2}">${e(block.heading)}</h2>`, ...block.items.map(itemHtml));
  }
  if (doc.emptyNote) parts.push(`<p style="${STYLE.empty}">${e(doc.emptyNote)}</p>`);
  return parts.join('\n');
}

function footerHtml(doc: DigestDocument): string {
  const { reason, unsubscribeUrl, settingsUrl } = doc.footer;
  const links = [
    unsubscribeUrl && anchor(unsubscribeUrl, 'Unsubscribe', STYLE.footerLink),
    settingsUrl && anchor(settingsUrl, 'Digest settings', STYLE.footerLink),
  ];
  return `<p style="${STYLE.footerLine}">${e(reason)}</p>\n<p style="margin:0;">${links.filter((link) => link).join(' · ')}</p>`;
}

export function digestHtml(doc: DigestDocument): string {
  return fillDigestSkeleton({ subject: doc.subject, preview: doc.preview, body: bodyHtml(doc), footer: footerHtml(doc) });
}
