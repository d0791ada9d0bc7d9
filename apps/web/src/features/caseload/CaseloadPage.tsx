import { consolePath } from '@console-routes';
import { useEffect, useMemo, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { Button, LinkButton } from '../../components/Button';
import { SelectField, type Option } from '../../components/choice-fields';
import { Alert, Badge, EmptyState, Loading, QueryState } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { CaseloadQuery } from '../../gql/graphql';
import { formatCount, formatLocalDate } from '../../lib/format';
import {
  DEADLINE_CHOICES,
  NO_FILTERS,
  ORIENTATION_CHOICES,
  SORT_CHOICES,
  STAGE_CHOICES,
  STATUS_CHOICES,
  filtersFromSearch,
  isFiltered,
  searchFromFilters,
  variablesOf,
  type CaseloadFilters,
} from './caseload-filters';

export const PAGE_SIZE = 25;

/** The performance mark the caseload bench reads (bench/web/caseload.bench.ts). */
export const FIRST_PAGE_MARK = 'tremplin:caseload-first-page';

const CASELOAD = graphql(`
  query Caseload(
    $first: Int!
    $after: String
    $search: String
    $status: BeneficiaryStatus
    $orientationStatus: OrientationStatus
    $overdue: Boolean
    $stage: CaseloadStage
    $territoryId: ID
    $sort: BeneficiarySort
  ) {
    beneficiaries(
      first: $first
      after: $after
      search: $search
      status: $status
      orientationStatus: $orientationStatus
      overdue: $overdue
      stage: $stage
      territoryId: $territoryId
      sort: $sort
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          firstName
          lastName
          status
          orientationStatus
          rsaEntryDate
          commune {
            name
          }
          territory {
            name
          }
          deadlines {
            overdue
            orientation {
              dueOn
              state
            }
            accompaniment {
              dueOn
              state
            }
          }
        }
      }
    }
  }
`);

const CASELOAD_TERRITORIES = graphql(`
  query CaseloadTerritories {
    territories(first: 100) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

type Person = CaseloadQuery['beneficiaries']['edges'][number]['node'];

const STATUS_LABELS = Object.fromEntries(STATUS_CHOICES.map((c) => [c.value, c.label]));
const ORIENTATION_LABELS = Object.fromEntries(ORIENTATION_CHOICES.map((c) => [c.value, c.label]));

/** A select's options with « all » first (the empty key). */
function optionsOf(all: string, choices: readonly { value: string; label: string }[]): Option[] {
  return [{ id: '', label: all }, ...choices.map((choice) => ({ id: choice.value, label: choice.label }))];
}

/** The caseload: search, filters and sort in the address bar, one row per person opening their file. */
export function CaseloadPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const canPickTerritory = viewer.role === 'ADMIN' || viewer.isTerritoryManager;
  const [territoriesResult] = useQuery({ query: CASELOAD_TERRITORIES, pause: !canPickTerritory });
  const territories = territoriesResult.data?.territories.edges.map(({ node }) => node) ?? null;

  /** A change of filter is a new address: back returns to the list as it was. */
  const apply = (changes: Partial<CaseloadFilters>) => {
    const search = searchFromFilters({ ...filters, ...changes });
    void navigate({ pathname: consolePath('people'), search: search ? `?${search}` : '' });
  };

  const territoryOptions: Option[] = [
    { id: '', label: 'Tous les territoires' },
    ...(territories ?? []).map((t) => ({ id: t.code.toLowerCase(), label: t.name })),
  ];
  const unknownTerritory = Boolean(
    filters.territory && territories && !territories.some((t) => t.code.toLowerCase() === filters.territory),
  );
  const key = searchFromFilters(filters);

  return (
    <>
      <PageHeader
        title="Personnes suivies"
        lead={
          viewer.role === 'ADMIN'
            ? 'Tous les dossiers du département.'
            : viewer.isTerritoryManager
              ? 'Les personnes que vous suivez et celles de votre territoire.'
              : 'Les personnes que vous suivez.'
        }
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Personnes' }]}
        actions={<LinkButton href={consolePath('newPerson')}>Créer un dossier</LinkButton>}
      />
      <SearchForm key={`search-${filters.search}`} initial={filters.search} onSearch={(search) => apply({ search })} />
      <div className="card filters" role="group" aria-label="Filtres et tri">
        <SelectField
          label="Situation"
          options={optionsOf('Toutes les situations', STATUS_CHOICES)}
          selectedKey={filters.status ?? ''}
          onSelectionChange={(value) => apply({ status: (value || null) as CaseloadFilters['status'] })}
          isRequired
        />
        <SelectField
          label="Orientation"
          options={optionsOf('Toutes', ORIENTATION_CHOICES)}
          selectedKey={filters.orientation ?? ''}
          onSelectionChange={(value) => apply({ orientation: (value || null) as CaseloadFilters['orientation'] })}
          isRequired
        />
        <SelectField
          label="Échéances"
          options={optionsOf('Toutes', DEADLINE_CHOICES)}
          selectedKey={filters.deadline ?? ''}
          onSelectionChange={(value) => apply({ deadline: (value || null) as CaseloadFilters['deadline'] })}
          isRequired
        />
        <SelectField
          label="Étape du parcours"
          options={optionsOf('Toutes les étapes', STAGE_CHOICES)}
          selectedKey={filters.stage ?? ''}
          onSelectionChange={(value) => apply({ stage: (value || null) as CaseloadFilters['stage'] })}
          isRequired
        />
        {canPickTerritory && (
          <SelectField
            label="Territoire"
            options={territoryOptions}
            selectedKey={territories ? (filters.territory ?? '') : null}
            onSelectionChange={(value) => apply({ territory: value || null })}
            isDisabled={!territories}
            isRequired
          />
        )}
        <SelectField
          label="Trier par"
          options={SORT_CHOICES.map((c) => ({ id: c.value, label: c.label }))}
          selectedKey={filters.sort}
          onSelectionChange={(value) => apply({ sort: (value ?? 'NAME') as CaseloadFilters['sort'] })}
          isRequired
        />
      </div>
      {isFiltered(filters) && (
        <p>
          <Link
            to={`${consolePath('people')}${filters.sort === 'NAME' ? '' : `?${searchFromFilters({ ...NO_FILTERS, sort: filters.sort })}`}`}
          >
            Effacer les filtres
          </Link>
        </p>
      )}
      {unknownTerritory ? (
        <Alert tone="warning" title="Territoire inconnu">
          <p>Le territoire demandé par ce lien n’existe pas : choisissez-en un dans la liste.</p>
        </Alert>
      ) : filters.territory && canPickTerritory && !territories ? (
        <Loading />
      ) : (
        <PeopleList
          key={key}
          filters={filters}
          territoryIdOf={(code) => territories?.find((t) => t.code.toLowerCase() === code)?.id ?? null}
        />
      )}
    </>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (search: string) => void }) {
  const [text, setText] = useState(initial);
  return (
    <form
      className="card filters"
      role="search"
      aria-label="Rechercher une personne"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      {/* The submit button stays outside the SearchField: inside, react-aria makes a button its « clear » button. */}
      <SearchField className="field" value={text} onChange={setText} onClear={() => onSearch('')}>
        <Label>Nom ou prénom</Label>
        <Input />
      </SearchField>
      <div className="filters__submit">
        <Button type="submit" variant="secondary">
          Rechercher
        </Button>
      </div>
    </form>
  );
}

function PeopleList({
  filters,
  territoryIdOf,
}: {
  filters: CaseloadFilters;
  territoryIdOf: (code: string) => string | null;
}) {
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: CASELOAD,
    variables: { ...variablesOf(filters, territoryIdOf), first: PAGE_SIZE, after },
  });
  const rendered = Boolean(result.data);
  useEffect(() => {
    if (rendered && performance.getEntriesByName(FIRST_PAGE_MARK).length === 0) performance.mark(FIRST_PAGE_MARK);
  }, [rendered]);
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ beneficiaries: list }) =>
        list.totalCount === 0 ? (
          <EmptyState
            title={
              isFiltered(filters) ? 'Aucune personne ne correspond à ces critères.' : 'Aucun dossier pour le moment.'
            }
          >
            <p>
              <Link to={consolePath('newPerson')}>Créer un dossier</Link>
            </p>
          </EmptyState>
        ) : (
          <section aria-labelledby="caseload-count">
            <p id="caseload-count" className="muted" role="status">
              {formatCount(list.totalCount, 'personne')}
              {list.edges.length < list.totalCount && ` (${list.edges.length} affichées)`}
            </p>
            <div className="table-wrap">
              <table className="table table--stack">
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Commune</th>
                    <th scope="col">Situation</th>
                    <th scope="col">Orientation</th>
                    <th scope="col">Entrée au RSA</th>
                    <th scope="col">Échéance</th>
                  </tr>
                </thead>
                <tbody>
                  {list.edges.map(({ node: person }) => (
                    <tr key={person.id}>
                      <td data-label="Nom">
                        <Link to={consolePath('person', { personId: person.id })}>
                          {person.lastName} {person.firstName}
                        </Link>
                      </td>
                      <td data-label="Commune">
                        {person.commune.name}
                        <br />
                        <span className="muted">{person.territory.name}</span>
                      </td>
                      <td data-label="Situation">{STATUS_LABELS[person.status]}</td>
                      <td data-label="Orientation">{ORIENTATION_LABELS[person.orientationStatus]}</td>
                      <td data-label="Entrée au RSA">{formatLocalDate(person.rsaEntryDate)}</td>
                      <td data-label="Échéance">
                        <DeadlineCell person={person} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.pageInfo.hasNextPage && (
              <Button variant="secondary" onPress={() => setAfter(list.pageInfo.endCursor ?? null)}>
                Afficher les {Math.min(PAGE_SIZE, list.totalCount - list.edges.length)} suivantes
              </Button>
            )}
          </section>
        )
      }
    </QueryState>
  );
}

/** Overdue first; otherwise the next open deadline (orientation, then accompaniment). */
function DeadlineCell({ person }: { person: Person }) {
  const { deadlines } = person;
  if (deadlines.overdue) return <Badge tone="danger">En retard</Badge>;
  if (deadlines.orientation.state === 'UPCOMING') {
    return <>orientation avant le {formatLocalDate(deadlines.orientation.dueOn)}</>;
  }
  if (deadlines.accompaniment.state === 'UPCOMING') {
    return <>accompagnement avant le {formatLocalDate(deadlines.accompaniment.dueOn)}</>;
  }
  return <span className="muted">aucune en cours</span>;
}
