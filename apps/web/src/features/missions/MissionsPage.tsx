// The association's missions, most recent first, with where each stands (the reason of a
// send-back in full) and a filter by status; « Afficher plus » fetches the next page.
import '../../styles/association-workspace.css';
import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, LinkButton } from '../../components/Button';
import { EmptyState, QueryState } from '../../components/feedback';
import { SelectField } from '../../components/choice-fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { MissionStatus } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format';
import { MISSION_STATUS_LABELS, sentBackReason } from './mission-sheet';
import { MissionStatusBadge } from './MissionPage';
import { MISSION_STATUS_SLUGS, missionStatusOfSlug } from './mission-filters';

const MISSIONS = graphql(`
  query AssociationMissions($status: [MissionStatus!], $after: String) {
    missions(status: $status, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          remote
          places
          placesTaken
          updatedAt
          commune {
            inseeCode
            name
          }
          transitions {
            id
            action
            reason
            occurredAt
          }
        }
      }
    }
  }
`);

const FILTERS = [
  { id: 'ALL', label: 'Toutes les missions' },
  ...(Object.keys(MISSION_STATUS_LABELS) as MissionStatus[]).map((status) => ({
    id: status,
    label: MISSION_STATUS_LABELS[status],
  })),
];

export function MissionsPage() {
  const [params, setParams] = useSearchParams();
  const filter = missionStatusOfSlug(params.get('etat')) ?? 'ALL';
  const [after, setAfter] = useState<string | null>(null);
  const status = filter === 'ALL' ? null : [filter];
  const [result, refetch] = useQuery({ query: MISSIONS, variables: { status, after } });
  return (
    <>
      <PageHeader
        title="Missions"
        lead="Les fiches mission de votre structure, de la plus récente à la plus ancienne."
        actions={<LinkButton href={consolePath('newMission')}>Nouvelle mission</LinkButton>}
      />
      <div className="filters">
        <SelectField
          label="Afficher"
          isRequired
          options={FILTERS}
          selectedKey={filter}
          onSelectionChange={(key) => {
            const next = key && key !== 'ALL' ? MISSION_STATUS_SLUGS[key as MissionStatus] : null;
            setParams(next ? { etat: next } : {}, { replace: true });
            setAfter(null);
          }}
        />
      </div>
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ missions }) =>
          missions.edges.length === 0 ? (
            <EmptyState title={filter === 'ALL' ? 'Aucune mission pour l’instant.' : 'Aucune mission dans cet état.'}>
              <p>Une mission se crée en quelques étapes : présentation, compétences, lieu et horaires, accueil.</p>
            </EmptyState>
          ) : (
            <>
              <p className="muted" role="status">
                {formatNumber(missions.totalCount)} mission{missions.totalCount > 1 ? 's' : ''}
              </p>
              <ul className="list-reset item-list">
                {missions.edges.map(({ node: mission }) => {
                  const reason = sentBackReason(mission.status, mission.transitions);
                  return (
                    <li key={mission.id}>
                      <h2 className="item-title">
                        <Link to={consolePath('mission', { missionId: mission.id })}>{mission.title}</Link>
                      </h2>
                      <p>
                        <MissionStatusBadge mission={mission} /> {mission.remote ? 'À distance' : mission.commune.name}{' '}
                        · {formatNumber(mission.placesTaken)} place{mission.placesTaken > 1 ? 's' : ''} pourvue
                        {mission.placesTaken > 1 ? 's' : ''} sur {formatNumber(mission.places)} · modifiée le{' '}
                        {formatDate(mission.updatedAt)}
                      </p>
                      {reason !== null && (
                        <p className="sent-back">
                          <strong>Motif du renvoi :</strong> {reason || 'aucun motif indiqué'}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
              {missions.pageInfo.hasNextPage && (
                <Button variant="secondary" onPress={() => setAfter(missions.pageInfo.endCursor ?? null)}>
                  Afficher plus
                </Button>
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}
