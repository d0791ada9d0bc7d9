import { consolePath } from '@console-routes';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { LinkButton } from '../../components/Button';
import { QueryState } from '../../components/feedback';
import { graphql } from '../../gql';
import type { ReferentDashboardQuery } from '../../gql/graphql';
import { formatCount } from '../../lib/format';
import { caseloadSearch, type CaseloadFilters } from './caseload-filters';

const DASHBOARD = graphql(`
  query ReferentDashboard {
    referentDashboard {
      active
      toOrient
      overdue
      awaitingAnswer
      acceptedWithoutInterview
      interviewsThisWeek
      engagementsInProgress
      outcomesToRecord
    }
  }
`);

type Dashboard = ReferentDashboardQuery['referentDashboard'];

interface Counter {
  key: Exclude<keyof Dashboard, '__typename' | 'active'>;
  /** Singular and plural labels (French agrees 0 and 1 with the singular). */
  label: [string, string];
  hint: string;
  filters: Partial<CaseloadFilters>;
  /** Shown as needing attention when not zero. */
  alert?: boolean;
}

/** Each counter opens the caseload with the filter that gives the same number (active files only). */
const COUNTERS: Counter[] = [
  {
    key: 'toOrient',
    label: ['personne à orienter', 'personnes à orienter'],
    hint: 'avant l’échéance d’un mois après l’entrée au RSA',
    filters: { stage: 'TO_ORIENT' },
  },
  {
    key: 'overdue',
    label: ['dossier en retard', 'dossiers en retard'],
    hint: 'orientation ou accompagnement hors délai',
    filters: { deadline: 'OVERDUE' },
    alert: true,
  },
  {
    key: 'awaitingAnswer',
    label: ['proposition sans réponse', 'propositions sans réponse'],
    hint: 'la personne n’a pas encore répondu',
    filters: { stage: 'AWAITING_ANSWER' },
  },
  {
    key: 'acceptedWithoutInterview',
    label: ['acceptation sans entretien', 'acceptations sans entretien'],
    hint: 'proposition acceptée, aucun entretien réservé',
    filters: { stage: 'ACCEPTED_WITHOUT_INTERVIEW' },
    alert: true,
  },
  {
    key: 'interviewsThisWeek',
    label: ['entretien cette semaine', 'entretiens cette semaine'],
    hint: 'entretiens tripartites du lundi au dimanche',
    filters: { stage: 'INTERVIEW_THIS_WEEK' },
  },
  {
    key: 'engagementsInProgress',
    label: ['mission à suivre', 'missions à suivre'],
    hint: 'missions bénévoles en cours',
    filters: { stage: 'ENGAGEMENT_IN_PROGRESS' },
  },
  {
    key: 'outcomesToRecord',
    label: ['suite à enregistrer', 'suites à enregistrer'],
    hint: 'mission terminée ou interrompue, sans suite notée',
    filters: { stage: 'OUTCOME_TO_RECORD' },
    alert: true,
  },
];

/** The référent's home: what to do now, each figure a link to the list of the people concerned. */
export function ReferentHome() {
  const viewer = useViewer();
  const [result, refetch] = useQuery({ query: DASHBOARD });
  const scope =
    viewer.isTerritoryManager && viewer.territory
      ? `Les dossiers en cours de votre territoire (${viewer.territory.name}) et ceux que vous suivez.`
      : 'Les dossiers en cours des personnes que vous suivez.';
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ referentDashboard: dashboard }) => (
        <>
          <div className="cluster">
            <p className="muted">
              {scope}{' '}
              <Link to={`${consolePath('people')}${caseloadSearch({ status: 'ACTIVE' })}`}>
                {formatCount(dashboard.active, 'dossier en cours', 'dossiers en cours', 'Aucun dossier en cours')}
              </Link>
            </p>
            <LinkButton href={consolePath('newPerson')} variant="secondary">
              Créer un dossier
            </LinkButton>
          </div>
          <h2>À faire</h2>
          <ul className="counters list-reset">
            {COUNTERS.map((counter) => {
              const value = dashboard[counter.key];
              return (
                <li key={counter.key}>
                  <Link
                    className={`counter${counter.alert && value > 0 ? ' counter--alert' : ''}`}
                    to={`${consolePath('people')}${caseloadSearch({ status: 'ACTIVE', ...counter.filters })}`}
                  >
                    <span className="counter__value">{value}</span>
                    <span className="counter__label">{value >= 2 ? counter.label[1] : counter.label[0]}</span>
                    <span className="muted">{counter.hint}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </QueryState>
  );
}
