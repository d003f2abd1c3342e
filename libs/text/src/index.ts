/** Text helpers without dependencies, shared by the pure cores: folding for comparison and URL sanitising. */
export { foldText } from './fold';
export { safeHttpUrl } from './http-url';
