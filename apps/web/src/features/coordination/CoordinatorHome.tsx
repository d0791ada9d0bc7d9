import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { Alert, QueryState } from '../../components/feedback';
import { graphql } from '../../gql';
import { formatCount } from '../../lib/format';

const HOME = graphql(`
  query CoordinatorHome($now: DateTime!, $coordinatorId: ID) {
    interviewCapacity(days: 14) {
      freeSlots
      proposalsAwaitingInterview
      interviewsToRecord
      short
    }
    upcoming: interviews(statuses: [SCHEDULED], from: $now, coordinatorId: $coordinatorId, first: 1) {
      totalCount
    }
  }
`);

/** French agrees 0 and 1 with the singular. */
const plural = (count: number, singular: string, many: string) => (count >= 2 ? many : singular);

/** The coordinator's « to do »: interviews to plan and to record, what is coming, and slots running short. */
export function CoordinatorHome() {
  const viewer = useViewer();
  const [now] = useState(() => new Date().toISOString());
  const [result, refetch] = useQuery({
    query: HOME,
    variables: { now, coordinatorId: viewer.role === 'COORDINATOR' ? viewer.id : null },
  });
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ interviewCapacity: capacity, upcoming }) => (
        <>
          {capacity.short && (
            <Alert tone="warning" title="Il manque des créneaux" live="status">
              <p>
                {formatCount(capacity.freeSlots, 'créneau libre', 'créneaux libres', 'Aucun créneau libre')} sur les 14
                prochains jours pour{' '}
                {formatCount(
                  capacity.proposalsAwaitingInterview,
                  'proposition acceptée qui attend',
                  'propositions acceptées qui attendent',
                )}{' '}
                un entretien. <Link to={consolePath('agenda')}>Publiez des disponibilités dans l’agenda</Link>.
              </p>
            </Alert>
          )}
          <h2>À faire</h2>
          <ul className="counters list-reset">
            <li>
              <Link
                className={`counter${capacity.proposalsAwaitingInterview > 0 ? ' counter--alert' : ''}`}
                to={consolePath('interviews', {}, { filtre: 'a-planifier' })}
              >
                <span className="counter__value">{capacity.proposalsAwaitingInterview}</span>
                <span className="counter__label">
                  {plural(capacity.proposalsAwaitingInterview, 'entretien à planifier', 'entretiens à planifier')}
                </span>
                <span className="muted">propositions acceptées sans rendez-vous</span>
              </Link>
            </li>
            <li>
              <Link
                className={`counter${capacity.interviewsToRecord > 0 ? ' counter--alert' : ''}`}
                to={consolePath('interviews', {}, { filtre: 'a-renseigner' })}
              >
                <span className="counter__value">{capacity.interviewsToRecord}</span>
                <span className="counter__label">
                  {plural(capacity.interviewsToRecord, 'résultat à enregistrer', 'résultats à enregistrer')}
                </span>
                <span className="muted">entretiens passés</span>
              </Link>
            </li>
            <li>
              <Link className="counter" to={consolePath('interviews', {}, { filtre: 'a-venir' })}>
                <span className="counter__value">{upcoming.totalCount}</span>
                <span className="counter__label">
                  {plural(upcoming.totalCount, 'entretien à venir', 'entretiens à venir')}
                </span>
              </Link>
            </li>
            <li>
              <Link className="counter" to={consolePath('agenda')}>
                <span className="counter__value">{capacity.freeSlots}</span>
                <span className="counter__label">{plural(capacity.freeSlots, 'créneau libre', 'créneaux libres')}</span>
                <span className="muted">sur les 14 prochains jours</span>
              </Link>
            </li>
          </ul>
        </>
      )}
    </QueryState>
  );
}
