import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppException } from '../errors/app.exception';
import { ErrorCode, defaultMessageOf, httpStatusOf } from '../errors/error-code';
import { AFTER_LOGIN_PARAM, consolePath } from '../web/console-routes';
import { ConsoleShell } from '../web/console-shell';
import { PageRenderer, definePage } from '../web/page-renderer';

const ERROR_PAGE = definePage<{ title: string; message: string; home: boolean }>(
  (data) => data.title,
  `<h1>{{title}}</h1><p>{{message}}</p>{{#if home}}<p><a href="/">Retour à l'accueil</a></p>{{/if}}`,
);

function codeOfStatus(status: number): ErrorCode {
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 401) return ErrorCode.UNAUTHENTICATED;
  if (status === 403) return ErrorCode.FORBIDDEN;
  if (status === 404) return ErrorCode.NOT_FOUND;
  if (status === 429) return ErrorCode.RATE_LIMITED;
  if (status >= 400 && status < 500) return ErrorCode.BAD_USER_INPUT;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

/** What body-parser refused, in French: a body over its limit, or JSON that does not parse. */
function bodyErrorMessage(exception: HttpException): string | null {
  const cause = exception.cause as { type?: string; limit?: number } | undefined;
  if (cause?.type === 'entity.too.large') {
    return typeof cause.limit === 'number'
      ? `La requête est trop volumineuse (${formatBytesFr(cause.limit)} au plus).`
      : defaultMessageOf(ErrorCode.PAYLOAD_TOO_LARGE);
  }
  if (cause instanceof SyntaxError) return "Le corps de la requête n'est pas un JSON valide.";
  return null;
}

function formatBytesFr(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} Mo`.replace('.', ',');
  return `${Math.round(bytes / 1024)} ko`;
}

/**
 * Errors of the plain HTTP routes: JSON `{ code, message, fields }` for programs, a French page
 * for browsers (and, for a browser without a session, a redirect to the login page).
 * GraphQL errors are left to the GraphQL error formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);
  private readonly pages = new PageRenderer();
  private readonly console = new ConsoleShell();

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();

    let code: ErrorCode;
    let message: string;
    let fields: unknown;
    if (exception instanceof AppException) {
      code = exception.code;
      message = exception.message;
      fields = exception.extra.fields;
    } else if (exception instanceof HttpException && exception.getStatus() === 503) {
      // Health checks answer 503 with the state of each dependency: passed on as is.
      return response.status(503).json(exception.getResponse());
    } else if (exception instanceof HttpException) {
      code = codeOfStatus(exception.getStatus());
      message = bodyErrorMessage(exception) ?? defaultMessageOf(code);
    } else {
      this.logger.error({
        event: 'http.internal_error',
        path: request.path,
        error: exception instanceof Error ? exception.stack : String(exception),
      });
      code = ErrorCode.INTERNAL_SERVER_ERROR;
      message = defaultMessageOf(code);
    }
    const status = httpStatusOf(code);
    if (request.path === '/graphql') {
      // A request Apollo never saw (body too large, not JSON): answered the way GraphQL clients read errors.
      return response.status(status).json({ errors: [{ message, extensions: { code } }] });
    }
    const wantsHtml = request.method === 'GET' && request.accepts(['json', 'html']) === 'html';
    if (wantsHtml && code === ErrorCode.UNAUTHENTICATED) {
      return response.redirect(303, consolePath('login', {}, { [AFTER_LOGIN_PARAM]: request.originalUrl }));
    }
    const consolePage = wantsHtml && status === 404 ? this.console.page({ title: 'Page introuvable', message }) : null;
    if (consolePage) {
      // The console's own 404 page (with its navigation) takes over once its scripts run.
      return response.status(404).type('html').setHeader('Cache-Control', 'no-store').send(consolePage);
    }
    if (wantsHtml) {
      const title = status === 404 ? 'Page introuvable' : status >= 500 ? 'Erreur' : 'Action impossible';
      return response
        .status(status)
        .type('html')
        .send(this.pages.render(ERROR_PAGE, { title, message, home: status !== 500 }));
    }
    return response.status(status).json({ code, message, ...(fields ? { fields } : {}) });
  }
}
