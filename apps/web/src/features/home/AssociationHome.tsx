// The association's « à faire »: its missions sent back for correction (with the reason), the
// people to welcome, missions to start and competencies to attest, then where its missions stand.
// Every item opens its page, already filtered.
import { consolePath } from '@console-routes';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, QueryState } from '../../components/feedback';
import { graphql } from '../../gql';
import type { AssociationHomePeopleQuery, AssociationHomeQuery } from '../../gql/graphql';
import { MISSION_STATUS_SLUGS } from '../missions/mission-filters';
import { sentBackReason } from '../missions/mission-sheet';
import { stageCounts, volunteerRows } from '../volunteers/volunteer-stage';

const HOME = graphql(`
  query AssociationHome {
    drafts: missions(status: [DRAFT], first: 50) {
      totalCount
      edges {
        node {
          id
          title
          status
          transitions {
            action
            reason
            occurredAt
          }
        }
      }
    }
    submitted: missions(status: [SUBMITTED], first: 1) {
      totalCount
    }
    published: missions(status: [PUBLISHED], first: 1) {
      totalCount
    }
    full: missions(status: [FULL], first: 1) {
      totalCount
    }
  }
`);

/** The people in a second query, 50 of each at most: each query stays under the API's complexity limit. */
const HOME_PEOPLE = graphql(`
  query AssociationHomePeople {
    proposals(status: [ACCEPTED], first: 50) {
      edges {
        node {
          id
          missionId
        }
      }
    }
    interviews(first: 50) {
      edges {
        node {
          id
          proposalId
          status
          startsAt
        }
      }
    }
    engagements(first: 50) {
      edges {
        node {
          id
          proposalId
          status
          attestations {
            id
          }
        }
      }
    }
  }
`);

/** French agrees 0 and 1 with the singular. */
const plural = (count: number, singular: string, many: string) => (count >= 2 ? many : singular);

interface Counter {
  value: number;
  label: string;
  hint?: string;
  to: string;
  /** Needs the association: highlighted when not zero. */
  alert?: boolean;
}

type HomeData = AssociationHomeQuery & AssociationHomePeopleQuery;

function counters(data: HomeData, drafts: number): { people: Counter[]; missions: Counter[] } {
  const rows = volunteerRows(
    data.proposals.edges.map((e) => e.node),
    data.interviews.edges.map((e) => e.node),
    data.engagements.edges.map((e) => ({ ...e.node, attestationCount: e.node.attestations.length })),
  );
  const count = stageCounts(rows.map((row) => row.stage));
  const welcome = count['interview-to-plan'] + count['interview-planned'] + count['to-start'];
  const volunteers = (etape: string) => consolePath('volunteers', {}, { etape });
  const missions = (etat: string) => consolePath('missions', {}, { etat });
  return {
    people: [
      {
        value: count['to-attest'],
        label: plural(count['to-attest'], 'attestation à rédiger', 'attestations à rédiger'),
        hint: 'missions terminées, compétences à attester',
        to: volunteers('a-attester'),
        alert: true,
      },
      {
        value: count['to-start'],
        label: plural(count['to-start'], 'mission à démarrer', 'missions à démarrer'),
        hint: 'entretien tripartite réalisé',
        to: volunteers('a-demarrer'),
        alert: true,
      },
      {
        value: welcome,
        label: plural(welcome, 'personne à accueillir', 'personnes à accueillir'),
        hint: 'ont accepté une mission',
        to: volunteers('a-accueillir'),
      },
      {
        value: count.active,
        label: plural(count.active, 'mission en cours', 'missions en cours'),
        to: volunteers('en-cours'),
      },
    ],
    missions: [
      {
        value: drafts,
        label: plural(drafts, 'brouillon à terminer', 'brouillons à terminer'),
        to: missions(MISSION_STATUS_SLUGS.DRAFT),
      },
      {
        value: data.submitted.totalCount,
        label: plural(
          data.submitted.totalCount,
          'mission en attente de validation',
          'missions en attente de validation',
        ),
        hint: 'par le service Insertion du Département',
        to: missions(MISSION_STATUS_SLUGS.SUBMITTED),
      },
      {
        value: data.published.totalCount,
        label: plural(data.published.totalCount, 'mission publiée', 'missions publiées'),
        to: missions(MISSION_STATUS_SLUGS.PUBLISHED),
      },
      {
        value: data.full.totalCount,
        label: plural(data.full.totalCount, 'mission complète', 'missions complètes'),
        to: missions(MISSION_STATUS_SLUGS.FULL),
      },
    ],
  };
}

function CounterList({ items }: { items: Counter[] }) {
  return (
    <ul className="counters list-reset">
      {items.map((item) => (
        <li key={item.to}>
          <Link className={`counter${item.alert && item.value > 0 ? ' counter--alert' : ''}`} to={item.to}>
            <span className="counter__value">{item.value}</span>
            <span className="counter__label">{item.label}</span>
            {item.hint && <span className="muted">{item.hint}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function AssociationHome() {
  const [missions, refetchMissions] = useQuery({ query: HOME });
  const [people, refetchPeople] = useQuery({ query: HOME_PEOPLE });
  const result = {
    data: missions.data && people.data ? { ...missions.data, ...people.data } : undefined,
    error: missions.error ?? people.error,
    fetching: missions.fetching || people.fetching,
  };
  const retry = () => {
    refetchMissions({ requestPolicy: 'network-only' });
    refetchPeople({ requestPolicy: 'network-only' });
  };
  return (
    <QueryState result={result} onRetry={retry}>
      {(data) => <AssociationToDo data={data} />}
    </QueryState>
  );
}

function AssociationToDo({ data }: { data: HomeData }) {
  const sentBack = useMemo(
    () =>
      data.drafts.edges
        .map(({ node }) => ({ mission: node, reason: sentBackReason(node.status, node.transitions) }))
        .filter((item): item is { mission: typeof item.mission; reason: string } => item.reason !== null),
    [data],
  );
  const { people, missions } = counters(data, data.drafts.totalCount - sentBack.length);
  return (
    <>
      <h2>À faire</h2>
      {sentBack.length > 0 && (
        <Alert tone="warning" title={plural(sentBack.length, 'Mission à corriger', 'Missions à corriger')}>
          <ul>
            {sentBack.map(({ mission, reason }) => (
              <li key={mission.id}>
                <Link to={consolePath('mission', { missionId: mission.id })}>{mission.title}</Link> : renvoyée par le
                service Insertion{reason ? ` (« ${reason} »)` : ''}.
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <h3>Vos bénévoles</h3>
      <CounterList items={people} />
      <h3>Vos missions</h3>
      <CounterList items={missions} />
      <p>
        <Link to={consolePath('newMission')}>Créer une nouvelle mission</Link>
      </p>
    </>
  );
}
