import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_QUERY_COMPLEXITY = 20_000;

/** Refuses operations whose estimated cost (page sizes times nested fields) is too high. */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      async didResolveOperation({ request, document, schema }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // Variables that do not coerce: execution reports them as
          // BAD_USER_INPUT with their path; an error thrown here would be a 500.
          if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return;
          throw error;
        }
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw new GraphQLError(
            `Query is too complex (${complexity} > ${MAX_QUERY_COMPLEXITY}): ask for smaller pages or fewer nested fields.`,
            { extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maximumComplexity: MAX_QUERY_COMPLEXITY } },
          );
        }
      },
    };
  }
}
