import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/fields';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Badge, EmptyState, QueryState } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { formatCount, formatDate, formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import {
  INTERVIEW_FILTERS,
  INTERVIEW_STATUS_LABELS,
  INTERVIEW_STATUS_TONES,
  interviewFilterOf,
  interviewsVariablesOf,
  type InterviewFilter,
} from './interview-labels';
import { SlotPicker } from './SlotPicker';

const INTERVIEWS = graphql(`
  query CoordinatorInterviews(
    $statuses: [InterviewStatus!]
    $from: DateTime
    $to: DateTime
    $coordinatorId: ID
    $after: String
  ) {
    interviews(statuses: $statuses, from: $from, to: $to, coordinatorId: $coordinatorId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          startsAt
          status
          missionTitle
          associationName
          place {
            label
          }
          beneficiary {
            firstName
            lastName
          }
        }
      }
    }
  }
`);

const AWAITING = graphql(`
  query ProposalsAwaitingInterview($after: String) {
    proposalsAwaitingInterview(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          answeredAt
          candidate {
            firstName
            lastName
          }
          mission {
            title
            association {
              name
            }
          }
          referent {
            firstName
            lastName
          }
        }
      }
    }
  }
`);

const SCHEDULE = graphql(`
  mutation ScheduleInterviewFromConsole($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) {
      id
      status
      startsAt
    }
  }
`);

export function InterviewsPage() {
  const [params] = useSearchParams();
  const filter = interviewFilterOf(params.get('filtre'));
  return (
    <>
      <PageHeader
        title="Entretiens tripartites"
        lead="La personne, son référent et France Bénévolat, avant le début de la mission (heure de Paris)."
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Entretiens' }]}
      />
      <nav aria-label="Filtres des entretiens" className="filters">
        <ul className="cluster list-reset">
          {INTERVIEW_FILTERS.map((f) => (
            <li key={f.slug}>
              <Link
                to={consolePath('interviews', {}, { filtre: f.slug })}
                className={`button ${f.slug === filter ? '' : 'button--secondary'}`}
                aria-current={f.slug === filter ? 'page' : undefined}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {filter === 'a-planifier' ? <AwaitingList /> : <InterviewList key={filter} filter={filter} />}
    </>
  );
}

function InterviewList({ filter }: { filter: Exclude<InterviewFilter, 'a-planifier'> }) {
  const viewer = useViewer();
  // The instant the list opened: « to come » and « to record » are split at it.
  const [now] = useState(() => new Date().toISOString());
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: INTERVIEWS,
    variables: {
      ...interviewsVariablesOf(filter, now),
      coordinatorId: viewer.role === 'COORDINATOR' ? viewer.id : null,
      after,
    },
  });
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ interviews }) =>
        interviews.totalCount === 0 ? (
          <EmptyState title="Aucun entretien dans cette liste." />
        ) : (
          <>
            <p className="muted" role="status">
              {formatCount(interviews.totalCount, 'entretien')}
            </p>
            <ul className="list-reset item-list">
              {interviews.edges.map(({ node }) => (
                <li key={node.id} className="card">
                  <h2>
                    <Link to={consolePath('interview', { interviewId: node.id })}>
                      {node.beneficiary.firstName} {node.beneficiary.lastName ?? ''} — {formatDateTime(node.startsAt)}
                    </Link>
                  </h2>
                  <p>
                    <Badge tone={INTERVIEW_STATUS_TONES[node.status]}>{INTERVIEW_STATUS_LABELS[node.status]}</Badge>{' '}
                    {node.missionTitle} ({node.associationName}) · {node.place.label}
                  </p>
                </li>
              ))}
            </ul>
            {interviews.pageInfo.hasNextPage && (
              <Button variant="secondary" onPress={() => setAfter(interviews.pageInfo.endCursor ?? null)}>
                Afficher plus
              </Button>
            )}
          </>
        )
      }
    </QueryState>
  );
}

function AwaitingList() {
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: AWAITING, variables: { after } });
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ proposalsAwaitingInterview: list }) =>
        list.totalCount === 0 ? (
          <EmptyState title="Aucune proposition acceptée n’attend d’entretien." />
        ) : (
          <>
            <p className="muted" role="status">
              {list.totalCount === 1
                ? '1 proposition acceptée attend son entretien.'
                : `${formatCount(list.totalCount, 'proposition acceptée', 'propositions acceptées')} attendent leur entretien.`}
            </p>
            <ul className="list-reset item-list">
              {list.edges.map(({ node }) => {
                const name = `${node.candidate?.firstName ?? ''} ${node.candidate?.lastName ?? ''}`.trim();
                return (
                  <li key={node.id} className="card">
                    <h2>{name || 'Personne'}</h2>
                    <p>
                      {node.mission?.title} ({node.mission?.association.name}) · acceptée le{' '}
                      {formatDate(node.answeredAt)}
                      {node.referent && ` · référent : ${node.referent.firstName} ${node.referent.lastName}`}
                    </p>
                    <ScheduleDialog proposalId={node.id} personName={name} />
                  </li>
                );
              })}
            </ul>
            {list.pageInfo.hasNextPage && (
              <Button variant="secondary" onPress={() => setAfter(list.pageInfo.endCursor ?? null)}>
                Afficher plus
              </Button>
            )}
          </>
        )
      }
    </QueryState>
  );
}

function ScheduleDialog({ proposalId, personName }: { proposalId: string; personName: string }) {
  return (
    <DialogButton
      trigger={<Button aria-label={`Planifier l’entretien de ${personName}`}>Planifier l’entretien</Button>}
      title={`Planifier l’entretien de ${personName}`}
      wide
    >
      {(close) => <ScheduleForm proposalId={proposalId} onCancel={close} />}
    </DialogButton>
  );
}

function ScheduleForm({ proposalId, onCancel }: { proposalId: string; onCancel: () => void }) {
  const form = useFormProblem();
  const navigate = useNavigate();
  const [slotId, setSlotId] = useState<string | null>(null);
  const [inviteWelcomeContact, setInviteWelcomeContact] = useState(false);
  const [schedule, { pending }] = useAction(SCHEDULE);
  return (
    <ActionForm
      form={form}
      onSubmit={async () => {
        if (!slotId) return;
        const result = await schedule({ input: { proposalId, slotId, inviteWelcomeContact } });
        if (!result.ok) return form.setProblem(result.problem);
        void navigate(consolePath('interview', { interviewId: result.data.scheduleInterview.id }), {
          state: { notice: 'Entretien planifié : les invitations partent par e-mail.' },
        });
      }}
    >
      <SlotPicker proposalId={proposalId} value={slotId} onChange={setSlotId} />
      <CheckboxField isSelected={inviteWelcomeContact} onChange={setInviteWelcomeContact}>
        Inviter aussi la personne qui accueille dans l’association
      </CheckboxField>
      <DialogActions
        onCancel={onCancel}
        confirmLabel="Réserver et envoyer les invitations"
        confirmType="submit"
        isPending={pending}
      />
    </ActionForm>
  );
}
