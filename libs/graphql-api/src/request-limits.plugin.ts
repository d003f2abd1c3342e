import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { COMPUTED_FIELD_COST } from '@app/common';
import { variablesError } from './input-values';
import { queryTooComplex } from './limit-errors';

export const MAX_QUERY_COMPLEXITY = 20_000;

/**
 * A field's own estimate, never below 1: estimators multiply by page-size
 * arguments, and a negative `first` (refused later, by the validation pipe)
 * must not cancel the cost of the other fields of the same request.
 */
const boundedFieldEstimator = (): ComplexityEstimator => {
  const estimate = fieldExtensionsEstimator();
  return (options) => {
    const cost = estimate(options);
    if (cost === undefined) return undefined;
    return Number.isFinite(cost) ? Math.max(cost, 1) : Number.MAX_SAFE_INTEGER;
  };
};

/** graphql-query-complexity stops counting here (its default) and throws. */
const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

/**
 * Limits checked once the operation is known, each answering a typed 400
 * rather than a 500: the variable values (before anything walks them) and
 * the estimated cost (page sizes times nested fields, computed fields
 * costing much more). The document's nesting is checked before parsing, by
 * DocumentNestingMiddleware.
 */
@Plugin()
export class RequestLimitsPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      async didResolveOperation({ request, document, schema, operation }) {
        if (!operation) return; // execution reports the unknown operation name
        const inputError = variablesError(schema, operation, request.variables);
        if (inputError) throw inputError;
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [boundedFieldEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          if (error instanceof GraphQLError && error.message === TOO_MANY_NODES) {
            throw queryTooComplex('Query has too many fields: ask for fewer fields or split it into several requests.');
          }
          // Variables that do not coerce: execution reports them as
          // BAD_USER_INPUT with their path; an error thrown here would be a 500.
          if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return;
          throw error;
        }
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw queryTooComplex(
            `Query is too complex (${complexity} > ${MAX_QUERY_COMPLEXITY}): ask for smaller pages, fewer nested fields or fewer computed fields (plan, nextTouches and the like cost ${COMPUTED_FIELD_COST} each).`,
            { complexity, maximumComplexity: MAX_QUERY_COMPLEXITY },
          );
        }
      },
    };
  }
}
