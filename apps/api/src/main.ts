import { ConfigError, loadConfig } from '@tremplin/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApiApp({ config });
  await app.listen(config.PORT);
  process.stdout.write(`Tremplin API : ${config.APP_URL}/graphql (GraphQL), ${config.APP_URL}/health\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
