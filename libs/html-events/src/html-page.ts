import { type CheerioAPI, load } from 'cheerio';
import type { Element } from 'domhandler';
import { safeHttpUrl } from '@app/text';
import { walkElements } from './dom';
import { WarningLog } from './warnings';

/** A page opened once and shared by every extractor. */
export interface HtmlPage {
  readonly html: string;
  readonly $: CheerioAPI;
  /** options.baseUrl, overridden by the page's own <base href> (resolved against it). */
  readonly baseUrl: string | undefined;
  /** <script type="application/ld+json"> elements, in document order. */
  readonly jsonLdScripts: readonly Element[];
  /** Deepest element nesting of the page. */
  readonly depth: number;
  readonly warnings: WarningLog;
  /** content of the first <meta property|name="..."> with that key. */
  meta(key: string): string | null;
  /** 1-based line of a character offset in `html`. */
  lineAt(offset: number | null | undefined): number | undefined;
}

export function openPage(html: string, baseUrl: string | undefined): HtmlPage {
  // htmlparser2 rather than parse5: it builds the tree in linear time on
  // deeply nested or unbalanced markup, where parse5 takes seconds, and it
  // records where each element starts (for warning line numbers).
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true } });
  const index = indexPage($.root()[0]);
  let newlines: number[] | null = null;
  return {
    html,
    $,
    baseUrl: (index.baseHref && safeHttpUrl(index.baseHref, baseUrl)) || baseUrl,
    jsonLdScripts: index.jsonLdScripts,
    depth: index.depth,
    warnings: new WarningLog(),
    meta: (key) => index.meta.get(key.toLowerCase()) ?? null,
    lineAt(offset) {
      if (offset == null || offset < 0) return undefined;
      newlines ??= newlineOffsets(html);
      let [lo, hi] = [0, newlines.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (newlines[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo + 1;
    },
  };
}

/**
 * What several extractors need, gathered in one walk. cheerio's selector
 * engine is not used for this: its tree search (domutils findAll) shifts
 * an array as deep as the page at every step, so each query costs
 * O(elements x depth), a quarter of a second on a hostile page.
 */
function indexPage(root: Parameters<typeof walkElements>[0]) {
  const jsonLdScripts: Element[] = [];
  const meta = new Map<string, string>();
  let baseHref: string | undefined;
  let depth = 0;
  walkElements(root, (element, level) => {
    depth = Math.max(depth, level);
    const a = element.attribs;
    switch (element.name) {
      case 'script':
        if ((a.type ?? '').split(';')[0].trim().toLowerCase() === 'application/ld+json') jsonLdScripts.push(element);
        return false;
      case 'base':
        baseHref ??= a.href;
        break;
      case 'meta': {
        const key = (a.property ?? a.name ?? '').toLowerCase();
        if (key && a.content !== undefined && !meta.has(key)) meta.set(key, a.content);
        break;
      }
    }
    return true;
  });
  return { jsonLdScripts, meta, baseHref, depth };
}

function newlineOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) offsets.push(i);
  return offsets;
}
