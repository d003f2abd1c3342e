import { shouldSeedDemo } from './demo-policy';

describe('shouldSeedDemo', () => {
  it.each([
    ['development, embedded, unset', 'development', true, null, true],
    ['development, server, unset', 'development', false, null, false],
    ['production, embedded, unset', 'production', true, null, false],
    ['production, server, SEED_DEMO=true', 'production', false, true, true],
    ['development, embedded, SEED_DEMO=false', 'development', true, false, false],
  ] as const)('%s -> %p', (_case, env, embedded, seedDemo, expected) => {
    expect(shouldSeedDemo({ env, seedDemo }, embedded)).toBe(expected);
  });
});
