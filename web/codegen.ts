import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The server generates server/schema.graphql from its code; until it exists the hand-written
 * contract stands in. Either way the web's operations are checked against one schema.
 */
const generatedSchema = fileURLToPath(new URL('../server/schema.graphql', import.meta.url));
const contract = fileURLToPath(new URL('../docs/graphql-contract.graphql', import.meta.url));
const schema = process.env.FLASKHALS_SCHEMA ?? (existsSync(generatedSchema) ? generatedSchema : contract);

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // The client sends the operation text: no GraphQL parser in the bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSON: 'unknown', DateTime: 'string' },
      },
    },
  },
};

export default config;
