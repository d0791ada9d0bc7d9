import { useQuery } from 'urql';
import { LinkButton } from '../../components/Button';
import { Badge, EmptyState, QueryState } from '../../components/feedback';
import { graphql } from '../../gql';
import { formatCount, formatDate, formatLocalDate } from '../../lib/format';
import type { PersonTabProps } from '../people/person-tabs';
import { ENGAGEMENT_STATUS_LABELS, ENGAGEMENT_STATUS_TONES } from './followup-labels';

const PERSON_ENGAGEMENTS = graphql(`
  query PersonEngagements($beneficiaryId: ID!, $first: Int!) {
    engagements(beneficiaryId: $beneficiaryId, first: $first) {
      edges {
        node {
          id
          status
          startDate
          endDate
          plannedHours
          hoursDone
          abandonReason
          withdrawalReason
          mission {
            id
            title
          }
          association {
            id
            name
          }
        }
      }
    }
  }
`);

const PERSON_PASSPORT = graphql(`
  query PersonPassport($beneficiaryId: ID!) {
    passport(beneficiaryId: $beneficiaryId) {
      beneficiaryId
      holderName
      issuedAt
      pdfUrl
      entries {
        engagementId
        missionTitle
        hostName
        hostCommune
        startDate
        endDate
        competencies {
          code
          label
          levelLabel
          comment
        }
        attestors {
          name
          role
          attestedAt
        }
      }
    }
  }
`);

/** The path of the staff PDF (the API gives an absolute address; the link stays on this origin). */
function pdfPathOf(pdfUrl: string): string {
  try {
    return new URL(pdfUrl, window.location.origin).pathname;
  } catch {
    return pdfUrl;
  }
}

function Engagements({ personId }: PersonTabProps) {
  const [result, refetch] = useQuery({
    query: PERSON_ENGAGEMENTS,
    variables: { beneficiaryId: personId, first: 50 },
  });
  return (
    <section aria-labelledby="engagements-titre">
      <h2 id="engagements-titre">Missions bénévoles</h2>
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ engagements }) =>
          engagements.edges.length === 0 ? (
            <EmptyState title="Aucune mission commencée pour l’instant.">
              <p>Une mission commence après l’entretien tripartite, quand la coordination la démarre.</p>
            </EmptyState>
          ) : (
            <ul className="list-reset">
              {engagements.edges.map(({ node }) => (
                <li key={node.id} className="card">
                  <h3>{node.mission?.title ?? 'Mission'}</h3>
                  <p>
                    <Badge tone={ENGAGEMENT_STATUS_TONES[node.status]}>{ENGAGEMENT_STATUS_LABELS[node.status]}</Badge>
                  </p>
                  <dl className="details">
                    <dt>Association</dt>
                    <dd>{node.association?.name ?? 'Non renseignée'}</dd>
                    <dt>Dates</dt>
                    <dd>
                      {node.endDate
                        ? `Du ${formatLocalDate(node.startDate)} au ${formatLocalDate(node.endDate)}`
                        : `Depuis le ${formatLocalDate(node.startDate)}`}
                    </dd>
                    <dt>Heures</dt>
                    <dd>
                      {node.hoursDone !== null && node.hoursDone !== undefined
                        ? `${formatCount(node.hoursDone, 'heure')} réalisées sur ${formatCount(node.plannedHours, 'heure')} prévues`
                        : `${formatCount(node.plannedHours, 'heure')} prévues`}
                    </dd>
                    {node.abandonReason && (
                      <>
                        <dt>Motif de l’interruption</dt>
                        <dd>{node.abandonReason}</dd>
                      </>
                    )}
                    {node.withdrawalReason && (
                      <>
                        <dt>Motif de l’annulation</dt>
                        <dd>{node.withdrawalReason}</dd>
                      </>
                    )}
                  </dl>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function Passport({ personId }: PersonTabProps) {
  const [result, refetch] = useQuery({ query: PERSON_PASSPORT, variables: { beneficiaryId: personId } });
  return (
    <section aria-labelledby="passeport-titre">
      <h2 id="passeport-titre">Passeport Bénévole</h2>
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ passport }) =>
          !passport.pdfUrl || passport.entries.every((entry) => entry.competencies.length === 0) ? (
            <EmptyState title="Pas encore de passeport.">
              <p>
                Le passeport est créé quand une structure d’accueil atteste les compétences montrées pendant une
                mission.
              </p>
            </EmptyState>
          ) : (
            <>
              <p>
                Passeport de {passport.holderName}
                {passport.issuedAt && <>, ouvert le {formatDate(passport.issuedAt)}</>}.
              </p>
              <p>
                <LinkButton href={pdfPathOf(passport.pdfUrl)} external>
                  Télécharger le passeport (PDF)
                </LinkButton>
              </p>
              <ul className="list-reset">
                {passport.entries
                  .filter((entry) => entry.competencies.length > 0)
                  .map((entry) => (
                    <li key={entry.engagementId} className="card">
                      <h3>{entry.missionTitle}</h3>
                      <p>
                        {entry.hostName}
                        {entry.hostCommune && <> ({entry.hostCommune})</>} ·{' '}
                        {entry.endDate
                          ? `du ${formatLocalDate(entry.startDate)} au ${formatLocalDate(entry.endDate)}`
                          : `depuis le ${formatLocalDate(entry.startDate)}`}
                      </p>
                      <h4>Compétences attestées</h4>
                      <ul>
                        {entry.competencies.map((competency) => (
                          <li key={competency.code}>
                            {competency.label} : <strong>{competency.levelLabel.toLowerCase()}</strong>
                            {competency.comment && <> — « {competency.comment} »</>}
                          </li>
                        ))}
                      </ul>
                      {entry.attestors.length > 0 && (
                        <p className="muted">
                          Attesté par{' '}
                          {entry.attestors
                            .map((a) => `${a.name} (${a.role}), le ${formatDate(a.attestedAt)}`)
                            .join(' ; ')}
                        </p>
                      )}
                    </li>
                  ))}
              </ul>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** The person's missions (engagements) and their competency passport, with its PDF. */
export function EngagementsTab({ personId }: PersonTabProps) {
  return (
    <div className="stack">
      <Engagements personId={personId} />
      <Passport personId={personId} />
    </div>
  );
}
