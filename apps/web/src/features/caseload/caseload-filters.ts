// The caseload's filters live in the address bar (French words, never an id): a shared link or
// the browser's back button opens the same list. Pure functions between the query string, the
// filters and the `beneficiaries` arguments, unit-tested beside this file.
import type { BeneficiarySort, BeneficiaryStatus, CaseloadStage, OrientationStatus } from '../../gql/graphql';

type Choices<T extends string> = readonly { slug: string; value: T; label: string }[];

export const STATUS_CHOICES: Choices<BeneficiaryStatus> = [
  { slug: 'en-cours', value: 'ACTIVE', label: 'Suivi en cours' },
  { slug: 'suspendu', value: 'SUSPENDED', label: 'Droits suspendus' },
  { slug: 'sorti', value: 'LEFT', label: 'Sorti(e) du dispositif' },
];

export const ORIENTATION_CHOICES: Choices<OrientationStatus> = [
  { slug: 'diagnostic-a-faire', value: 'PENDING_DIAGNOSTIC', label: 'Diagnostic à réaliser' },
  { slug: 'orientation-a-decider', value: 'PENDING_ORIENTATION', label: 'Orientation à décider' },
  { slug: 'oriente', value: 'ORIENTED', label: 'Orienté(e)' },
];

export type DeadlineFilter = 'OVERDUE' | 'ON_TIME';

export const DEADLINE_CHOICES: Choices<DeadlineFilter> = [
  { slug: 'en-retard', value: 'OVERDUE', label: 'En retard' },
  { slug: 'dans-les-delais', value: 'ON_TIME', label: 'Dans les délais' },
];

export const STAGE_CHOICES: Choices<CaseloadStage> = [
  { slug: 'a-orienter', value: 'TO_ORIENT', label: 'À orienter avant l’échéance' },
  { slug: 'sans-reponse', value: 'AWAITING_ANSWER', label: 'Proposition sans réponse' },
  { slug: 'acceptee-sans-entretien', value: 'ACCEPTED_WITHOUT_INTERVIEW', label: 'Acceptée, sans entretien réservé' },
  { slug: 'entretien-cette-semaine', value: 'INTERVIEW_THIS_WEEK', label: 'Entretien cette semaine' },
  { slug: 'mission-en-cours', value: 'ENGAGEMENT_IN_PROGRESS', label: 'Mission en cours' },
  { slug: 'suite-a-enregistrer', value: 'OUTCOME_TO_RECORD', label: 'Suite à enregistrer' },
];

export const SORT_CHOICES: Choices<BeneficiarySort> = [
  { slug: 'nom', value: 'NAME', label: 'Nom' },
  { slug: 'entree-recente', value: 'NEWEST_ENTRY', label: 'Entrée au RSA la plus récente' },
  { slug: 'echeance', value: 'NEXT_DEADLINE', label: 'Échéance la plus proche' },
];

export interface CaseloadFilters {
  search: string;
  status: BeneficiaryStatus | null;
  orientation: OrientationStatus | null;
  deadline: DeadlineFilter | null;
  stage: CaseloadStage | null;
  /** The territory's code, lower-cased in the address bar (`cds-oyonnax`). */
  territory: string | null;
  sort: BeneficiarySort;
}

export const NO_FILTERS: CaseloadFilters = {
  search: '',
  status: null,
  orientation: null,
  deadline: null,
  stage: null,
  territory: null,
  sort: 'NAME',
};

/** The query-string parameter of each filter, in the order they are written. */
export const PARAMS = {
  search: 'recherche',
  status: 'situation',
  orientation: 'orientation',
  deadline: 'echeance',
  stage: 'etape',
  territory: 'territoire',
  sort: 'tri',
} as const satisfies Record<keyof CaseloadFilters, string>;

const MAX_SEARCH = 100;

function valueOf<T extends string>(choices: Choices<T>, slug: string | null): T | null {
  return choices.find((choice) => choice.slug === slug)?.value ?? null;
}

function slugOf<T extends string>(choices: Choices<T>, value: T | null): string | null {
  return choices.find((choice) => choice.value === value)?.slug ?? null;
}

/** The filters an address asks for; an unknown or malformed value is ignored (an old or edited link). */
export function filtersFromSearch(search: URLSearchParams): CaseloadFilters {
  const territory = search.get(PARAMS.territory)?.trim().toLowerCase() ?? '';
  return {
    search: (search.get(PARAMS.search) ?? '').trim().replace(/\s+/g, ' ').slice(0, MAX_SEARCH),
    status: valueOf(STATUS_CHOICES, search.get(PARAMS.status)),
    orientation: valueOf(ORIENTATION_CHOICES, search.get(PARAMS.orientation)),
    deadline: valueOf(DEADLINE_CHOICES, search.get(PARAMS.deadline)),
    stage: valueOf(STAGE_CHOICES, search.get(PARAMS.stage)),
    territory: /^[a-z0-9-]{2,40}$/.test(territory) ? territory : null,
    sort: valueOf(SORT_CHOICES, search.get(PARAMS.sort)) ?? 'NAME',
  };
}

/** The query string of filters (without `?`): only what differs from no filter, in a stable order. */
export function searchFromFilters(filters: CaseloadFilters): string {
  const search = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value) search.set(key, value);
  };
  set(PARAMS.search, filters.search.trim());
  set(PARAMS.status, slugOf(STATUS_CHOICES, filters.status));
  set(PARAMS.orientation, slugOf(ORIENTATION_CHOICES, filters.orientation));
  set(PARAMS.deadline, slugOf(DEADLINE_CHOICES, filters.deadline));
  set(PARAMS.stage, slugOf(STAGE_CHOICES, filters.stage));
  set(PARAMS.territory, filters.territory);
  if (filters.sort !== 'NAME') set(PARAMS.sort, slugOf(SORT_CHOICES, filters.sort));
  return search.toString();
}

/** Whether any filter narrows the list (the sort does not). */
export function isFiltered(filters: CaseloadFilters): boolean {
  return searchFromFilters({ ...filters, sort: 'NAME' }) !== '';
}

export interface CaseloadVariables {
  search: string | null;
  status: BeneficiaryStatus | null;
  orientationStatus: OrientationStatus | null;
  overdue: boolean | null;
  stage: CaseloadStage | null;
  territoryId: string | null;
  sort: BeneficiarySort;
}

/**
 * The `beneficiaries` arguments of filters. `territoryIdOf` maps a territory code to its id; an
 * unknown territory gives null, and the caller shows that the territory does not exist.
 */
export function variablesOf(
  filters: CaseloadFilters,
  territoryIdOf: (code: string) => string | null,
): CaseloadVariables {
  return {
    search: filters.search || null,
    status: filters.status,
    orientationStatus: filters.orientation,
    overdue: filters.deadline === null ? null : filters.deadline === 'OVERDUE',
    stage: filters.stage,
    territoryId: filters.territory ? territoryIdOf(filters.territory) : null,
    sort: filters.sort,
  };
}

/** The path of the caseload with filters: the links of the home's counters. */
export function caseloadSearch(filters: Partial<CaseloadFilters>): string {
  const search = searchFromFilters({ ...NO_FILTERS, ...filters });
  return search ? `?${search}` : '';
}
