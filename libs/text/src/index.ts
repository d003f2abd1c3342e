/** Text helpers without dependencies, shared by the pure cores: folding for comparison, URL sanitising, snake_case names. */
export { foldText } from './fold';
export { safeHttpUrl } from './http-url';
export { snakeCase } from './snake-case';
