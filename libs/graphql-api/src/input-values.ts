import {
  ArgumentNode,
  ASTNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isLeafType,
  isListType,
  ObjectFieldNode,
  OperationDefinitionNode,
  typeFromAST,
  ValidationRule,
  VariableDefinitionNode,
} from 'graphql';
import { badUserInput } from './limit-errors';

/**
 * Objects and lists in one argument or variable value may nest this deep.
 * Only JSON scalars (a source's `recipe`) can nest at all beyond a few
 * levels, and everything downstream (class-transformer, JSON.stringify,
 * PostgreSQL's jsonb) recurses over them.
 */
export const MAX_INPUT_NESTING = 32;

// PostgreSQL refuses U+0000 in text and jsonb, so a NUL would fail as a 500 at the first write.
const NUL = '\u0000';
const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';
const nestingMessage = (max: number) => `must not nest objects or lists more than ${max} levels deep`;

/**
 * A field is named down to its first scalar: a problem deep inside a JSON
 * value is reported on the field holding it ("input.recipe"), like the
 * messages of graphql-js and of our validation pipe.
 */
interface PathPart {
  name: string;
  isLeaf: boolean;
}

function fieldName(parts: readonly PathPart[]): string {
  const leaf = parts.findIndex((p) => p.isLeaf);
  return parts
    .slice(0, leaf === -1 ? parts.length : leaf + 1)
    .map((p) => p.name)
    .join('.');
}

const isLeafInput = (type: GraphQLInputType | undefined | null): boolean => !type || isLeafType(getNamedType(type));

/**
 * Literal values in the document: no NUL in any string, objects and lists
 * nested at most `maxNesting` deep. Each problem is reported once per field.
 */
export function inputValuesRule(maxNesting = MAX_INPUT_NESTING): ValidationRule {
  return (context) => {
    const path: PathPart[] = [];
    const reported = new Set<string>();
    let nesting = 0;
    const report = (message: string, node: ASTNode) => {
      const field = fieldName(path) || 'value';
      if (reported.has(`${field}\n${message}`)) return;
      reported.add(`${field}\n${message}`);
      context.reportError(badUserInput(field, message, node));
    };
    const enterNesting = {
      enter(node: ASTNode) {
        nesting += 1;
        if (nesting > maxNesting) report(nestingMessage(maxNesting), node);
      },
      leave() {
        nesting -= 1;
      },
    };
    // TypeInfo has entered the node when these run, so getInputType() is the node's own type.
    const named = <N extends ASTNode>(name: (node: N) => string) => ({
      enter(node: N) {
        path.push({ name: name(node), isLeaf: isLeafInput(context.getInputType()) });
      },
      leave() {
        path.pop();
      },
    });
    return {
      Argument: named<ArgumentNode>((node) => node.name.value),
      VariableDefinition: named<VariableDefinitionNode>((node) => node.variable.name.value),
      ObjectField: named<ObjectFieldNode>((node) => node.name.value),
      ObjectValue: enterNesting,
      ListValue: enterNesting,
      StringValue(node) {
        if (node.value.includes(NUL)) report(NUL_MESSAGE, node);
      },
    };
  };
}

interface Pending {
  value: unknown;
  path: string;
  /** The GraphQL type of `value`; null inside a scalar (JSON) or an unknown field. */
  type: GraphQLInputType | null;
  /** True inside a scalar: deeper keys are part of the same field. */
  inLeaf: boolean;
  depth: number;
}

/**
 * The same checks for variable values, before anything (class-transformer,
 * the complexity estimator) walks them. Iterative, because the value may be
 * nested thousands of levels deep.
 */
export function variablesError(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  maxNesting = MAX_INPUT_NESTING,
): GraphQLError | null {
  if (!variables) return null;
  const pending: Pending[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!(name in variables)) continue;
    const type = (typeFromAST(schema, definition.type) as GraphQLInputType | undefined) ?? null;
    pending.push({ value: variables[name], path: name, type, inLeaf: isLeafInput(type), depth: 0 });
  }
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, path, type, inLeaf, depth } = item;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return badUserInput(path, NUL_MESSAGE);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > maxNesting) return badUserInput(path, nestingMessage(maxNesting));
    const nullable = type && getNullableType(type);
    if (Array.isArray(value)) {
      // graphql-js accepts a single value for a list type too, so a list item has the list's item type.
      const itemType = nullable && isListType(nullable) ? nullable.ofType : null;
      for (const element of value) pending.push({ value: element, path, type: itemType, inLeaf: inLeaf || !itemType, depth: depth + 1 });
      continue;
    }
    const fields = !inLeaf && nullable && isInputObjectType(nullable) ? nullable.getFields() : null;
    for (const [key, child] of Object.entries(value)) {
      if (key.includes(NUL)) return badUserInput(path, NUL_MESSAGE);
      if (!fields) {
        pending.push({ value: child, path, type: null, inLeaf: true, depth: depth + 1 });
        continue;
      }
      const fieldType = fields[key]?.type ?? null;
      pending.push({ value: child, path: `${path}.${key}`, type: fieldType, inLeaf: isLeafInput(fieldType), depth: depth + 1 });
    }
  }
  return null;
}
