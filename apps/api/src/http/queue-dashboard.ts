import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AFTER_LOGIN_PARAM, AppException, JobQueue, QueueName, Role, consolePath } from '@tremplin/core';
import { AuthService, SESSION_COOKIE } from '@tremplin/identity';
import type { NextFunction, Request, Response } from 'express';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The BullMQ dashboard (bull-board) at /admin/queues, for administrators only: the session
 * cookie of the console (or a bearer token) is checked on every request of the board.
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const jobs = app.get(JobQueue);
  const auth = app.get(AuthService);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(jobs.queue(name), { readOnlyMode: false })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Tremplin — files' } },
  });
  serverAdapter.setViewsPath(offlineBoardViews());

  const adminOnly = async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ')
      ? header.slice(7)
      : (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (!token) return res.redirect(303, consolePath('login', {}, { [AFTER_LOGIN_PARAM]: QUEUE_DASHBOARD_PATH }));
    try {
      const user = await auth.authenticate(token);
      if (user.role !== Role.ADMIN)
        return res.status(403).type('text/plain; charset=utf-8').send('Réservé aux administrateurs.');
      return next();
    } catch (error) {
      if (error instanceof AppException)
        return res.redirect(303, consolePath('login', {}, { [AFTER_LOGIN_PARAM]: QUEUE_DASHBOARD_PATH }));
      return next(error);
    }
  };
  app.use(QUEUE_DASHBOARD_PATH, adminOnly, serverAdapter.getRouter());
}

/**
 * bull-board's page without the Google Fonts stylesheet it links to: the board then works
 * offline and tells no third party who uses it (the browser falls back to a system font). The
 * page is the installed version's own, copied once per process with that link removed.
 */
function offlineBoardViews(): string {
  // Found the way bull-board finds it: from its own package, whose dependency it is.
  const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
  const uiPackage = createRequire(requireFromRoot.resolve('@bull-board/api')).resolve('@bull-board/ui/package.json');
  const page = readFileSync(join(dirname(uiPackage), 'dist/index.ejs'), 'utf8');
  const offline = page.replace(/<link[^>]*fonts\.(googleapis|gstatic)\.com[^>]*>\s*/g, '');
  const views = mkdtempSync(join(tmpdir(), 'tremplin-queue-board-'));
  writeFileSync(join(views, 'index.ejs'), offline);
  return views;
}
