import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PinoNestLogger, createPino, httpLogger } from '@tremplin/core';
import cookieParser from 'cookie-parser';
import { ApiModule, ApiModuleOptions } from './api.module';
import { mountConsole } from './http/console';
import { mountQueueDashboard } from './http/queue-dashboard';

/** Builds the API application (used by main.ts, the CLI and the end-to-end tests alike). */
export async function createApiApp(options: ApiModuleOptions): Promise<NestExpressApplication> {
  const logger = new PinoNestLogger(createPino(options.config, 'api'));
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register(options), {
    logger,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(httpLogger(logger.pino));
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  mountQueueDashboard(app);
  mountConsole(app);
  app.enableShutdownHooks();
  return app;
}
