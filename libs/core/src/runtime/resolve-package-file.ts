import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Absolute path of a file shipped inside an installed package (`react`, `umd/react.production.min.js`),
 * found through the package's package.json (exported even by packages whose `exports` hide their
 * files) and resolved from the working directory: works in the CommonJS build and in the
 * ES-module test runner alike.
 */
export function resolvePackageFile(packageName: string, file: string): string {
  const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
  return join(dirname(requireFromRoot.resolve(`${packageName}/package.json`)), file);
}
