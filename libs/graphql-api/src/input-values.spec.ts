import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { inputValuesRule, MAX_INPUT_NESTING, variablesError } from './input-values';

const schema = buildSchema(`
  scalar JSONObject
  input CompanyInput { name: String!, aliases: [String!] }
  input SourceInput { url: String!, recipe: JSONObject, companies: [CompanyInput!] }
  type Query { events(search: String): Int }
  type Mutation { createSource(input: SourceInput!): Int, createCompany(input: CompanyInput!): Int }
`);

const nested = (depth: number) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
const nestedValue = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
};

function literalErrors(query: string) {
  return validate(schema, parse(query), [inputValuesRule()]).map((e) => e.extensions);
}

function variableError(query: string, variables: Record<string, unknown>) {
  const operation = getOperationAST(parse(query));
  if (!operation) throw new Error('no operation');
  return variablesError(schema, operation, variables)?.extensions ?? null;
}

describe('input values in the document', () => {
  it('names the string argument or input field holding a NUL', () => {
    expect(literalErrors('{ events(search: "a\\u0000b") }')).toMatchObject([{ code: 'BAD_USER_INPUT', fields: [{ field: 'search' }] }]);
    expect(literalErrors('mutation { createCompany(input: {name: "x", aliases: ["ok", "\\u0000"]}) }')).toMatchObject([
      { fields: [{ field: 'input.aliases' }] },
    ]);
    expect(literalErrors('mutation($i: CompanyInput = {name: "\\u0000"}) { createCompany(input: $i) }')).toMatchObject([{ fields: [{ field: 'i.name' }] }]);
  });

  it('names a JSON field by the field, however deep the problem inside it', () => {
    expect(literalErrors(`mutation { createSource(input: {url: "u", recipe: {a: {b: "\\u0000"}}}) }`)).toMatchObject([
      { fields: [{ field: 'input.recipe', message: expect.stringMatching(/NUL/) }] },
    ]);
    expect(literalErrors(`mutation { createSource(input: {url: "u", recipe: ${nested(40)}}) }`)).toEqual([
      { code: 'BAD_USER_INPUT', fields: [{ field: 'input.recipe', message: expect.stringMatching(/32 levels/) }], http: { status: 400 } },
    ]);
  });

  it('accepts values nested up to the bound', () => {
    // The input object is one level; the recipe may take the rest.
    expect(literalErrors(`mutation { createSource(input: {url: "u", recipe: ${nested(MAX_INPUT_NESTING - 1)}}) }`)).toEqual([]);
  });
});

describe('variable values', () => {
  const createSource = 'mutation($input: SourceInput!) { createSource(input: $input) }';

  it('names the variable path of a NUL, in strings, list items and JSON keys', () => {
    expect(variableError('mutation($i: CompanyInput!) { createCompany(input: $i) }', { i: { name: 'a\u0000' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'i.name' }],
    });
    expect(variableError(createSource, { input: { url: 'u', companies: [{ name: 'ok' }, { name: 'x', aliases: ['\u0000'] }] } })).toMatchObject({
      fields: [{ field: 'input.companies.aliases' }],
    });
    expect(variableError(createSource, { input: { url: 'u', recipe: { 'k\u0000': 1 } } })).toMatchObject({ fields: [{ field: 'input.recipe' }] });
    expect(variableError('query($s: String) { events(search: $s) }', { s: '\u0000' })).toMatchObject({ fields: [{ field: 's' }] });
  });

  it('refuses values nested beyond the bound without recursing, naming the JSON field', () => {
    expect(variableError(createSource, { input: { url: 'u', recipe: nestedValue(100_000) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.recipe', message: expect.stringMatching(/32 levels/) }],
    });
    expect(variableError(createSource, { input: { url: 'u', recipe: nestedValue(MAX_INPUT_NESTING - 1) } })).toBeNull();
  });

  it('ignores variables the operation does not declare, and undefined ones', () => {
    expect(variableError('query { events }', { s: '\u0000' })).toBeNull();
    expect(variableError('query($s: String) { events(search: $s) }', {})).toBeNull();
  });
});
