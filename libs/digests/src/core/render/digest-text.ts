import type { DigestDocument, DigestItem } from './digest-document';

/*
 * The plain-text part, for clients that show no HTML and for screen
 * readers' "plain" modes: a heading underlined with dashes per section, one
 * bullet per item with its details indented under it, and each link on a
 * line of its own so that every client makes it clickable.
 */

function itemLines(item: DigestItem): string[] {
  const lines = [`- ${item.flag ? `[${item.flag}] ` : ''}${item.title}`, ...item.details.map((detail) => `  ${detail}`)];
  if (item.draft) lines.push(`  Draft: “${item.draft}”`);
  for (const person of item.people) {
    lines.push(`  * ${person.why ? `${person.name}: ${person.why}` : person.name}`);
    if (person.talkingPoint) lines.push(`    Talking point: ${person.talkingPoint}`);
  }
  for (const link of item.links) lines.push(`  ${link.label}: ${link.href}`);
  if (item.href) lines.push(`  ${item.href}`);
  return lines;
}

export function digestText(doc: DigestDocument): string {
  const lines: string[] = [];
  if (doc.banner) lines.push(doc.banner, '');
  lines.push(doc.title, doc.dateLine, '');
  for (const block of doc.blocks) {
    lines.push(block.heading, '-'.repeat(block.heading.length), '');
    for (const item of block.items) lines.push(...itemLines(item), '');
  }
  if (doc.emptyNote) lines.push(doc.emptyNote, '');
  // "-- " is the signature separator: clients fold or dim what follows.
  lines.push('-- ', doc.footer.reason);
  if (doc.footer.unsubscribeUrl) lines.push(`Unsubscribe: ${doc.footer.unsubscribeUrl}`);
  if (doc.footer.settingsUrl) lines.push(`Settings: ${doc.footer.settingsUrl}`);
  return `${lines.join('\n')}\n`;
}
