// The people who accepted the association's missions, mission by mission, with only what an
// association may see (first name and contact): where each stands (interview, mission under way,
// ended), starting, completing or interrupting the mission, and attesting the competencies shown,
// which become the person's Passeport Bénévole.
import '../../styles/association-workspace.css';
import { LEVEL_LABELS } from '@domain/passports/competency-level';
import type { CalendarDate } from '@internationalized/date';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { consolePath } from '@console-routes';
import { useViewer } from '../../app/session';
import { Button } from '../../components/Button';
import { DatePickerField } from '../../components/date-fields';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert, Badge, EmptyState, ErrorState, Loading, QueryState } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { SelectField } from '../../components/choice-fields';
import { TextField } from '../../components/fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { VolunteerEngagementsQuery, VolunteerInterviewsQuery, VolunteerProposalsQuery } from '../../gql/graphql';
import { formatCount, formatLocalDate } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { parisDayOf, parisToday } from '../coordination/paris-time';
import { STAGE_LABELS, STAGE_TONES, interviewNote, volunteerRows, type VolunteerStage } from './volunteer-stage';
import { STAGE_FILTERS, stageFilterOf } from './volunteer-filters';

// Three queries rather than one: each stays under the API's complexity limit.
const VOLUNTEER_PROPOSALS = graphql(`
  query VolunteerProposals {
    proposals(status: [ACCEPTED], first: 50) {
      totalCount
      edges {
        node {
          id
          missionId
          answeredAt
          mission {
            id
            title
          }
          candidate {
            firstName
            email
            phone
          }
        }
      }
    }
  }
`);

const VOLUNTEER_INTERVIEWS = graphql(`
  query VolunteerInterviews {
    interviews(first: 100) {
      edges {
        node {
          id
          proposalId
          status
          startsAt
          sequence
          scheduledAt
          cancelledAt
        }
      }
    }
  }
`);

const VOLUNTEER_ENGAGEMENTS = graphql(`
  query VolunteerEngagements {
    engagements(first: 50) {
      edges {
        node {
          ...VolunteerEngagement
        }
      }
    }
  }
`);

const MISSION_COMPETENCIES = graphql(`
  query VolunteerMissionCompetencies($id: ID!) {
    mission(id: $id) {
      id
      competencies {
        code
        label
      }
    }
  }
`);

export const VOLUNTEER_ENGAGEMENT = graphql(`
  fragment VolunteerEngagement on Engagement {
    id
    proposalId
    status
    startDate
    endDate
    plannedHours
    hoursDone
    abandonReason
    missionId
    attestations {
      id
      attestedAt
      attestorName
      attestorRole
      competencies {
        competencyCode
        level
        levelLabel
        comment
        competency {
          label
        }
      }
    }
  }
`);

const START = graphql(`
  mutation StartVolunteerEngagement($input: StartEngagementInput!) {
    startEngagement(input: $input) {
      ...VolunteerEngagement
    }
  }
`);

const COMPLETE = graphql(`
  mutation CompleteVolunteerEngagement($input: CompleteEngagementInput!) {
    completeEngagement(input: $input) {
      ...VolunteerEngagement
    }
  }
`);

const ABANDON = graphql(`
  mutation AbandonVolunteerEngagement($input: AbandonEngagementInput!) {
    abandonEngagement(input: $input) {
      ...VolunteerEngagement
    }
  }
`);

const ATTEST = graphql(`
  mutation AttestVolunteerCompetencies($input: AttestCompetenciesInput!) {
    attestCompetencies(input: $input) {
      id
      engagementId
    }
  }
`);

type ProposalNode = VolunteerProposalsQuery['proposals']['edges'][number]['node'];
type InterviewNode = VolunteerInterviewsQuery['interviews']['edges'][number]['node'];
type EngagementNode = VolunteerEngagementsQuery['engagements']['edges'][number]['node'];

interface VolunteerData {
  proposals: VolunteerProposalsQuery['proposals'];
  interviews: VolunteerInterviewsQuery['interviews'];
  engagements: VolunteerEngagementsQuery['engagements'];
}

const hoursProblem = (min: number, max: number) => (value: string) =>
  /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max
    ? null
    : `Saisissez un nombre entier d’heures entre ${min} et ${max.toLocaleString('fr-FR')}.`;

export function VolunteersPage() {
  const [params, setParams] = useSearchParams();
  const filter = stageFilterOf(params.get('etape'));
  const [notice, setNotice] = useState<string | null>(null);
  const [proposals, refetchProposals] = useQuery({ query: VOLUNTEER_PROPOSALS });
  const [interviews, refetchInterviews] = useQuery({ query: VOLUNTEER_INTERVIEWS });
  const [engagements, refetchEngagements] = useQuery({ query: VOLUNTEER_ENGAGEMENTS });
  const refetch = () => {
    refetchProposals({ requestPolicy: 'network-only' });
    refetchInterviews({ requestPolicy: 'network-only' });
    refetchEngagements({ requestPolicy: 'network-only' });
  };
  const done = (message: string) => {
    setNotice(message);
    refetch();
  };
  const result = {
    data:
      proposals.data && interviews.data && engagements.data
        ? {
            proposals: proposals.data.proposals,
            interviews: interviews.data.interviews,
            engagements: engagements.data.engagements,
          }
        : undefined,
    error: proposals.error ?? interviews.error ?? engagements.error,
    fetching: proposals.fetching || interviews.fetching || engagements.fetching,
  };
  return (
    <>
      <PageHeader
        title="Bénévoles"
        lead="Les personnes qui ont accepté vos missions : leur prénom et leur contact, le suivi de la mission et les compétences à attester pour leur Passeport Bénévole."
      />
      {notice && (
        <Alert tone="success" live="status">
          <p>{notice}</p>
        </Alert>
      )}
      <div className="filters">
        <SelectField
          label="Afficher"
          isRequired
          options={STAGE_FILTERS.map((f) => ({ id: f.slug, label: f.label }))}
          selectedKey={filter.slug}
          onSelectionChange={(key) => setParams(key && key !== 'tous' ? { etape: key } : {}, { replace: true })}
        />
      </div>
      <QueryState result={result} onRetry={refetch}>
        {(data) => <VolunteerList data={data} stages={filter.stages} onDone={done} />}
      </QueryState>
    </>
  );
}

function VolunteerList({
  data,
  stages,
  onDone,
}: {
  data: VolunteerData;
  stages: readonly VolunteerStage[] | null;
  onDone: (message: string) => void;
}) {
  const rows = useMemo(
    () =>
      volunteerRows(
        data.proposals.edges.map((e) => e.node),
        data.interviews.edges.map((e) => e.node),
        data.engagements.edges.map((e) => ({ ...e.node, attestationCount: e.node.attestations.length })),
      ),
    [data],
  );
  const shown = stages ? rows.filter((row) => stages.includes(row.stage)) : rows;
  if (rows.length === 0) {
    return (
      <EmptyState title="Personne n’a encore accepté l’une de vos missions.">
        <p>
          Quand une personne accepte une mission, elle apparaît ici avec son prénom et son contact, puis France
          Bénévolat organise l’entretien tripartite.
        </p>
      </EmptyState>
    );
  }
  if (shown.length === 0) return <EmptyState title="Personne à cette étape pour l’instant." />;
  // Grouped by mission, missions in the order of their first row (what needs you first).
  const missions = new Map<string, { title: string; rows: typeof shown }>();
  for (const row of shown) {
    const key = row.proposal.missionId;
    const group = missions.get(key) ?? { title: row.proposal.mission?.title ?? 'Mission', rows: [] };
    group.rows.push(row);
    missions.set(key, group);
  }
  return (
    <>
      <p className="muted" role="status">
        {formatCount(shown.length, 'personne')}
        {data.proposals.totalCount > data.proposals.edges.length ? ' (les 50 plus récentes)' : ''}
      </p>
      {[...missions].map(([missionId, group]) => (
        <section key={missionId} aria-labelledby={`mission-${missionId}`}>
          <h2 id={`mission-${missionId}`}>
            <Link to={consolePath('mission', { missionId })}>{group.title}</Link>
          </h2>
          <ul className="list-reset item-list">
            {group.rows.map((row) => (
              <VolunteerItem
                key={row.proposal.id}
                proposal={row.proposal}
                interview={row.interview}
                engagement={row.engagement}
                stage={row.stage}
                onDone={onDone}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function VolunteerItem({
  proposal,
  interview,
  engagement,
  stage,
  onDone,
}: {
  proposal: ProposalNode;
  interview: InterviewNode | null;
  engagement: EngagementNode | null;
  stage: VolunteerStage;
  onDone: (message: string) => void;
}) {
  const firstName = proposal.candidate?.firstName ?? 'La personne';
  const headingId = `volunteer-${proposal.id}`;
  return (
    <li aria-labelledby={headingId}>
      <h3 className="item-title" id={headingId}>
        {firstName}
      </h3>
      <p>
        <Badge tone={STAGE_TONES[stage]}>{STAGE_LABELS[stage]}</Badge>
      </p>
      <p>
        {proposal.candidate?.email && <a href={`mailto:${proposal.candidate.email}`}>{proposal.candidate.email}</a>}
        {proposal.candidate?.email && proposal.candidate?.phone ? ' · ' : ''}
        {proposal.candidate?.phone && <a href={`tel:${proposal.candidate.phone}`}>{proposal.candidate.phone}</a>}
        {!proposal.candidate?.email && !proposal.candidate?.phone && (
          <span className="muted">Pas de contact direct : passez par France Bénévolat.</span>
        )}
      </p>
      <ul className="muted">
        {interview && <li>{interviewNote(interview)}</li>}
        {engagement && (
          <li>
            Mission commencée le {formatLocalDate(engagement.startDate)} (
            {formatCount(engagement.plannedHours, 'heure')} prévue{engagement.plannedHours >= 2 ? 's' : ''})
            {engagement.endDate &&
              (engagement.status === 'COMPLETED'
                ? `, terminée le ${formatLocalDate(engagement.endDate)}`
                : engagement.status === 'ABANDONED'
                  ? `, interrompue le ${formatLocalDate(engagement.endDate)}`
                  : `, annulée`)}
            {engagement.hoursDone !== null && engagement.hoursDone !== undefined
              ? ` : ${formatCount(engagement.hoursDone, 'heure')} réalisée${engagement.hoursDone >= 2 ? 's' : ''}`
              : ''}
          </li>
        )}
        {engagement?.abandonReason && <li>Motif de l’interruption : {engagement.abandonReason}</li>}
      </ul>
      {engagement && engagement.attestations.length > 0 && <Attestations engagement={engagement} />}
      <div className="cluster">
        {stage === 'to-start' && interview && (
          <StartDialog firstName={firstName} interview={interview} onDone={onDone} />
        )}
        {engagement?.status === 'ACTIVE' && (
          <>
            <CompleteDialog firstName={firstName} engagement={engagement} onDone={onDone} />
            <AbandonDialog firstName={firstName} engagement={engagement} onDone={onDone} />
          </>
        )}
        {engagement &&
          engagement.status !== 'WITHDRAWN' &&
          engagement.attestations.length === 0 &&
          engagement.startDate <= parisToday().toString() && (
            <AttestDialog firstName={firstName} engagement={engagement} onDone={onDone} />
          )}
      </div>
    </li>
  );
}

function Attestations({ engagement }: { engagement: EngagementNode }) {
  return (
    <>
      {engagement.attestations.map((attestation) => (
        <div key={attestation.id}>
          <p>
            Compétences attestées le {formatLocalDate(parisDayOf(attestation.attestedAt).toString())} par{' '}
            {attestation.attestorName} ({attestation.attestorRole}) :
          </p>
          <ul>
            {attestation.competencies.map((competency) => (
              <li key={competency.competencyCode}>
                {competency.competency?.label ?? 'Compétence'} : {competency.levelLabel}
                {competency.comment ? ` — ${competency.comment}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function StartDialog({
  firstName,
  interview,
  onDone,
}: {
  firstName: string;
  interview: InterviewNode;
  onDone: (message: string) => void;
}) {
  const form = useFormProblem();
  const earliest = parisDayOf(interview.startsAt);
  const today = parisToday();
  const [startDate, setStartDate] = useState<CalendarDate | null>(today.compare(earliest) > 0 ? today : earliest);
  const [hours, setHours] = useState('20');
  const [start, { pending }] = useAction(START);
  return (
    <DialogButton trigger={<Button>Démarrer la mission</Button>} title={`Démarrer la mission de ${firstName}`}>
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            if (!startDate) return;
            const res = await start({
              input: { interviewId: interview.id, startDate: startDate.toString(), plannedHours: Number(hours) },
            });
            if (!res.ok) return form.setProblem(res.problem);
            close();
            onDone(`Mission de ${firstName} démarrée.`);
          }}
        >
          <DatePickerField
            label="Premier jour de la mission"
            value={startDate}
            onChange={setStartDate}
            minValue={earliest}
            name="startDate"
          />
          <TextField
            label="Heures de bénévolat prévues"
            description="De 1 à 2 000 heures"
            value={hours}
            onChange={setHours}
            isRequired
            inputMode="numeric"
            name="plannedHours"
            validate={hoursProblem(1, 2000)}
          />
          <DialogActions onCancel={close} confirmLabel="Démarrer" confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}

function CompleteDialog({
  firstName,
  engagement,
  onDone,
}: {
  firstName: string;
  engagement: EngagementNode;
  onDone: (message: string) => void;
}) {
  const form = useFormProblem();
  const [endDate, setEndDate] = useState<CalendarDate | null>(parisToday());
  const [hours, setHours] = useState(String(engagement.plannedHours));
  const [complete, { pending }] = useAction(COMPLETE);
  return (
    <DialogButton
      trigger={<Button variant="secondary">Mission terminée</Button>}
      title={`La mission de ${firstName} est terminée`}
    >
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            if (!endDate) return;
            const res = await complete({
              input: { engagementId: engagement.id, endDate: endDate.toString(), hoursDone: Number(hours) },
            });
            if (!res.ok) return form.setProblem(res.problem);
            close();
            onDone(`Mission de ${firstName} terminée : vous pouvez attester ses compétences.`);
          }}
        >
          <DatePickerField label="Dernier jour de la mission" value={endDate} onChange={setEndDate} name="endDate" />
          <TextField
            label="Heures de bénévolat réalisées"
            value={hours}
            onChange={setHours}
            isRequired
            inputMode="numeric"
            name="hoursDone"
            validate={hoursProblem(0, 5000)}
          />
          <DialogActions onCancel={close} confirmLabel="Enregistrer" confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}

function AbandonDialog({
  firstName,
  engagement,
  onDone,
}: {
  firstName: string;
  engagement: EngagementNode;
  onDone: (message: string) => void;
}) {
  const form = useFormProblem();
  const [endDate, setEndDate] = useState<CalendarDate | null>(parisToday());
  const [hours, setHours] = useState('');
  const [reason, setReason] = useState('');
  const [abandon, { pending }] = useAction(ABANDON);
  return (
    <DialogButton
      trigger={<Button variant="secondary">Mission interrompue</Button>}
      title={`La mission de ${firstName} s’est arrêtée`}
    >
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            if (!endDate) return;
            const res = await abandon({
              input: {
                engagementId: engagement.id,
                endDate: endDate.toString(),
                hoursDone: hours.trim() ? Number(hours) : null,
                reason: reason.trim(),
              },
            });
            if (!res.ok) return form.setProblem(res.problem);
            close();
            onDone(`Interruption de la mission de ${firstName} enregistrée.`);
          }}
        >
          <DatePickerField label="Date de l’arrêt" value={endDate} onChange={setEndDate} name="endDate" />
          <TextField
            label="Heures réalisées avant l’arrêt"
            value={hours}
            onChange={setHours}
            inputMode="numeric"
            name="hoursDone"
            validate={hoursProblem(0, 5000)}
          />
          <TextField
            label="Motif, en quelques mots"
            description="Le référent de la personne le lira. Pas de donnée de santé ni de détail personnel."
            value={reason}
            onChange={setReason}
            isRequired
            multiline
            rows={3}
            name="reason"
            validate={(v) => (v.trim().length < 3 || v.trim().length > 500 ? 'Entre 3 et 500 caractères.' : null)}
          />
          <DialogActions onCancel={close} confirmLabel="Enregistrer l’arrêt" confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}

const NOT_ATTESTED = '0';
const LEVEL_OPTIONS = [
  { id: NOT_ATTESTED, label: 'Non attestée' },
  ...([1, 2, 3] as const).map((level) => ({ id: String(level), label: LEVEL_LABELS[level] })),
];

function AttestDialog({
  firstName,
  engagement,
  onDone,
}: {
  firstName: string;
  engagement: EngagementNode;
  onDone: (message: string) => void;
}) {
  const viewer = useViewer();
  const form = useFormProblem();
  const [missionResult] = useQuery({ query: MISSION_COMPETENCIES, variables: { id: engagement.missionId } });
  const competencies = missionResult.data?.mission.competencies ?? [];
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [attestorName, setAttestorName] = useState(`${viewer.firstName} ${viewer.lastName}`);
  const [attestorRole, setAttestorRole] = useState('');
  const [attest, { pending }] = useAction(ATTEST);
  const chosen = competencies.filter((c) => (levels[c.code] ?? NOT_ATTESTED) !== NOT_ATTESTED);
  return (
    <DialogButton
      wide
      trigger={<Button>Attester les compétences</Button>}
      title={`Attester les compétences de ${firstName}`}
    >
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            if (chosen.length === 0) {
              form.setProblem({
                code: 'BAD_USER_INPUT',
                message: 'Choisissez un niveau pour au moins une compétence.',
                fields: {},
              });
              return;
            }
            const res = await attest({
              input: {
                engagementId: engagement.id,
                attestorName: attestorName.trim(),
                attestorRole: attestorRole.trim(),
                competencies: chosen.map((c) => ({
                  competencyCode: c.code,
                  level: Number(levels[c.code]),
                  comment: comments[c.code]?.trim() || null,
                })),
              },
            });
            if (!res.ok) return form.setProblem(res.problem);
            close();
            onDone(`Compétences de ${firstName} attestées : elles figurent sur son Passeport Bénévole.`);
          }}
        >
          <p>
            Pour chaque compétence que {firstName} a mise en œuvre pendant la mission, choisissez un niveau : Découverte
            (avec un accompagnement), Pratique (seul·e dans les situations courantes) ou Maîtrise (en autonomie, et peut
            la transmettre).
          </p>
          {!missionResult.data && missionResult.error && <ErrorState error={missionResult.error} />}
          {!missionResult.data && !missionResult.error && <Loading label="Chargement des compétences…" />}
          {missionResult.data && competencies.length === 0 && (
            <Alert tone="warning">
              <p>Cette mission ne liste aucune compétence développée : ajoutez-en à la fiche mission.</p>
            </Alert>
          )}
          {competencies.map((competency) => (
            <fieldset key={competency.code} className="attest-competency">
              <legend>{competency.label}</legend>
              <SelectField
                label="Niveau"
                isRequired
                options={LEVEL_OPTIONS}
                selectedKey={levels[competency.code] ?? NOT_ATTESTED}
                onSelectionChange={(key) => setLevels((current) => ({ ...current, [competency.code]: key ?? '0' }))}
              />
              {(levels[competency.code] ?? NOT_ATTESTED) !== NOT_ATTESTED && (
                <TextField
                  label="Commentaire"
                  description="280 caractères au plus, imprimé sur le passeport"
                  value={comments[competency.code] ?? ''}
                  onChange={(value) => setComments((current) => ({ ...current, [competency.code]: value }))}
                  maxLength={280}
                />
              )}
            </fieldset>
          ))}
          <div className="form-row">
            <TextField
              label="Nom de la personne qui atteste"
              value={attestorName}
              onChange={setAttestorName}
              isRequired
              name="attestorName"
              validate={(v) => (v.trim().length < 2 ? 'Saisissez au moins 2 caractères.' : null)}
            />
            <TextField
              label="Sa fonction dans la structure"
              description="Par exemple : présidente, responsable des bénévoles"
              value={attestorRole}
              onChange={setAttestorRole}
              isRequired
              name="attestorRole"
              validate={(v) => (v.trim().length < 2 ? 'Saisissez au moins 2 caractères.' : null)}
            />
          </div>
          <DialogActions onCancel={close} confirmLabel="Attester" confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}
