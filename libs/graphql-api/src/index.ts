export * from './graphql-api.module';
export * from './domain-exception.filter';
export * from './domain-error.mapping';
export { MAX_QUERY_COMPLEXITY } from './complexity.plugin';
