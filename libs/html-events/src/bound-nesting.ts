/**
 * Caps how deeply a page's elements nest, before parsing. htmlparser2
 * searches its stack of open elements for every end tag (and parse5 does
 * worse), so a page of 50,000 unclosed tags followed by 50,000 unmatched
 * end tags takes minutes to parse. No real page nests more than a few
 * hundred levels; start tags beyond the cap are dropped, with the end tags
 * that would close them, and - once nesting is deep - end tags that close
 * nothing open are dropped too (the parser would ignore them, at a cost).
 * Text, attributes of kept elements and script contents are untouched; a
 * page that stays under the cap comes back as it was.
 *
 * A linear scan with a deliberately small tokenizer: it only needs to know
 * where tags, comments and raw-text elements (script, style...) are.
 */

export interface BoundedHtml {
  html: string;
  /** Start tags dropped for being nested deeper than the cap. */
  dropped: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose end tag is optional: the parser closes them itself, so they
// are neither counted as nesting nor have their end tags dropped.
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'br']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

// Below this depth unmatched end tags are cheap for the parser, and kept:
// this scanner's view of the tree is approximate and must not alter real pages.
const DEEP = 256;

const TAG = /<(?:!--|[!?]|(\/?)([A-Za-z][A-Za-z0-9:_-]*))/g;
const ATTRIBUTES_END = /(?:[^>"']|"[^"]*"|'[^']*')*>/y;

export function boundNesting(html: string, maxDepth: number): BoundedHtml {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  const droppedOpen = new Map<string, number>();
  const kept: string[] = [];
  let copiedUpTo = 0;
  let dropped = 0;
  const cut = (from: number, to: number) => {
    kept.push(html.slice(copiedUpTo, from));
    copiedUpTo = to;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const start = m.index;
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', start + 4);
      TAG.lastIndex = end === -1 ? html.length : end + 3;
      continue;
    }
    ATTRIBUTES_END.lastIndex = TAG.lastIndex;
    const tail = ATTRIBUTES_END.exec(html);
    const end = tail ? ATTRIBUTES_END.lastIndex : html.length;
    TAG.lastIndex = end;
    if (!m[2]) continue; // <!doctype>, <?xml?>
    const name = m[2].toLowerCase();
    if (m[1] === '/') {
      if (IMPLIED_END.has(name)) continue;
      const pending = droppedOpen.get(name) ?? 0;
      if (pending > 0) {
        droppedOpen.set(name, pending - 1);
        cut(start, end);
      } else {
        if ((openCount.get(name) ?? 0) > 0) {
          // Closes the innermost open element of that name and all inside it.
          for (let closed = open.pop(); closed !== undefined; closed = open.pop()) {
            openCount.set(closed, (openCount.get(closed) ?? 1) - 1);
            if (closed === name) break;
          }
        } else if (open.length >= DEEP) {
          cut(start, end);
        }
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = end;
      const found = close.exec(html);
      TAG.lastIndex = found ? found.index : html.length;
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name) || html[end - 2] === '/') continue;
    if (open.length >= maxDepth) {
      droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
      dropped++;
      cut(start, end);
    } else {
      open.push(name);
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
    }
  }
  if (copiedUpTo === 0) return { html, dropped };
  kept.push(html.slice(copiedUpTo));
  return { html: kept.join(''), dropped };
}
