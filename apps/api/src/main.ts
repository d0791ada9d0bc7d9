import { exitWithLauncher, loadConfig, startErrorMessage } from '@tremplin/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  let app: Awaited<ReturnType<typeof createApiApp>> | null = null;
  exitWithLauncher(async () => {
    await app?.close();
  });
  const config = loadConfig(process.env);
  app = await createApiApp({ config });
  await app.listen(config.PORT);
  process.stdout.write(`Tremplin API : ${config.APP_URL}/graphql (GraphQL), ${config.APP_URL}/health\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${startErrorMessage(error, process.env.START_ERROR_LOG)}\n`);
  process.exit(1);
});
