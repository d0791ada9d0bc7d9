import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../apps/api/src/bootstrap';
import { TestPlatform } from './support/test-platform';

describe('schema.gql', () => {
  it('is the SDL generated from the resolvers (run `npm run schema:generate` after changing the API)', async () => {
    const platform = await TestPlatform.start({ worker: false });
    const file = join(tmpdir(), `tremplin-schema-${process.pid}.gql`);
    const app = await createApiApp({ config: platform.config, schemaFile: file });
    try {
      await app.init();
      const [generated, committed] = await Promise.all([readFile(file, 'utf8'), readFile('schema.gql', 'utf8')]);
      expect(committed).toBe(generated);
    } finally {
      await app.close();
      await platform.stop();
    }
  });
});
