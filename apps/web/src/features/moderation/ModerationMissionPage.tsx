import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Badge, QueryState } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { FrenchLevel, MissionAction, MissionStatus, PhysicalEffort } from '../../gql/graphql';
import { formatDateTime, formatLocalDate } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { ConfirmDialog, ModerationDecision, ReasonDialog } from './DecisionDialog';
import { formatWaitingTime } from './waiting-time';

const MISSION = graphql(`
  query ModerationMission($id: ID!) {
    mission(id: $id) {
      id
      title
      status
      summary
      description
      runningOrder
      objectives
      suitedProfiles
      followUps
      domain {
        code
        label
      }
      competencies {
        code
        label
      }
      association {
        id
        name
        status
      }
      commune {
        name
      }
      address
      remote
      scheduleDescription
      startDate
      endDate
      places
      placesTaken
      drivingLicenceRequired
      minimumAge
      frenchLevel
      physicalEffort
      publicTransport
      stepFreeAccess
      welcomeContact {
        name
        email
        phone
      }
      submittedAt
      createdAt
      transitions {
        id
        action
        actorName
        reason
        occurredAt
      }
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishMissionFromModeration($id: ID!) {
    publishMission(id: $id) {
      id
      status
      publishedAt
      transitions {
        id
        action
        actorName
        reason
        occurredAt
      }
    }
  }
`);

const REJECT = graphql(`
  mutation RejectMissionFromModeration($input: RejectMissionInput!) {
    rejectMission(input: $input) {
      id
      status
      transitions {
        id
        action
        actorName
        reason
        occurredAt
      }
    }
  }
`);

const STATUS_LABELS: Record<MissionStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'En attente de publication',
  PUBLISHED: 'Publiée',
  FULL: 'Complète',
  CLOSED: 'Clôturée',
};

const ACTION_LABELS: Record<MissionAction, string> = {
  CREATE: 'Créée',
  SUBMIT: 'Soumise à validation',
  PUBLISH: 'Publiée',
  REJECT: 'Renvoyée en brouillon',
  CLOSE: 'Clôturée',
  EDIT: 'Modifiée, renvoyée en validation',
  FILL: 'Complète',
  RELEASE: 'Rouverte (une place s’est libérée)',
};

const EFFORT_LABELS: Record<PhysicalEffort, string> = { LOW: 'faible', MODERATE: 'modéré', HIGH: 'soutenu' };

const FRENCH_LEVEL_LABELS: Record<FrenchLevel, string> = {
  A1: 'A1 (débutant)',
  A2: 'A2 (élémentaire)',
  B1: 'B1 (intermédiaire)',
  B2: 'B2 (avancé)',
  C1: 'C1 (autonome)',
  C2: 'C2 (maîtrise)',
};

function Text({ value }: { value: string | null | undefined }) {
  return <dd className="pre-line">{value?.trim() ? value : 'non renseigné'}</dd>;
}

/** A mission submitted for publication, read in full, published or sent back with a reason. */
export function ModerationMissionPage() {
  const { missionId = '' } = useParams();
  const [result, refetch] = useQuery({ query: MISSION, variables: { id: missionId } });
  const [publish, publishing] = useAction(PUBLISH);
  const [reject, rejecting] = useAction(REJECT);
  const [done, setDone] = useState<string | null>(null);

  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ mission: m }) => {
        const requirements = [
          m.drivingLicenceRequired ? 'permis B' : null,
          m.minimumAge ? `${m.minimumAge} ans au moins` : null,
          m.frenchLevel ? `français ${FRENCH_LEVEL_LABELS[m.frenchLevel]}` : null,
          `effort physique ${EFFORT_LABELS[m.physicalEffort]}`,
        ].filter(Boolean);
        const accessibility = [
          m.publicTransport ? 'desservie par les transports en commun' : null,
          m.stepFreeAccess ? 'accessible de plain-pied' : null,
        ].filter(Boolean);
        return (
          <>
            <PageHeader
              title={m.title}
              crumbs={[
                { label: 'Accueil', to: consolePath('home') },
                { label: 'Modération', to: consolePath('moderation') },
                { label: m.title },
              ]}
              lead={
                <>
                  <Badge tone={m.status === 'SUBMITTED' ? 'warning' : 'neutral'}>{STATUS_LABELS[m.status]}</Badge>{' '}
                  <span className="muted">
                    {m.association.name}
                    {m.status === 'SUBMITTED' && m.submittedAt
                      ? ` · en attente depuis ${formatWaitingTime(m.submittedAt)}`
                      : ''}
                  </span>
                </>
              }
            />
            <ModerationDecision done={done} isWaiting={m.status === 'SUBMITTED'}>
              <ConfirmDialog
                trigger="Publier la mission"
                title={`Publier « ${m.title} » ?`}
                intro="Les référents pourront la proposer aux personnes qu’ils suivent."
                confirmLabel="Publier"
                pending={publishing.pending}
                onConfirm={async () => {
                  const r = await publish({ id: m.id });
                  if (r.ok) setDone('La mission est publiée ; l’association en est informée par e-mail.');
                  return r;
                }}
              />
              <ReasonDialog
                trigger="Renvoyer à l’association"
                title={`Renvoyer « ${m.title} » en brouillon`}
                intro="Dites à l’association ce qu’elle doit revoir avant de soumettre la mission de nouveau."
                confirmLabel="Renvoyer la mission"
                pending={rejecting.pending}
                onConfirm={async (reason) => {
                  const r = await reject({ input: { missionId: m.id, reason } });
                  if (r.ok) setDone('La mission est renvoyée en brouillon ; l’association a reçu le motif par e-mail.');
                  return r;
                }}
              />
            </ModerationDecision>
            <section className="card" aria-labelledby="fiche-title">
              <h2 id="fiche-title">La fiche mission</h2>
              <dl>
                <dt>Résumé</dt>
                <Text value={m.summary} />
                <dt>Description</dt>
                <Text value={m.description} />
                <dt>Déroulé</dt>
                <Text value={m.runningOrder} />
                <dt>Objectifs</dt>
                <Text value={m.objectives} />
                <dt>Profils auxquels elle convient</dt>
                <Text value={m.suitedProfiles} />
                <dt>Compétences développées</dt>
                <dd>{m.competencies.map((c) => c.label).join(', ') || 'aucune'}</dd>
                <dt>Suites possibles</dt>
                <Text value={m.followUps} />
                <dt>Domaine</dt>
                <dd>{m.domain.label}</dd>
              </dl>
            </section>
            <section className="card" aria-labelledby="practical-title">
              <h2 id="practical-title">En pratique</h2>
              <dl>
                <dt>Lieu</dt>
                <dd>{m.remote ? 'À distance' : [m.address, m.commune.name].filter(Boolean).join(', ')}</dd>
                <dt>Quand</dt>
                <dd>{m.scheduleDescription}</dd>
                {(m.startDate || m.endDate) && (
                  <>
                    <dt>Dates</dt>
                    <dd>
                      {m.startDate ? `du ${formatLocalDate(m.startDate)}` : ''}
                      {m.endDate ? ` au ${formatLocalDate(m.endDate)}` : ''}
                    </dd>
                  </>
                )}
                <dt>Places</dt>
                <dd>{m.places}</dd>
                <dt>Conditions</dt>
                <dd>{requirements.join(', ')}</dd>
                <dt>Accessibilité</dt>
                <dd>{accessibility.join(', ') || 'non précisée'}</dd>
                <dt>Accueil du bénévole</dt>
                <dd>
                  {m.welcomeContact.name} — {m.welcomeContact.email}
                  {m.welcomeContact.phone ? ` — ${m.welcomeContact.phone}` : ''}
                </dd>
                <dt>Structure d’accueil</dt>
                <dd>
                  {m.association.status === 'VALIDATED' ? (
                    m.association.name
                  ) : (
                    <Link to={consolePath('moderationAssociation', { associationId: m.association.id })}>
                      {m.association.name} (inscription à valider)
                    </Link>
                  )}
                </dd>
              </dl>
            </section>
            {m.transitions && m.transitions.length > 0 && (
              <section className="card" aria-labelledby="history-title">
                <h2 id="history-title">Historique</h2>
                <ol className="list-reset item-list">
                  {[...m.transitions].reverse().map((t) => (
                    <li key={t.id}>
                      <p>
                        <strong>{ACTION_LABELS[t.action]}</strong> — {formatDateTime(t.occurredAt)}, par {t.actorName}
                      </p>
                      {t.reason && <p className="muted">Motif : {t.reason}</p>}
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
