import Handlebars from 'handlebars';
import { CONSOLE_ROUTES, consolePath, consoleUrl, type ConsoleRoute } from '../web/console-routes';

type QueryValue = string | number | boolean | null | undefined;

/**
 * The absolute URL of a console page for an email: the route by name (libs/core/src/web/
 * console-routes.ts), its parameters and any query. Parameters the route does not have go to the
 * query string. Throws on an unknown route or a missing parameter, so that a template naming a
 * page that does not exist fails to render rather than sending a link to « Page introuvable ».
 */
export function consolePageUrl(appUrl: string, route: string, values: Record<string, QueryValue> = {}): string {
  if (!appUrl) throw new Error(`consoleUrl(${route}): the email data has no appUrl`);
  if (!Object.prototype.hasOwnProperty.call(CONSOLE_ROUTES, route)) {
    throw new Error(`consoleUrl: no console page is named ${route}`);
  }
  const pattern: string = CONSOLE_ROUTES[route as ConsoleRoute];
  const names = new Set([...pattern.matchAll(/:(\w+)/g)].map((match) => match[1]));
  const params: Record<string, string> = {};
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (names.has(key)) params[key] = value === null || value === undefined ? '' : String(value);
    else query[key] = value;
  }
  const path = (consolePath as (r: ConsoleRoute, p: Record<string, string>, q: Record<string, QueryValue>) => string)(
    route as ConsoleRoute,
    params,
    query,
  );
  return consoleUrl(appUrl, path);
}

/**
 * Registers `{{consoleUrl "missionEdit" missionId=missionId}}` on Handlebars (idempotent): the
 * link to a console page, built on the email data's `appUrl` (`@root.appUrl`).
 */
export function registerConsoleLinkHelper(handlebars: typeof Handlebars = Handlebars): void {
  handlebars.registerHelper('consoleUrl', function (route: unknown, options: Handlebars.HelperOptions) {
    const root = (options.data as { root?: { appUrl?: unknown } } | undefined)?.root;
    return consolePageUrl(String(root?.appUrl ?? ''), String(route), options.hash as Record<string, QueryValue>);
  });
}
