import { useQuery } from 'urql';
import { Badge, EmptyState, QueryState } from '../../components/feedback';
import { graphql } from '../../gql';
import type { PersonTabProps } from '../people/person-tabs';
import { formatDateTime, formatTime } from '../../lib/format';
import { INTERVIEW_RESULT_LABELS, INTERVIEW_STATUS_LABELS, INTERVIEW_STATUS_TONES } from './followup-labels';

const PERSON_INTERVIEWS = graphql(`
  query PersonInterviews($beneficiaryId: ID!, $first: Int!) {
    interviews(beneficiaryId: $beneficiaryId, first: $first) {
      totalCount
      edges {
        node {
          id
          startsAt
          endsAt
          status
          missionTitle
          associationName
          cancelReason
          outcomeNote
          outcomeRecordedAt
          place {
            kind
            label
            address
            videoUrl
          }
          coordinator {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);

/** The tripartite interviews of the person (référent + person + France Bénévolat), the nearest first. */
export function InterviewsTab({ personId }: PersonTabProps) {
  const [result, refetch] = useQuery({
    query: PERSON_INTERVIEWS,
    variables: { beneficiaryId: personId, first: 50 },
  });
  return (
    <section aria-labelledby="entretiens-titre">
      <h2 id="entretiens-titre">Entretiens tripartites</h2>
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ interviews }) =>
          interviews.edges.length === 0 ? (
            <EmptyState title="Aucun entretien pour l’instant.">
              <p>
                Un entretien avec France Bénévolat est planifié quand la personne accepte une proposition de mission.
              </p>
            </EmptyState>
          ) : (
            <ul className="list-reset">
              {interviews.edges.map(({ node }) => {
                const result = INTERVIEW_RESULT_LABELS[node.status];
                return (
                  <li key={node.id} className="card">
                    <h3>
                      {formatDateTime(node.startsAt)} – {formatTime(node.endsAt)}
                    </h3>
                    <p>
                      <Badge tone={INTERVIEW_STATUS_TONES[node.status]}>{INTERVIEW_STATUS_LABELS[node.status]}</Badge>{' '}
                      Mission « {node.missionTitle} » avec {node.associationName}
                    </p>
                    <dl className="details">
                      <dt>Lieu</dt>
                      <dd>
                        {node.place.kind === 'VIDEO' ? (
                          <>En visioconférence ({node.place.label})</>
                        ) : (
                          <>
                            {node.place.label}
                            {node.place.address && <>, {node.place.address}</>}
                          </>
                        )}
                      </dd>
                      <dt>Coordinateur France Bénévolat</dt>
                      <dd>
                        {node.coordinator
                          ? `${node.coordinator.firstName} ${node.coordinator.lastName}`
                          : 'Non renseigné'}
                      </dd>
                      {result && (
                        <>
                          <dt>Résultat</dt>
                          <dd>
                            {result}
                            {node.outcomeNote && <> — « {node.outcomeNote} »</>}
                          </dd>
                        </>
                      )}
                      {node.status === 'CANCELLED' && (
                        <>
                          <dt>Motif de l’annulation</dt>
                          <dd>{node.cancelReason ?? 'Non précisé'}</dd>
                        </>
                      )}
                    </dl>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
