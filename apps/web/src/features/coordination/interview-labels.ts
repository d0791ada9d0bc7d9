import type { InterviewStatus } from '../../gql/graphql';

export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = {
  SCHEDULED: 'Prévu',
  CANCELLED: 'Annulé',
  HELD: 'Réalisé',
  NO_SHOW: 'Absence',
  EXCUSED: 'Absence excusée',
};

export const INTERVIEW_STATUS_TONES: Record<InterviewStatus, 'success' | 'warning' | 'danger' | 'neutral'> = {
  SCHEDULED: 'neutral',
  CANCELLED: 'danger',
  HELD: 'success',
  NO_SHOW: 'warning',
  EXCUSED: 'warning',
};

/** The filters of the interviews list, by their address-bar value. */
export const INTERVIEW_FILTERS = [
  { slug: 'a-planifier', label: 'À planifier' },
  { slug: 'a-venir', label: 'À venir' },
  { slug: 'a-renseigner', label: 'À renseigner' },
  { slug: 'realises', label: 'Réalisés' },
  { slug: 'absences', label: 'Absences' },
  { slug: 'annules', label: 'Annulés' },
] as const;

export type InterviewFilter = (typeof INTERVIEW_FILTERS)[number]['slug'];

export function interviewFilterOf(value: string | null): InterviewFilter {
  return INTERVIEW_FILTERS.find((f) => f.slug === value)?.slug ?? 'a-venir';
}

/** The `interviews` arguments of a filter (`now`: the instant the page opened). */
export function interviewsVariablesOf(
  filter: Exclude<InterviewFilter, 'a-planifier'>,
  now: string,
): { statuses: InterviewStatus[]; from?: string; to?: string } {
  switch (filter) {
    case 'a-venir':
      return { statuses: ['SCHEDULED'], from: now };
    case 'a-renseigner':
      return { statuses: ['SCHEDULED'], to: now };
    case 'realises':
      return { statuses: ['HELD'] };
    case 'absences':
      return { statuses: ['NO_SHOW', 'EXCUSED'] };
    case 'annules':
      return { statuses: ['CANCELLED'] };
  }
}
