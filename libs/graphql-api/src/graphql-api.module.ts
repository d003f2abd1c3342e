import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { RequestContext, RequestLoaders } from '@app/common';
import { DocumentNestingMiddleware } from './document-nesting.middleware';
import { DomainExceptionFilter } from './domain-exception.filter';
import { graphqlErrorFormatter } from './error-format';
import { RequestLimitsPlugin } from './request-limits.plugin';
import { InputValidationPipe } from './validation.pipe';
import { validationRules } from './validation-rules';

/**
 * The GraphQL endpoint: code-first schema (sorted), typed errors, input
 * validation, per-request DataLoaders, and limits on depth, aliases, cost
 * and input values.
 */
const GRAPHQL_PATH = '/graphql';

@Module({})
export class GraphqlApiModule implements NestModule {
  static forRoot(): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: GRAPHQL_PATH,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
          context: ({ req }: { req: RequestContext['req'] }): RequestContext => ({ req, loaders: new RequestLoaders() }),
          validationRules: validationRules(),
          // Field resolvers (`@ResolveField`) throw domain errors too: they go through the same filter.
          fieldResolverEnhancers: ['filters'],
          formatError: graphqlErrorFormatter({ suggestions: true }),
        }),
      ],
      providers: [
        RequestLimitsPlugin,
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(DocumentNestingMiddleware).forRoutes({ path: GRAPHQL_PATH, method: RequestMethod.ALL });
  }
}
