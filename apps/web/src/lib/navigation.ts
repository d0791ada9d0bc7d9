import { consolePath } from '@console-routes';

/**
 * Where to go after logging in: only a path of this site (`/personnes?…`), never another site
 * (`//evil.example`, `https://…`, `/\\evil`), so that the login page cannot bounce a person away.
 */
export function safeNextPath(next: string | null | undefined): string {
  return next && /^\/(?![/\\])[^\s\\]*$/.test(next) ? next : consolePath('home');
}
