import { GraphQLError, GraphQLSchema, Lexer, parse, Source, TokenKind, validate } from 'graphql';
import { inputValuesRule, MAX_INPUT_NESTING } from './input-values';
import { queryTooDeep } from './limit-errors';

/**
 * Brackets (`{`, `[`, `(`) a document may nest before it is parsed. The
 * graphql-js parser recurses once per level and overflows the stack near
 * ten thousand; a real operation needs the selection depth limit plus an
 * argument plus MAX_INPUT_NESTING, well under this.
 */
export const MAX_DOCUMENT_NESTING = 64;

const OPENERS = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSERS = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** The source range of the first group nested deeper than `max`, found with the (iterative) lexer. */
export function firstTooDeepGroup(body: string, max: number): { start: number; end: number } | null {
  const lexer = new Lexer(new Source(body));
  let depth = 0;
  let start = -1;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (OPENERS.has(token.kind)) {
        depth += 1;
        if (start === -1 && depth > max) start = token.start;
      } else if (CLOSERS.has(token.kind)) {
        if (start !== -1 && depth === max + 1) return { start, end: token.end };
        depth = Math.max(0, depth - 1);
      }
    }
  } catch {
    // A syntax error: the parser reports it, having recursed no deeper than here.
  }
  return start === -1 ? null : { start, end: body.length };
}

/**
 * Refuses a document nested deeper than MAX_DOCUMENT_NESTING before the
 * parser sees it. When the depth is in an input value (a JSON `recipe`
 * literal), the answer names that field like any other bad input: the
 * too-deep part is cut out and the rest, now safe to parse and still too
 * deep for MAX_INPUT_NESTING, is checked by the input rule against the
 * schema.
 */
export function documentNestingError(schema: GraphQLSchema, body: string): GraphQLError | null {
  let group = firstTooDeepGroup(body, MAX_DOCUMENT_NESTING);
  if (!group) return null;
  let shallow = body;
  // Each pass replaces one group with `null` (a value, unlike a selection set);
  // a document with more than a few such groups is not worth naming the field for.
  for (let pass = 0; group && pass < 8; pass += 1) {
    shallow = `${shallow.slice(0, group.start)}null${shallow.slice(group.end)}`;
    group = firstTooDeepGroup(shallow, MAX_DOCUMENT_NESTING);
  }
  if (!group) {
    try {
      const inputError = validate(schema, parse(shallow, { noLocation: true }), [inputValuesRule(MAX_INPUT_NESTING)])[0];
      if (inputError) return inputError;
    } catch {
      // Not parseable once cut: the depth was not in a value.
    }
  }
  return queryTooDeep(`Query is nested more than ${MAX_DOCUMENT_NESTING} levels deep: ask for fewer nested levels.`, {
    maximumDepth: MAX_DOCUMENT_NESTING,
  });
}
