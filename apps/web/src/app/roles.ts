import type { Role } from '../gql/graphql';

/** How each role is named to the people who hold it. */
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Service Insertion du Département',
  REFERENT: 'Référent(e) de parcours',
  COORDINATOR: 'Coordination France Bénévolat',
  ASSOCIATION: 'Structure d’accueil',
};

export const ALL_STAFF: readonly Role[] = ['ADMIN', 'REFERENT', 'COORDINATOR', 'ASSOCIATION'];
