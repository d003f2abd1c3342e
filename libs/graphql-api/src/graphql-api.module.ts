import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { RequestContext, RequestLoaders } from '@app/common';
import { ComplexityPlugin } from './complexity.plugin';
import { DomainExceptionFilter } from './domain-exception.filter';
import { graphqlErrorFormatter } from './error-format';
import { InputValidationPipe } from './validation.pipe';

export const MAX_QUERY_DEPTH = 10;

/**
 * The GraphQL endpoint: code-first schema (sorted), typed errors, input
 * validation, per-request DataLoaders, and depth and complexity limits.
 */
@Module({})
export class GraphqlApiModule {
  static forRoot(): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
          context: ({ req }: { req: RequestContext['req'] }): RequestContext => ({ req, loaders: new RequestLoaders() }),
          validationRules: [
            maxDepthRule({
              n: MAX_QUERY_DEPTH,
              ignoreIntrospection: true,
              // Reported as a validation error (HTTP 400) rather than thrown,
              // which Apollo would turn into a 500.
              propagateOnRejection: false,
              onReject: [
                (context, error) =>
                  context?.reportError(
                    new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Ask for fewer nested levels.`, {
                      extensions: { code: 'QUERY_TOO_DEEP', maximumDepth: MAX_QUERY_DEPTH },
                    }),
                  ),
              ],
            }),
          ],
          // Field resolvers (`@ResolveField`) throw domain errors too: they go through the same filter.
          fieldResolverEnhancers: ['filters'],
          formatError: graphqlErrorFormatter({ suggestions: true }),
        }),
      ],
      providers: [
        ComplexityPlugin,
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }
}
