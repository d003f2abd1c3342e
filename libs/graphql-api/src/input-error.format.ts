import { GraphQLFormattedError, Kind, parse, visit, type ASTNode, type GraphQLError } from 'graphql';

/**
 * The input field a validation error is about, as a dotted path such as
 * "input.role". graphql-js reports a bad literal (unknown enum value,
 * string for an Int) with the AST node of the value only; the enclosing
 * argument and object-field names are recovered by walking the document.
 */
export function fieldPathOf(error: GraphQLError): string | null {
  const start = error.nodes?.[0]?.loc?.start;
  const body = error.source?.body;
  if (start === undefined || !body) return null;
  const names: string[] = [];
  let found: string | null = null;
  try {
    visit(parse(body), {
      enter(node: ASTNode) {
        if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
        if (found === null && node.loc?.start === start && names.length > 0 && node.kind !== Kind.ARGUMENT && node.kind !== Kind.OBJECT_FIELD) {
          found = names.join('.');
        }
      },
      leave(node: ASTNode) {
        if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.pop();
      },
    });
  } catch {
    return null;
  }
  return found;
}

const BAD_VALUE = [
  /does not exist in ".*" enum/,
  /cannot represent/,
  /^Expected value of type/,
  /^Field ".*" of required type ".*" was not provided/,
  /^Field ".*" is not defined by type/,
  /^Int cannot represent/,
];

/** Variable paths look like `at "input.role"` in graphql-js messages. */
function pathFromMessage(message: string): string | null {
  const at = message.match(/ at "([^"]+)"/);
  if (at) return at[1];
  const missing = message.match(/^Field "(?:\w+\.)?(\w+)" of required type/);
  return missing ? missing[1] : null;
}

/**
 * Client input that graphql-js rejects before any resolver runs (a wrong
 * enum value or scalar) is reported as BAD_USER_INPUT with the field, like
 * the errors of our own validation, instead of a generic validation failure.
 */
export function formatInputError(formatted: GraphQLFormattedError, original: GraphQLError | null): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'BAD_USER_INPUT') return formatted;
  if (formatted.extensions?.fields) return formatted; // named already (our rules, our validation)
  // A validation error located on a value inside an argument is about the
  // client's input (a bad literal), whatever rule or scalar raised it.
  const literalPath = code === 'GRAPHQL_VALIDATION_FAILED' && original ? fieldPathOf(original) : null;
  if (!literalPath && !BAD_VALUE.some((re) => re.test(formatted.message))) return formatted;
  const field = literalPath ?? (original && fieldPathOf(original)) ?? pathFromMessage(formatted.message);
  return {
    ...formatted,
    extensions: {
      ...formatted.extensions,
      code: 'BAD_USER_INPUT',
      ...(field && { fields: [{ field, message: formatted.message }] }),
    },
  };
}
