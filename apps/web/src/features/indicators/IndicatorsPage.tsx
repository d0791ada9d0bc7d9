import { consolePath } from '@console-routes';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { LinkButton } from '../../components/Button';
import { Alert, EmptyState, QueryState } from '../../components/feedback';
import { SelectField } from '../../components/choice-fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { IndicatorsReportQuery } from '../../gql/graphql';
import { formatDateTime, parisDayOf } from '../../lib/format';
import { useTerritoryOptions } from '../../lib/use-territory-options';
import { periodChoices } from './periods';

const REPORT = graphql(`
  query IndicatorsReport($from: LocalDate!, $to: LocalDate!, $territoryId: ID) {
    indicators(from: $from, to: $to, territoryId: $territoryId) {
      periodLabel
      scopeLabel
      exactFigures
      computedAt
      values {
        code
        action
        label
        display
        definition
        masked
        numeratorDisplay
        numeratorLabel
        denominatorDisplay
        denominatorLabel
      }
      missionsByDomain {
        key
        label
        display
      }
      missionsByHost {
        key
        label
        display
      }
      competenciesAttested {
        key
        label
        display
      }
    }
  }
`);

type Report = IndicatorsReportQuery['indicators'];
type Breakdown = Report['missionsByDomain'];

/** Everything the département chooses; a manager reads their own territory only. */
const WHOLE_DEPARTEMENT = '';

function BreakdownTable({ id, title, column, rows }: { id: string; title: string; column: string; rows: Breakdown }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <EmptyState title="Rien sur cette période." />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{column}</th>
                <th scope="col">Nombre</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>{row.label}</td>
                  <td>{row.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ValuesTable({ report }: { report: Report }) {
  const actions = [...new Set(report.values.map((value) => value.action))];
  return (
    <>
      {actions.map((action, index) => (
        <section className="card" key={action} aria-labelledby={`action-${index}`}>
          <h2 id={`action-${index}`}>{action}</h2>
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">Indicateur</th>
                  <th scope="col">Valeur</th>
                  <th scope="col">Détail</th>
                </tr>
              </thead>
              <tbody>
                {report.values
                  .filter((value) => value.action === action)
                  .map((value) => (
                    <tr key={value.code}>
                      <td data-label="Indicateur">
                        <strong>{value.label}</strong>
                        <br />
                        <span className="muted">{value.code}</span>
                      </td>
                      <td data-label="Valeur">
                        <strong>{value.display}</strong>
                        {value.masked && <span className="muted"> (petit effectif masqué)</span>}
                      </td>
                      <td data-label="Détail">
                        {value.numeratorLabel && value.denominatorLabel && (
                          <p>
                            {value.numeratorDisplay} {value.numeratorLabel} sur {value.denominatorDisplay}{' '}
                            {value.denominatorLabel}
                          </p>
                        )}
                        <p className="muted">{value.definition}</p>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

/** The indicators of the Plan insertion 01 for a period and a territory (or the whole département). */
export function IndicatorsPage() {
  const viewer = useViewer();
  const periods = useMemo(() => periodChoices(parisDayOf(new Date())), []);
  const [periodId, setPeriodId] = useState<string | null>(periods[0].id);
  const admin = viewer.role === 'ADMIN';
  const [territoryChoice, setTerritoryChoice] = useState<string | null>(WHOLE_DEPARTEMENT);
  const territories = useTerritoryOptions();
  const period = periods.find((p) => p.id === periodId) ?? periods[0];
  const territoryId = admin ? territoryChoice || null : (viewer.territory?.id ?? null);
  const allowed = admin || (viewer.role === 'REFERENT' && viewer.isTerritoryManager && viewer.territory);
  const [result, refetch] = useQuery({
    query: REPORT,
    variables: { from: period.from, to: period.to, territoryId },
    pause: !allowed,
  });
  const query = new URLSearchParams({ from: period.from, to: period.to, territoryId: territoryId ?? '' }).toString();

  return (
    <>
      <PageHeader
        title="Indicateurs"
        lead="Les indicateurs du Plan insertion 01, par période et par territoire."
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Indicateurs' }]}
      />
      {!allowed ? (
        <Alert tone="warning">
          <p>Les indicateurs sont réservés au service Insertion et aux responsables de territoire.</p>
        </Alert>
      ) : (
        <>
          <div className="card filters" role="group" aria-label="Période et territoire">
            <SelectField
              label="Période"
              options={periods.map((p) => ({ id: p.id, label: p.label }))}
              selectedKey={periodId}
              onSelectionChange={setPeriodId}
              isRequired
            />
            {admin ? (
              <SelectField
                label="Territoire"
                options={[{ id: WHOLE_DEPARTEMENT, label: 'Tout le département' }, ...(territories ?? [])]}
                selectedKey={territoryChoice}
                onSelectionChange={setTerritoryChoice}
                isRequired
              />
            ) : (
              <p>
                Territoire : <strong>{viewer.territory?.name}</strong>
              </p>
            )}
          </div>
          <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
            {({ indicators: report }) => (
              <>
                <p>
                  <strong>{report.scopeLabel}</strong>, {report.periodLabel}.{' '}
                  <span className="muted">Calculés le {formatDateTime(report.computedAt)}.</span>
                </p>
                {!report.exactFigures && (
                  <Alert>
                    <p>
                      Les effectifs inférieurs à 5 sont masqués (« &lt; 5 ») pour qu’aucune personne ne puisse être
                      reconnue.
                    </p>
                  </Alert>
                )}
                <div className="cluster">
                  <LinkButton href={`/indicators.csv?${query}`} download variant="secondary">
                    Télécharger en CSV
                  </LinkButton>
                  <LinkButton href={`/indicators?${query}`} external variant="quiet">
                    Graphiques et carte
                  </LinkButton>
                </div>
                <ValuesTable report={report} />
                <BreakdownTable
                  id="by-domain"
                  title="Missions confiées par domaine"
                  column="Domaine"
                  rows={report.missionsByDomain}
                />
                <BreakdownTable
                  id="by-host"
                  title="Missions confiées par structure d’accueil"
                  column="Structure"
                  rows={report.missionsByHost}
                />
                <BreakdownTable
                  id="by-competency"
                  title="Compétences attestées"
                  column="Compétence"
                  rows={report.competenciesAttested}
                />
              </>
            )}
          </QueryState>
        </>
      )}
    </>
  );
}
