import { consolePath } from '@console-routes';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { Button } from '../../components/Button';
import { Badge, EmptyState, QueryState } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { formatCount, formatDate } from '../../lib/format';
import { useRelayList } from '../../lib/use-relay-list';
import { formatWaitingTime, isLongWait } from './waiting-time';

const PAGE_SIZE = 20;

// Both queues come the longest waiting first (the API's order for these two filters).
const ASSOCIATIONS_QUEUE = graphql(`
  query ModerationAssociations($first: Int!, $after: String) {
    associations(status: PENDING, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          createdAt
          commune {
            name
          }
          domains {
            code
            label
          }
        }
      }
    }
  }
`);

const MISSIONS_QUEUE = graphql(`
  query ModerationMissions($first: Int!, $after: String) {
    missions(status: [SUBMITTED], first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          submittedAt
          createdAt
          association {
            id
            name
          }
          commune {
            name
          }
          domain {
            code
            label
          }
        }
      }
    }
  }
`);

function Waiting({ since }: { since: string }) {
  return (
    <>
      <Badge tone={isLongWait(since) ? 'warning' : 'neutral'}>En attente depuis {formatWaitingTime(since)}</Badge>
      <span className="muted"> · reçue le {formatDate(since)}</span>
    </>
  );
}

function AssociationsQueue() {
  const { result, refetch, loadMore, loadingMore } = useRelayList(
    ASSOCIATIONS_QUEUE,
    { first: PAGE_SIZE },
    (data) => data.associations.pageInfo.endCursor,
  );
  return (
    <section className="card" aria-labelledby="queue-associations">
      <h2 id="queue-associations">Associations à valider</h2>
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ associations }) =>
          associations.totalCount === 0 ? (
            <EmptyState title="Aucune association n’attend de validation." />
          ) : (
            <>
              <p className="muted">
                {formatCount(associations.totalCount, 'inscription en attente', 'inscriptions en attente')}, la plus
                ancienne d’abord.
              </p>
              <ul className="list-reset item-list">
                {associations.edges.map(({ node }) => (
                  <li key={node.id}>
                    <p>
                      <Link to={consolePath('moderationAssociation', { associationId: node.id })}>
                        <strong>{node.name}</strong>
                      </Link>
                    </p>
                    <p className="muted">
                      {[node.commune?.name, node.domains.map((d) => d.label).join(', ')].filter(Boolean).join(' · ')}
                    </p>
                    <p>
                      <Waiting since={node.createdAt} />
                    </p>
                  </li>
                ))}
              </ul>
              {associations.pageInfo.hasNextPage && (
                <Button variant="secondary" isPending={loadingMore} onPress={loadMore}>
                  Afficher plus d’associations
                </Button>
              )}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function MissionsQueue() {
  const { result, refetch, loadMore, loadingMore } = useRelayList(
    MISSIONS_QUEUE,
    { first: PAGE_SIZE },
    (data) => data.missions.pageInfo.endCursor,
  );
  return (
    <section className="card" aria-labelledby="queue-missions">
      <h2 id="queue-missions">Missions à publier</h2>
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ missions }) =>
          missions.totalCount === 0 ? (
            <EmptyState title="Aucune mission n’attend de publication." />
          ) : (
            <>
              <p className="muted">
                {formatCount(missions.totalCount, 'mission en attente', 'missions en attente')}, la plus ancienne
                d’abord.
              </p>
              <ul className="list-reset item-list">
                {missions.edges.map(({ node }) => (
                  <li key={node.id}>
                    <p>
                      <Link to={consolePath('moderationMission', { missionId: node.id })}>
                        <strong>{node.title}</strong>
                      </Link>
                    </p>
                    <p className="muted">{[node.association.name, node.commune.name, node.domain.label].join(' · ')}</p>
                    <p>
                      <Waiting since={node.submittedAt ?? node.createdAt} />
                    </p>
                  </li>
                ))}
              </ul>
              {missions.pageInfo.hasNextPage && (
                <Button variant="secondary" isPending={loadingMore} onPress={loadMore}>
                  Afficher plus de missions
                </Button>
              )}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/**
 * The Département's moderation: associations to validate, missions to publish, longest waiting
 * first. Coordinators moderate missions only (the service Insertion validates associations).
 */
export function ModerationPage() {
  const viewer = useViewer();
  return (
    <>
      <PageHeader
        title="Modération"
        lead="Les demandes en attente, de la plus ancienne à la plus récente."
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Modération' }]}
      />
      <div className="stack">
        {viewer.role === 'ADMIN' && <AssociationsQueue />}
        <MissionsQueue />
      </div>
    </>
  );
}
