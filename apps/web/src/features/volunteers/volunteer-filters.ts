// The filters of the volunteers page, as they appear in its address (`/benevoles?etape=a-attester`):
// the home page links to them.
import type { VolunteerStage } from './volunteer-stage';

export interface StageFilter {
  slug: string;
  label: string;
  /** Null: every stage. */
  stages: readonly VolunteerStage[] | null;
}

export const STAGE_FILTERS: readonly StageFilter[] = [
  { slug: 'tous', label: 'Toutes les personnes', stages: null },
  {
    slug: 'a-accueillir',
    label: 'À accueillir (entretien à venir ou mission à démarrer)',
    stages: ['interview-to-plan', 'interview-planned', 'to-start'],
  },
  { slug: 'a-demarrer', label: 'Mission à démarrer', stages: ['to-start'] },
  { slug: 'en-cours', label: 'Mission en cours', stages: ['active'] },
  { slug: 'a-attester', label: 'Compétences à attester', stages: ['to-attest'] },
  { slug: 'attestees', label: 'Compétences attestées', stages: ['attested'] },
];

/** The filter named in the address; every person when it names none (or an unknown one). */
export function stageFilterOf(value: string | null): StageFilter {
  return STAGE_FILTERS.find((filter) => filter.slug === value) ?? STAGE_FILTERS[0];
}
