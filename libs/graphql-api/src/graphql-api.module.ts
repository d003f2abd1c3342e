import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { RequestContext, RequestLoaders } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { MetricsModule } from '@app/metrics';
import { DocumentNestingMiddleware } from './document-nesting.middleware';
import { DomainExceptionFilter } from './domain-exception.filter';
import { graphqlErrorFormatter } from './error-format';
import { MetricsPlugin } from './metrics.plugin';
import { noStore } from './no-store.middleware';
import { RequestLimitsPlugin } from './request-limits.plugin';
import { InputValidationPipe } from './validation.pipe';
import { validationRules } from './validation-rules';

/**
 * The GraphQL endpoint: code-first schema (sorted), typed errors, input
 * validation, per-request DataLoaders, and limits on depth, aliases, cost
 * and input values. Introspection and "Did you mean" hints follow
 * `config.graphql.introspection` (off in production unless enabled).
 */
const GRAPHQL_PATH = '/graphql';

@Module({})
export class GraphqlApiModule implements NestModule {
  static forRoot(): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        MetricsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): ApolloDriverConfig => ({
            path: GRAPHQL_PATH,
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: config.graphql.introspection,
            includeStacktraceInErrorResponses: false,
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
            context: ({ req, res }: { req: RequestContext['req']; res: RequestContext['res'] }): RequestContext => ({
              req,
              res,
              loaders: new RequestLoaders(),
            }),
            // Field resolvers (`@ResolveField`) throw domain errors too: they go through the same filter.
            fieldResolverEnhancers: ['filters'],
            validationRules: validationRules(),
            formatError: graphqlErrorFormatter({ suggestions: config.graphql.introspection }),
            // No answer is cacheable by HTTP caches; Apollo's default cache-control plugin would still
            // hook every field resolution (hundreds of thousands of calls a second under load).
            // (Nest loads Apollo's ESM build and this file its CJS one: the plugin is recognised by its id, the types differ.)
            plugins: [ApolloServerPluginCacheControlDisabled() as NonNullable<ApolloDriverConfig['plugins']>[number]],
          }),
        }),
      ],
      providers: [
        RequestLimitsPlugin,
        MetricsPlugin,
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(noStore, DocumentNestingMiddleware).forRoutes({ path: GRAPHQL_PATH, method: RequestMethod.ALL });
  }
}
