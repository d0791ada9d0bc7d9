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
  REFERENT: [
    { label: 'Accueil', to: consolePath('home') },
    { label: 'Personnes', to: consolePath('people'), matchPrefix: true },
  ],
  // Associations
  ASSOCIATION: [
    { label: 'Accueil', to: consolePath('home') },
    { label: 'Missions', to: consolePath('missions'), matchPrefix: true },
    { label: 'Bénévoles', to: consolePath('volunteers') },
    { label: 'Membres', to: consolePath('members') },
  ],
  // France Bénévolat coordinators
  COORDINATOR: [
    { label: 'Accueil', to: consolePath('home') },
    { label: 'Agenda', to: consolePath('agenda') },
    { label: 'Entretiens', to: consolePath('interviews'), matchPrefix: true },
    { label: 'Modération', to: consolePath('moderation'), matchPrefix: true },
  ],
  // Département (service Insertion)
  ADMIN: [
    { label: 'Accueil', to: consolePath('home') },
    { label: 'Modération', to: consolePath('moderation'), matchPrefix: true },
    { label: 'Utilisateurs', to: consolePath('users') },
    { label: 'Territoires', to: consolePath('territories') },
    { label: 'Indicateurs', to: consolePath('indicators') },
    { label: 'Journal des accès', to: consolePath('accessLog') },
    { label: 'Conservation des données', to: consolePath('retention') },
  ],
};

/** Whether a navigation item is the current section. */
export function isCurrentSection(item: NavItem, pathname: string): boolean {
  if (item.to === pathname) return true;
  return Boolean(item.matchPrefix && pathname.startsWith(`${item.to}/`));
}
