import type { NestExpressApplication } from '@nestjs/platform-express';
import { CONSOLE_BUILD_DIR, ConsoleShell, isConsolePath } from '@tremplin/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { join } from 'node:path';

/**
 * The staff console on the API's own origin: its hashed assets under /assets (cached for a
 * year), its page on `/` and every console route. Other paths (GraphQL, health, signed links,
 * downloads) go on to Nest; an unknown path gets the console's 404 page from the error filter.
 */
export function mountConsole(app: NestExpressApplication, shell = new ConsoleShell()): void {
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        // react-aria positions popovers with style attributes.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        // Helmet's default would break a deployment served over plain http (a local start).
        'upgrade-insecure-requests': null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.use(
    '/assets',
    express.static(join(CONSOLE_BUILD_DIR, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '1y',
      fallthrough: true,
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isConsolePath(req.path)) return next();
    const page = shell.page();
    if (page === null) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send("La console n'est pas construite : lancez « npm run build » (ou « npm start »).");
      return;
    }
    securityHeaders(req, res, () => {
      res.status(200).type('html').setHeader('Cache-Control', 'no-cache').send(page);
    });
  });
}
