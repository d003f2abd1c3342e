/**
 * JSON.parse with a second chance for the breakage real pages ship in
 * JSON-LD blocks. No JSON5/relaxed-JSON library fits: they accept a
 * different grammar (single quotes, unquoted keys) but still reject what
 * CMS templates actually produce, namely PHP's \' escape, raw newlines
 * inside strings and trailing commas. The repair is one linear pass.
 */

export type LenientParse = { ok: true; value: unknown; repaired: string[] } | { ok: false; error: string };

const WRAPPERS: [RegExp, string][] = [
  [/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, 'CDATA wrapper'],
  [/^\s*\/\*\s*<!\[CDATA\[\s*\*\/|\/\*\s*\]\]>\s*\*\/\s*$/g, 'CDATA wrapper'],
  [/^\s*<!--|-->\s*$/g, 'HTML comment wrapper'],
];

export function parseLenientJson(text: string): LenientParse {
  let body = text.replace(/^\uFEFF/, '');
  const repaired: string[] = [];
  for (const [pattern, what] of WRAPPERS) {
    const unwrapped = body.replace(pattern, '');
    if (unwrapped !== body) {
      body = unwrapped;
      if (!repaired.includes(what)) repaired.push(what);
    }
  }
  try {
    return { ok: true, value: JSON.parse(body), repaired };
  } catch (error) {
    const fixed = repairJson(body);
    if (fixed.fixes.length === 0) return { ok: false, error: message(error) };
    try {
      return { ok: true, value: JSON.parse(fixed.text), repaired: [...repaired, ...fixed.fixes] };
    } catch {
      return { ok: false, error: message(error) };
    }
  }
}

const VALID_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Rewrites invalid escapes, raw control characters, comments and trailing commas. */
export function repairJson(text: string): { text: string; fixes: string[] } {
  const out: string[] = [];
  const fixes = new Set<string>();
  let inString = false;
  let lastSignificant = -1; // index in `out` of the last non-blank token outside strings
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (VALID_ESCAPES.has(next) || (next === 'u' && HEX4.test(text.slice(i + 2, i + 6)))) {
          out.push(c, next);
        } else {
          // "\'" (PHP addslashes) and other unknown escapes mean the character itself.
          fixes.add('invalid escape');
          out.push(next === 'u' ? '\\\\u' : controlEscape(next));
        }
        i++;
      } else if (c === '"') {
        inString = false;
        out.push(c);
        lastSignificant = out.length - 1;
      } else if (c < ' ') {
        fixes.add('raw control character in a string');
        out.push(controlEscape(c));
      } else {
        out.push(c);
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      out.push(c);
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      fixes.add('comment');
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : text[i + 1] === '/' ? end - 1 : end + 1;
    } else if ((c === '}' || c === ']') && lastSignificant >= 0 && out[lastSignificant] === ',') {
      fixes.add('trailing comma');
      out[lastSignificant] = '';
      out.push(c);
      lastSignificant = out.length - 1;
    } else {
      out.push(c);
      if (c > ' ') lastSignificant = out.length - 1;
    }
  }
  return { text: out.join(''), fixes: [...fixes] };
}

function controlEscape(c: string): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '':
      return '';
    default:
      return c < ' ' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c === '"' ? '\\"' : c;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
