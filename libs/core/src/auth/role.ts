import { registerEnumType } from '@nestjs/graphql';

/** Staff roles. Beneficiaries have no account: they act through signed links. */
export enum Role {
  /** Service Insertion du Département. */
  ADMIN = 'ADMIN',
  /** Référent unique de parcours (CDS social worker, France Travail advisor…). */
  REFERENT = 'REFERENT',
  /** Coordinateur France Bénévolat. */
  COORDINATOR = 'COORDINATOR',
  /** Member of a host association (structure d'accueil). */
  ASSOCIATION = 'ASSOCIATION',
}

registerEnumType(Role, { name: 'Role', description: "Rôle d'un utilisateur de l'équipe" });

export const ALL_ROLES: readonly Role[] = Object.values(Role);
