import { consolePath } from '@console-routes';
import type { CalendarDate } from '@internationalized/date';
import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, LinkButton } from '../../components/Button';
import { DatePickerField } from '../../components/date-fields';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert, Badge, QueryState } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { InterviewOutcome } from '../../gql/graphql';
import { formatDateTime, formatTime } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { INTERVIEW_STATUS_LABELS, INTERVIEW_STATUS_TONES } from './interview-labels';
import { parisDayOf, parisToday } from './paris-time';
import { SlotPicker } from './SlotPicker';

const INTERVIEW = graphql(`
  query CoordinatorInterview($id: ID!) {
    interview(id: $id) {
      id
      proposalId
      beneficiaryId
      missionId
      slotId
      startsAt
      endsAt
      status
      sequence
      missionTitle
      associationName
      invitationUrl
      cancelReason
      outcomeNote
      welcomeContactInvited
      place {
        kind
        label
        address
        videoUrl
      }
      beneficiary {
        firstName
        lastName
        email
        phone
      }
      referent {
        firstName
        lastName
      }
      coordinator {
        firstName
        lastName
      }
    }
  }
`);

const ENGAGEMENTS = graphql(`
  query InterviewEngagements($beneficiaryId: ID, $missionId: ID) {
    engagements(beneficiaryId: $beneficiaryId, missionId: $missionId, first: 5) {
      edges {
        node {
          id
          interviewId
          status
          startDate
        }
      }
    }
  }
`);

const RESCHEDULE = graphql(`
  mutation RescheduleInterviewFromConsole($input: RescheduleInterviewInput!) {
    rescheduleInterview(input: $input) {
      id
      slotId
      startsAt
      endsAt
      status
      sequence
      place {
        kind
        label
        address
        videoUrl
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelInterviewFromConsole($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      id
      status
      sequence
      cancelReason
    }
  }
`);

const RECORD = graphql(`
  mutation RecordInterviewOutcomeFromConsole($input: RecordInterviewOutcomeInput!) {
    recordInterviewOutcome(input: $input) {
      id
      status
      outcomeNote
    }
  }
`);

const START = graphql(`
  mutation StartEngagementFromConsole($input: StartEngagementInput!) {
    startEngagement(input: $input) {
      id
      interviewId
      status
      startDate
    }
  }
`);

const OUTCOMES: Array<{ id: InterviewOutcome; label: string }> = [
  { id: 'HELD', label: 'L’entretien a eu lieu' },
  { id: 'NO_SHOW', label: 'La personne ne s’est pas présentée' },
  { id: 'EXCUSED', label: 'La personne s’est excusée' },
];

export function InterviewPage() {
  const { interviewId = '' } = useParams();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [result, refetch] = useQuery({ query: INTERVIEW, variables: { id: interviewId } });
  const done = (message: string) => {
    setNotice(message);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ interview }) => {
        const person = `${interview.beneficiary.firstName} ${interview.beneficiary.lastName ?? ''}`.trim();
        const started = new Date(interview.startsAt).getTime() <= Date.now();
        return (
          <>
            <PageHeader
              title={`Entretien de ${person}`}
              lead={
                <>
                  <Badge tone={INTERVIEW_STATUS_TONES[interview.status]}>
                    {INTERVIEW_STATUS_LABELS[interview.status]}
                  </Badge>{' '}
                  {formatDateTime(interview.startsAt)} – {formatTime(interview.endsAt)}
                </>
              }
              crumbs={[
                { label: 'Accueil', to: consolePath('home') },
                { label: 'Entretiens', to: consolePath('interviews') },
                { label: person },
              ]}
            />
            {notice && (
              <Alert tone="success" live="status">
                <p>{notice}</p>
              </Alert>
            )}
            <div className="split">
              <section className="card" aria-labelledby="interview-details">
                <h2 id="interview-details">Le rendez-vous</h2>
                <dl className="details">
                  <dt>Mission</dt>
                  <dd>
                    {interview.missionTitle} ({interview.associationName})
                  </dd>
                  <dt>Lieu</dt>
                  <dd>
                    {interview.place.label}
                    {interview.place.address && `, ${interview.place.address}`}
                    {interview.place.videoUrl && (
                      <>
                        {' '}
                        : <a href={interview.place.videoUrl}>lien de la visioconférence</a>
                      </>
                    )}
                  </dd>
                  <dt>Personne</dt>
                  <dd>
                    {person}
                    {interview.beneficiary.phone && ` · ${interview.beneficiary.phone}`}
                    {interview.beneficiary.email && ` · ${interview.beneficiary.email}`}
                  </dd>
                  {interview.referent && (
                    <>
                      <dt>Référent</dt>
                      <dd>
                        {interview.referent.firstName} {interview.referent.lastName}
                      </dd>
                    </>
                  )}
                  {interview.coordinator && (
                    <>
                      <dt>France Bénévolat</dt>
                      <dd>
                        {interview.coordinator.firstName} {interview.coordinator.lastName}
                      </dd>
                    </>
                  )}
                  {interview.cancelReason && (
                    <>
                      <dt>Motif de l’annulation</dt>
                      <dd>{interview.cancelReason}</dd>
                    </>
                  )}
                  {interview.outcomeNote && (
                    <>
                      <dt>Remarque</dt>
                      <dd>{interview.outcomeNote}</dd>
                    </>
                  )}
                </dl>
                <LinkButton variant="secondary" href={interview.invitationUrl} external>
                  Télécharger l’invitation (.ics)
                </LinkButton>
              </section>
              <section className="card stack" aria-labelledby="interview-actions">
                <h2 id="interview-actions">Que faire ?</h2>
                {interview.status === 'SCHEDULED' && !started && (
                  <p>
                    Les participants ont reçu l’invitation. Déplacez ou annulez l’entretien si besoin : ils recevront la
                    mise à jour.
                  </p>
                )}
                {interview.status === 'SCHEDULED' && started && (
                  <p>L’heure du rendez-vous est passée : enregistrez ce qu’il s’est passé.</p>
                )}
                <div className="cluster">
                  {interview.status === 'SCHEDULED' && started && (
                    <OutcomeDialog interviewId={interview.id} onDone={done} />
                  )}
                  {interview.status === 'SCHEDULED' && (
                    <>
                      <RescheduleDialog
                        interviewId={interview.id}
                        proposalId={interview.proposalId}
                        currentSlotId={interview.slotId ?? null}
                        onDone={done}
                      />
                      <CancelDialog interviewId={interview.id} onDone={done} />
                    </>
                  )}
                </div>
                {interview.status === 'HELD' && (
                  <EngagementPart
                    interviewId={interview.id}
                    beneficiaryId={interview.beneficiaryId}
                    missionId={interview.missionId}
                    earliest={parisDayOf(interview.startsAt)}
                    onDone={done}
                  />
                )}
                {interview.status === 'CANCELLED' && (
                  <p>
                    Cet entretien est annulé. La proposition revient dans la liste{' '}
                    <a href={consolePath('interviews', {}, { filtre: 'a-planifier' })}>à planifier</a> si elle est
                    toujours acceptée.
                  </p>
                )}
              </section>
            </div>
          </>
        );
      }}
    </QueryState>
  );
}

function RescheduleDialog({
  interviewId,
  proposalId,
  currentSlotId,
  onDone,
}: {
  interviewId: string;
  proposalId: string;
  currentSlotId: string | null;
  onDone: (message: string) => void;
}) {
  const form = useFormProblem();
  const [slotId, setSlotId] = useState<string | null>(null);
  const [reschedule, { pending }] = useAction(RESCHEDULE);
  return (
    <DialogButton trigger={<Button variant="secondary">Déplacer</Button>} title="Déplacer l’entretien" wide>
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            if (!slotId) return;
            const result = await reschedule({ input: { interviewId, slotId } });
            if (!result.ok) return form.setProblem(result.problem);
            close();
            onDone('Entretien déplacé : les participants reçoivent l’invitation mise à jour.');
          }}
        >
          <SlotPicker proposalId={proposalId} value={slotId} onChange={setSlotId} excludeSlotId={currentSlotId} />
          <DialogActions onCancel={close} confirmLabel="Déplacer" confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}

function CancelDialog({ interviewId, onDone }: { interviewId: string; onDone: (message: string) => void }) {
  const form = useFormProblem();
  const [reason, setReason] = useState('');
  const [cancel, { pending }] = useAction(CANCEL);
  return (
    <DialogButton trigger={<Button variant="danger">Annuler l’entretien</Button>} title="Annuler l’entretien">
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            const result = await cancel({ input: { interviewId, reason } });
            if (!result.ok) return form.setProblem(result.problem);
            close();
            onDone('Entretien annulé : les participants reçoivent l’annulation.');
          }}
        >
          <TextField
            label="Motif"
            description="Envoyé aux participants avec l’annulation."
            value={reason}
            onChange={setReason}
            isRequired
            multiline
            rows={3}
            name="reason"
            validate={(v) => (v.trim().length < 3 ? 'Le motif doit contenir au moins 3 caractères.' : null)}
          />
          <div className="form-actions">
            <Button type="submit" variant="danger" isPending={pending}>
              Confirmer l’annulation
            </Button>
            <Button variant="secondary" onPress={close}>
              Revenir
            </Button>
          </div>
        </ActionForm>
      )}
    </DialogButton>
  );
}

function OutcomeDialog({ interviewId, onDone }: { interviewId: string; onDone: (message: string) => void }) {
  const form = useFormProblem();
  const [outcome, setOutcome] = useState<InterviewOutcome | null>(null);
  const [note, setNote] = useState('');
  const [record, { pending }] = useAction(RECORD);
  return (
    <DialogButton trigger={<Button>Enregistrer le résultat</Button>} title="Résultat de l’entretien">
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            if (!outcome) return;
            const result = await record({ input: { interviewId, outcome, note: note.trim() || undefined } });
            if (!result.ok) return form.setProblem(result.problem);
            close();
            onDone('Résultat enregistré.');
          }}
        >
          <RadioGroup
            className="field radio-group"
            value={outcome}
            onChange={(value) => setOutcome(value as InterviewOutcome)}
            isRequired
            name="outcome"
          >
            <Label>Ce qu’il s’est passé</Label>
            {OUTCOMES.map((o) => (
              <Radio key={o.id} value={o.id} className="radio">
                {o.label}
              </Radio>
            ))}
          </RadioGroup>
          <TextField label="Remarque" value={note} onChange={setNote} multiline rows={3} name="note" />
          <DialogActions onCancel={close} confirmLabel="Enregistrer" confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}

function EngagementPart({
  interviewId,
  beneficiaryId,
  missionId,
  earliest,
  onDone,
}: {
  interviewId: string;
  beneficiaryId: string;
  missionId: string;
  earliest: CalendarDate;
  onDone: (message: string) => void;
}) {
  const [result, refetch] = useQuery({ query: ENGAGEMENTS, variables: { beneficiaryId, missionId } });
  const form = useFormProblem();
  const today = parisToday();
  const [startDate, setStartDate] = useState<CalendarDate | null>(today.compare(earliest) > 0 ? today : earliest);
  const [hours, setHours] = useState('20');
  const [start, { pending }] = useAction(START);
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ engagements }) => {
        const engagement = engagements.edges.find((e) => e.node.interviewId === interviewId)?.node;
        if (engagement) return <p>La mission a commencé (suivi par l’association et le référent).</p>;
        return (
          <>
            <p>L’entretien a eu lieu : démarrez la mission quand la date est convenue.</p>
            <DialogButton trigger={<Button>Démarrer la mission</Button>} title="Démarrer la mission">
              {(close) => (
                <ActionForm
                  form={form}
                  onSubmit={async () => {
                    if (!startDate) return;
                    const res = await start({
                      input: { interviewId, startDate: startDate.toString(), plannedHours: Number(hours) },
                    });
                    if (!res.ok) return form.setProblem(res.problem);
                    close();
                    refetch({ requestPolicy: 'network-only' });
                    onDone('Mission démarrée.');
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
                    validate={(v) =>
                      /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 2000 ? null : 'Un nombre d’heures de 1 à 2 000.'
                    }
                  />
                  <DialogActions onCancel={close} confirmLabel="Démarrer" confirmType="submit" isPending={pending} />
                </ActionForm>
              )}
            </DialogButton>
          </>
        );
      }}
    </QueryState>
  );
}
