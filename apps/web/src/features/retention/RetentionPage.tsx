import { consolePath } from '@console-routes';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert, QueryState } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { formatCount, formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { useAction } from '../../lib/use-action';

const PREVIEW = graphql(`
  query AnonymisationPreview {
    anonymisationPreview {
      retentionMonthsAfterExit
      accessLogRetentionMonths
      emailRetentionMonths
      exitedBefore
      accessLogBefore
      emailsBefore
      anonymisedSoFar
      approvedAt
      approvedByName
      active
      counts {
        category
        label
        count
      }
      lastRun {
        finishedAt
        anonymisedPeople
        accessLogDeleted
        emailsDeleted
        emailsStripped
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation ApproveAnonymisation {
    approveAnonymisation {
      approvedAt
      approvedByName
      active
    }
  }
`);

const months = (count: number) => formatCount(count, 'mois', 'mois', 'aucun délai');

/**
 * The end of life of personal data for the service Insertion: the retention settings, the dry run
 * of the nightly job (what it would erase now, by category) and the approval without which it
 * erases nothing.
 */
export function RetentionPage() {
  const [result, refetch] = useQuery({ query: PREVIEW, requestPolicy: 'network-only' });
  const [approve, { pending }] = useAction(APPROVE);
  const [problem, setProblem] = useState<string | null>(null);
  const [approved, setApproved] = useState(false);
  return (
    <>
      <PageHeader
        title="Conservation des données"
        lead="À la fin de la durée de conservation, une tâche de nuit anonymise les dossiers des personnes sorties du dispositif et purge le journal des accès et les traces d’e-mails. Les indicateurs gardent les mêmes chiffres."
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Conservation des données' }]}
      />
      {approved && (
        <Alert tone="success" live="status">
          <p>Votre accord est enregistré : la tâche s’appliquera cette nuit à 3 h 45.</p>
        </Alert>
      )}
      {problem && (
        <Alert tone="danger" live="alert">
          <p>{problem}</p>
        </Alert>
      )}
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ anonymisationPreview: preview }) => (
          <>
            <section className="card" aria-labelledby="retention-settings">
              <h2 id="retention-settings">Durées de conservation</h2>
              <dl>
                <dt>Dossier d’une personne sortie du dispositif</dt>
                <dd>
                  {months(preview.retentionMonthsAfterExit)} après la sortie (sorties avant le{' '}
                  {formatDate(preview.exitedBefore)})
                </dd>
                <dt>Journal des accès aux données sensibles</dt>
                <dd>
                  {months(preview.accessLogRetentionMonths)} (lectures avant le {formatDate(preview.accessLogBefore)})
                </dd>
                <dt>Traces des e-mails envoyés</dt>
                <dd>
                  {months(preview.emailRetentionMonths)} (e-mails avant le {formatDate(preview.emailsBefore)})
                </dd>
              </dl>
              <p className="muted">
                Ces durées se règlent dans la configuration de la plateforme (RETENTION_MONTHS_AFTER_EXIT,
                ACCESS_LOG_RETENTION_MONTHS, EMAIL_METADATA_RETENTION_MONTHS).
              </p>
            </section>

            <section className="card" aria-labelledby="retention-state">
              <h2 id="retention-state">État de la tâche</h2>
              {!preview.approvedAt ? (
                <Alert tone="warning">
                  <p>
                    La tâche n’a encore rien effacé : elle attend l’accord du service Insertion, après lecture de la
                    simulation ci-dessous.
                  </p>
                </Alert>
              ) : preview.active ? (
                <p>
                  Accord donné le {formatDateTime(preview.approvedAt)}
                  {preview.approvedByName ? ` par ${preview.approvedByName}` : ''} : la tâche s’applique chaque nuit à 3
                  h 45.
                </p>
              ) : (
                <Alert tone="warning">
                  <p>
                    Une durée a été raccourcie depuis le dernier accord ({formatDateTime(preview.approvedAt)}) : la
                    tâche attend un nouvel accord pour effacer davantage.
                  </p>
                </Alert>
              )}
              <p>
                {formatCount(
                  preview.anonymisedSoFar,
                  'dossier anonymisé',
                  'dossiers anonymisés',
                  'Aucun dossier anonymisé',
                )}{' '}
                à ce jour.
              </p>
              {preview.lastRun && (
                <p>
                  Dernier passage le {formatDateTime(preview.lastRun.finishedAt)} :{' '}
                  {formatCount(preview.lastRun.anonymisedPeople, 'dossier anonymisé', 'dossiers anonymisés')},{' '}
                  {formatCount(
                    preview.lastRun.accessLogDeleted,
                    'ligne du journal supprimée',
                    'lignes du journal supprimées',
                  )}
                  ,{' '}
                  {formatCount(
                    preview.lastRun.emailsDeleted,
                    'trace d’e-mail supprimée',
                    'traces d’e-mails supprimées',
                  )}
                  .
                </p>
              )}
            </section>

            <section className="card" aria-labelledby="retention-dry-run">
              <h2 id="retention-dry-run">Simulation : ce que la tâche effacerait maintenant</h2>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Catégorie</th>
                      <th scope="col">Nombre</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.counts.map((row) => (
                      <tr key={row.category}>
                        <td>{row.label}</td>
                        <td>{formatNumber(row.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted">
                Restent, pour les indicateurs : le territoire, les dates et les types d’événements, les statuts. Les
                identités sont remplacées par des valeurs aléatoires : l’anonymisation est irréversible.
              </p>
              {!preview.active && (
                <DialogButton
                  trigger={<Button>Donner mon accord</Button>}
                  title="Donner l’accord à la tâche de fin de conservation"
                >
                  {(close) => (
                    <>
                      <p>
                        Chaque nuit, la tâche effacera ce que montre la simulation, avec les durées actuelles. Cet
                        effacement est irréversible.
                      </p>
                      <DialogActions
                        onCancel={close}
                        confirmLabel="Donner mon accord"
                        isPending={pending}
                        onConfirm={async () => {
                          setProblem(null);
                          const outcome = await approve({});
                          close();
                          if (!outcome.ok) {
                            setProblem(outcome.problem.message);
                            return;
                          }
                          setApproved(true);
                          refetch({ requestPolicy: 'network-only' });
                        }}
                      />
                    </>
                  )}
                </DialogButton>
              )}
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
