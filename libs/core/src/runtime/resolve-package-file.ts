import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Absolute path of a file inside an installed package (`graphiql/graphiql.min.js`), resolved
 * from the working directory: works in the CommonJS build and in the ES-module test runner.
 */
export function resolvePackageFile(specifier: string): string {
  return createRequire(join(process.cwd(), 'package.json')).resolve(specifier);
}
