import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema: every `graphql(...)` document
 * under src/ gets its result and variables types in src/gql/. Regenerate with
 * `npm run codegen:web`; test/web-build.e2e-spec.ts fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    [process.env.WEB_CODEGEN_OUT ?? 'apps/web/src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        avoidOptionals: { field: true, inputValue: false, object: true },
        skipTypename: true,
      },
    },
  },
};

export default config;
