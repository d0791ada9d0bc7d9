import { Role } from './role';

/** The authenticated staff member of a request, loaded fresh from the database by the auth guard. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  firstName: string;
  lastName: string;
  /** The CDS the user belongs to (referents, territory managers). */
  territoryId: string | null;
  /** A territory manager reads every beneficiary of their territory. */
  isTerritoryManager: boolean;
  /** The host association of an ASSOCIATION member. */
  associationId: string | null;
}
