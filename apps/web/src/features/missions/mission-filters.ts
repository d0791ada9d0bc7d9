// The status filter of the missions list as it appears in the address (`/missions?etat=brouillon`),
// so that the home page can open the list already filtered.
import type { MissionStatus } from '../../gql/graphql';

export const MISSION_STATUS_SLUGS: Record<MissionStatus, string> = {
  DRAFT: 'brouillon',
  SUBMITTED: 'en-attente',
  PUBLISHED: 'publiee',
  FULL: 'complete',
  CLOSED: 'cloturee',
};

/** The status named by the address, or null (every mission) when it names none or an unknown one. */
export function missionStatusOfSlug(slug: string | null): MissionStatus | null {
  const found = (Object.entries(MISSION_STATUS_SLUGS) as [MissionStatus, string][]).find(([, s]) => s === slug);
  return found ? found[0] : null;
}
