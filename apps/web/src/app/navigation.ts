import { consolePath } from '@console-routes';
import type { Role } from '../gql/graphql';

export interface NavItem {
  label: string;
  to: string;
  /** Also highlighted on the pages below it (`/personnes/…` for « Personnes »). */
  matchPrefix?: boolean;
}

/** The main navigation of each workspace; each workspace adds its sections here. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  REFERENT: [{ label: 'Accueil', to: consolePath('home') }],
  ASSOCIATION: [{ label: 'Accueil', to: consolePath('home') }],
  COORDINATOR: [{ label: 'Accueil', to: consolePath('home') }],
  ADMIN: [{ label: 'Accueil', to: consolePath('home') }],
};

/** Whether a navigation item is the current section. */
export function isCurrentSection(item: NavItem, pathname: string): boolean {
  if (item.to === pathname) return true;
  return Boolean(item.matchPrefix && pathname.startsWith(`${item.to}/`));
}
