import { buildSchema } from 'graphql';
import { documentNestingError, firstTooDeepGroup, MAX_DOCUMENT_NESTING } from './document-nesting';

const schema = buildSchema(`
  scalar JSONObject
  input CreateSourceInput { url: String!, recipe: JSONObject }
  type Item { id: ID, item: Item }
  type Query { item: Item }
  type Mutation { createSource(input: CreateSourceInput!): Int }
`);

const nestedObject = (depth: number) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;

describe('document nesting, checked before parsing', () => {
  it('finds the first group nested deeper than the bound, strings and comments aside', () => {
    expect(firstTooDeepGroup('{ a { b } }', 2)).toBeNull();
    expect(firstTooDeepGroup('{ a(s: "{{{{{{") { b } } # {{{{{{', 3)).toBeNull();
    expect(firstTooDeepGroup('{ a { b { c } } }', 2)).toEqual({ start: 8, end: 13 });
  });

  it('lets ordinary documents through untouched', () => {
    expect(documentNestingError(schema, `mutation { createSource(input: {url: "u", recipe: ${nestedObject(20)}}) }`)).toBeNull();
  });

  it('names the input field of a literal nested thousands deep, without recursing', () => {
    const error = documentNestingError(schema, `mutation { createSource(input: {url: "u", recipe: ${nestedObject(15_000)}}) }`);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.recipe' }] });
  });

  it('calls deep selections QUERY_TOO_DEEP', () => {
    const error = documentNestingError(schema, `{ ${'item { '.repeat(15_000)} id ${'} '.repeat(15_000)} }`);
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maximumDepth: MAX_DOCUMENT_NESTING });
  });

  it('copes with unbalanced and unlexable documents (the parser reports those)', () => {
    expect(documentNestingError(schema, '{ item { id }')).toBeNull();
    expect(documentNestingError(schema, `{ ${'['.repeat(100)}`)?.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(documentNestingError(schema, '{ item \u0001 }')).toBeNull();
  });
});
