import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PinoNestLogger, createPino } from '@tremplin/core';
import { WorkerModule, WorkerModuleOptions } from './worker.module';

/** Builds the worker (used by main.ts and the end-to-end tests). Processors start on init. */
export async function createWorkerApp(options: WorkerModuleOptions): Promise<INestApplicationContext> {
  const logger = new PinoNestLogger(createPino(options.config, 'worker'));
  const app = await NestFactory.createApplicationContext(WorkerModule.register(options), {
    logger,
    abortOnError: false,
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
