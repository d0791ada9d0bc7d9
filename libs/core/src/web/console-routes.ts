// The pages of the staff console (apps/web), in one table shared by the browser application (its
// router), the API (which serves the application on these paths and a real 404 elsewhere) and the
// emails (whose links must open a console page). Pure data and functions: no Nest, no React.

/**
 * Every console page, by name. Patterns use `:name` segments only (understood by react-router and
 * by the API's matcher alike). French paths: they are what staff read in the address bar.
 */
export const CONSOLE_ROUTES = {
  // Everyone
  root: '/',
  login: '/connexion',
  forgotPassword: '/mot-de-passe/oublie',
  choosePassword: '/mot-de-passe/nouveau',
  account: '/compte',
  home: '/accueil',
  accessibility: '/accessibilite',
  // Each workspace (référents, associations, coordinators, Département) adds its pages here;
  // the console's router requires a page for every entry.
  // Référents: the caseload, a new person (before `person`, so that « nouvelle » is not taken for
  // an id), a person's file, one tab per part of it (apps/web/src/features/people/person-tabs.ts)
  people: '/personnes',
  newPerson: '/personnes/nouvelle',
  person: '/personnes/:personId',
  personTab: '/personnes/:personId/:tab',
  // Associations: public sign-up, missions (fiche mission form), volunteers, members
  associationSignUp: '/inscription',
  missions: '/missions',
  newMission: '/missions/nouvelle',
  mission: '/missions/:missionId',
  missionEdit: '/missions/:missionId/modifier',
  volunteers: '/benevoles',
  members: '/membres',
  // Département (service Insertion): moderation, accounts, territories, indicators, access log,
  // retention of personal data
  moderation: '/moderation',
  moderationAssociation: '/moderation/associations/:associationId',
  moderationMission: '/moderation/missions/:missionId',
  users: '/utilisateurs',
  territories: '/territoires',
  indicators: '/indicateurs',
  accessLog: '/journal-des-acces',
  retention: '/conservation-des-donnees',
  // France Bénévolat coordinators: the week agenda, the interviews and one interview
  agenda: '/agenda',
  interviews: '/entretiens',
  interview: '/entretiens/:interviewId',
} as const;

export type ConsoleRoute = keyof typeof CONSOLE_ROUTES;

/** The console's built files (hashed names, cached for a year), as an Express route. */
export const CONSOLE_ASSETS_ROUTE = '/assets/:file';

/**
 * The header the console sends with every GraphQL request. A request authenticated by the session
 * cookie alone, without it, is refused: another site can make a browser send the cookie, but not
 * this header (it would need a CORS preflight, which the API never grants).
 */
export const CONSOLE_CLIENT_HEADER = 'x-tremplin-client';
export const CONSOLE_CLIENT_VALUE = 'console';

/** The name of the query parameter that carries where to go after logging in. */
export const AFTER_LOGIN_PARAM = 'suite';

type ParamsOf<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : Pattern extends `${string}:${infer Name}`
    ? Name
    : never;

export type ConsoleRouteParams<R extends ConsoleRoute> = Record<ParamsOf<(typeof CONSOLE_ROUTES)[R]>, string>;

type QueryValue = string | number | boolean | null | undefined;

/**
 * The path of a console page with its parameters filled in and an optional query string:
 * `consolePath('personTab', { personId, tab: 'propositions' })` → `/personnes/…/propositions`.
 */
export function consolePath<R extends ConsoleRoute>(
  route: R,
  ...[params, query]: ParamsOf<(typeof CONSOLE_ROUTES)[R]> extends never
    ? [params?: Record<string, never>, query?: Record<string, QueryValue>]
    : [params: ConsoleRouteParams<R>, query?: Record<string, QueryValue>]
): string {
  const values = (params ?? {}) as Record<string, string>;
  const path = CONSOLE_ROUTES[route].replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') throw new Error(`consolePath(${route}): missing parameter ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const queryString = search.toString();
  return queryString ? `${path}?${queryString}` : path;
}

/** An absolute console URL for an email: `consoleUrl(appUrl, consolePath('mission', { missionId }))`. */
export function consoleUrl(appUrl: string, path: string): string {
  return `${appUrl.replace(/\/+$/, '')}${path}`;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * Whether a request path is a console page (the API then serves the application with 200), or
 * not (a 404 page). A `:name` segment matches any one non-empty segment; a trailing slash is
 * ignored; matching is case-sensitive like the router's.
 */
export function isConsolePath(pathname: string): boolean {
  const wanted = segmentsOf(pathname);
  return Object.values(CONSOLE_ROUTES).some((pattern) => {
    const segments = segmentsOf(pattern);
    return (
      segments.length === wanted.length &&
      segments.every((segment, index) => segment.startsWith(':') || segment === wanted[index])
    );
  });
}
