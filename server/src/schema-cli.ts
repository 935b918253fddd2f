import 'reflect-metadata';

import * as fs from 'node:fs';
import * as path from 'node:path';

import { buildSchemaFile } from './schema';

/** `npm run schema`: writes server/schema.graphql from the code-first types. */
buildSchemaFile()
  .then((sdl) => {
    const file = path.resolve(__dirname, '..', 'schema.graphql');
    fs.writeFileSync(file, sdl);
    console.log(`Wrote ${file}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
