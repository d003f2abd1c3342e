import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, OperationTypeNode, ValidationContext, ValidationRule } from 'graphql';
import { inputValuesRule } from './input-values';
import { badRequest, queryTooComplex, queryTooDeep } from './limit-errors';

export const MAX_QUERY_DEPTH = 10;

/**
 * Aliases per operation, fragments included (graphql-armor counts the whole
 * operation, not per field). Every alias of a field runs its resolver again,
 * so this bounds repeated work that the cost estimate alone would let
 * through; no client of ours uses more than a handful.
 */
export const MAX_ALIASES = 30;

// graphql-armor prefixes its messages as if they were syntax errors.
const armorMessage = (error: GraphQLError) => error.message.replace(/^Syntax Error: /, '');

/**
 * graphql-armor rules report through these callbacks instead of throwing,
 * which Apollo would answer with a 500. Apollo gives every validation error
 * the code GRAPHQL_VALIDATION_FAILED; the API's error formatting restores
 * the code set here.
 */
const reportWith = (make: (error: GraphQLError) => GraphQLError) => [
  (context: ValidationContext | null, error: GraphQLError) => context?.reportError(make(error)),
];

const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(badRequest('Subscriptions are not supported: ask with a query instead.', node));
    }
  },
});

export function validationRules(): ValidationRule[] {
  return [
    noSubscriptionsRule,
    maxDepthRule({
      n: MAX_QUERY_DEPTH,
      ignoreIntrospection: true,
      // Depth is how deep fields nest: a fragment spread is not a level of its own (else the web app's fragments cost depth).
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reportWith((error) => queryTooDeep(`${armorMessage(error)} Ask for fewer nested levels.`, { maximumDepth: MAX_QUERY_DEPTH })),
    }),
    maxAliasesRule({
      n: MAX_ALIASES,
      propagateOnRejection: false,
      onReject: reportWith((error) =>
        queryTooComplex(`${armorMessage(error)} Ask for each field once, or split the work into several requests.`, { maximumAliases: MAX_ALIASES }),
      ),
    }),
    inputValuesRule(),
  ];
}
