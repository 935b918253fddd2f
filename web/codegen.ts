import { fileURLToPath } from 'node:url';

import type { CodegenConfig } from '@graphql-codegen/cli';

/** The server generates server/schema.graphql from its code; the web's operations are checked against it. */
const schema = process.env.FLASKHALS_SCHEMA ?? fileURLToPath(new URL('../server/schema.graphql', import.meta.url));

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Typed document nodes, as urql takes them: each operation carries its result and variable types.
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSON: 'unknown', DateTime: 'string' },
      },
    },
  },
};

export default config;
