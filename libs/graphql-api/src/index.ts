export * from './graphql-api.module';
export * from './domain-exception.filter';
export * from './domain-error.mapping';
export { MAX_QUERY_COMPLEXITY } from './request-limits.plugin';
export { MAX_ALIASES, MAX_QUERY_DEPTH } from './validation-rules';
export { MAX_INPUT_NESTING } from './input-values';
export { MAX_DOCUMENT_NESTING } from './document-nesting';
