import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the console, generated from the API's schema.gql (client preset).
 * `npm run web:codegen` writes src/gql; `npm run web:codegen:check` fails when it is stale (CI).
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        defaultScalarType: 'unknown',
        scalars: { ID: 'string', DateTime: 'string', LocalDate: 'string', JSON: 'unknown' },
      },
    },
    'apps/web/src/gql/embedded-types.ts': { plugins: ['./apps/web/codegen/embedded-types.cjs'] },
  },
};

export default config;
