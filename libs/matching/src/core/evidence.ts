const MAX_SNIPPET = 160;
const CONTEXT = 60;

/** Collapses whitespace and cuts to the limit with an ellipsis. */
export function clip(text: string, max = MAX_SNIPPET): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The matched words with a little context on both sides, cut at word
 * boundaries, marked with "…" where text was cut, at most 160 characters.
 */
export function snippet(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const core = text.slice(from, to).replace(/\s+/g, ' ').trim();
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const full = `${head}${core}${tail}`;
  if (full.length <= MAX_SNIPPET) return full;
  return clip(text.slice(start, end), MAX_SNIPPET);
}
