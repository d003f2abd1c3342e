/** Helpers for tests and benchmarks only: no lib's own code may import this (eslint/boundaries.mjs lists it for none). */
export { seededRandom } from './seeded-random';
