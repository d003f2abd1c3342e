/*
 * The one escaper of every value written into the digest's HTML and the
 * unsubscribe page, in text and in double-quoted attributes alike. By hand
 * rather than `entities`' escapeUTF8 because that writes &apos;, which is
 * not an HTML 4 entity; mail clients with old HTML engines (Outlook's Word
 * renderer) show it as written. &#39; is read by all of them.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
