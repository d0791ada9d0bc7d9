import { ConfigError, loadConfig } from '@tremplin/core';
import { createWorkerApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  await createWorkerApp({ config });
  process.stdout.write(`Tremplin worker : files d'attente ${config.QUEUE_BACKEND} (${config.QUEUE_PREFIX})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
