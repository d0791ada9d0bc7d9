import {
  NO_FILTERS,
  caseloadSearch,
  filtersFromSearch,
  isFiltered,
  searchFromFilters,
  variablesOf,
  type CaseloadFilters,
} from './caseload-filters';

const params = (query: string) => new URLSearchParams(query);
const TERRITORIES: Record<string, string> = { 'cds-oyonnax': 'id-oyonnax' };
const idOf = (code: string) => TERRITORIES[code] ?? null;

describe(filtersFromSearch.name, () => {
  it('reads every filter from its French word', () => {
    expect(
      filtersFromSearch(
        params(
          'recherche=Benali&situation=en-cours&orientation=oriente&echeance=en-retard&etape=sans-reponse&territoire=CDS-Oyonnax&tri=echeance',
        ),
      ),
    ).toEqual({
      search: 'Benali',
      status: 'ACTIVE',
      orientation: 'ORIENTED',
      deadline: 'OVERDUE',
      stage: 'AWAITING_ANSWER',
      territory: 'cds-oyonnax',
      sort: 'NEXT_DEADLINE',
    });
  });

  it('gives no filter, sorted by name, for an empty address', () => {
    expect(filtersFromSearch(params(''))).toEqual(NO_FILTERS);
  });

  it('ignores unknown or malformed values rather than failing on an old or edited link', () => {
    expect(
      filtersFromSearch(params('situation=ACTIVE&etape=nimporte&tri=&territoire=%3Cscript%3E&echeance=oui')),
    ).toEqual(NO_FILTERS);
  });

  it('tidies the search text: spaces collapsed, at most 100 characters', () => {
    expect(filtersFromSearch(params('recherche=%20%20Karima%20%20%20Benali%20')).search).toBe('Karima Benali');
    expect(filtersFromSearch(params(`recherche=${'a'.repeat(150)}`)).search).toHaveLength(100);
  });
});

describe(searchFromFilters.name, () => {
  it('writes only what narrows or reorders the list, in a stable order', () => {
    expect(searchFromFilters(NO_FILTERS)).toBe('');
    expect(searchFromFilters({ ...NO_FILTERS, stage: 'OUTCOME_TO_RECORD', search: 'Éloïse Dupré' })).toBe(
      'recherche=%C3%89lo%C3%AFse+Dupr%C3%A9&etape=suite-a-enregistrer',
    );
    expect(searchFromFilters({ ...NO_FILTERS, sort: 'NEWEST_ENTRY' })).toBe('tri=entree-recente');
  });

  it('round-trips with filtersFromSearch', () => {
    const filters: CaseloadFilters = {
      search: 'Martin',
      status: 'SUSPENDED',
      orientation: 'PENDING_DIAGNOSTIC',
      deadline: 'ON_TIME',
      stage: 'INTERVIEW_THIS_WEEK',
      territory: 'cds-belley',
      sort: 'NEWEST_ENTRY',
    };
    expect(filtersFromSearch(params(searchFromFilters(filters)))).toEqual(filters);
  });
});

describe(isFiltered.name, () => {
  it('is false for a sort alone, true for any filter', () => {
    expect(isFiltered({ ...NO_FILTERS, sort: 'NEXT_DEADLINE' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, deadline: 'OVERDUE' })).toBe(true);
  });
});

describe(variablesOf.name, () => {
  it('maps the filters to the arguments of beneficiaries', () => {
    expect(variablesOf({ ...NO_FILTERS, deadline: 'OVERDUE', territory: 'cds-oyonnax', search: 'Ben' }, idOf)).toEqual({
      search: 'Ben',
      status: null,
      orientationStatus: null,
      overdue: true,
      stage: null,
      territoryId: 'id-oyonnax',
      sort: 'NAME',
    });
    expect(variablesOf({ ...NO_FILTERS, deadline: 'ON_TIME' }, idOf).overdue).toBe(false);
    expect(variablesOf(NO_FILTERS, idOf)).toMatchObject({ search: null, overdue: null, territoryId: null });
  });

  it('gives no territory for an unknown territory code', () => {
    expect(variablesOf({ ...NO_FILTERS, territory: 'cds-inconnu' }, idOf).territoryId).toBeNull();
  });
});

describe(caseloadSearch.name, () => {
  it('makes the query string of a counter’s link', () => {
    expect(caseloadSearch({ status: 'ACTIVE', stage: 'TO_ORIENT' })).toBe('?situation=en-cours&etape=a-orienter');
    expect(caseloadSearch({})).toBe('');
  });
});
