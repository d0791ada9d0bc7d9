import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** Path segments that look like secrets (signed-link tokens) are not logged. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const [path] = url.split('?');
  return path
    .split('/')
    .map((segment) => (segment.length >= 24 && /^[A-Za-z0-9_.~-]+$/.test(segment) ? ':jeton' : segment))
    .join('/');
}

/**
 * One line per request with method, path (tokens masked, no query string), status and time:
 * no bodies, no headers, hence no personal data.
 */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    autoLogging: { ignore: (req) => req.url === '/health' },
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
