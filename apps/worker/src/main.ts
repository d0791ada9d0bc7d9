import { exitWithLauncher, loadConfig, startErrorMessage } from '@tremplin/core';
import { createWorkerApp } from './bootstrap';

async function main(): Promise<void> {
  let app: Awaited<ReturnType<typeof createWorkerApp>> | null = null;
  exitWithLauncher(async () => {
    await app?.close();
  });
  const config = loadConfig(process.env);
  app = await createWorkerApp({ config });
  process.stdout.write(`Tremplin worker : files d'attente ${config.QUEUE_BACKEND} (${config.QUEUE_PREFIX})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${startErrorMessage(error, process.env.START_ERROR_LOG)}\n`);
  process.exit(1);
});
