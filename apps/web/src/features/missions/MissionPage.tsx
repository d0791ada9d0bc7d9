// A mission of the association: its fiche, where it stands (with the reason of a send-back), what
// can be done next (modify, submit or re-submit, close, duplicate), the preview of the fiche in
// the email, and the moderation history.
import '../../styles/association-workspace.css';
import { consolePath } from '@console-routes';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, LinkButton } from '../../components/Button';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert, Badge, QueryState } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { PageHeader } from '../../components/PageHeader';
import type { MissionFicheFragment, MissionStatus } from '../../gql/graphql';
import { formatDateTime, formatLocalDate, formatNumber } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { CLOSE_MISSION, MISSION_QUERY, SUBMIT_MISSION } from './mission-operations';
import {
  FRENCH_LEVEL_LABELS,
  MISSION_STATUS_LABELS,
  MISSION_STATUS_TONES,
  PHYSICAL_EFFORT_LABELS,
  SENT_BACK_LABEL,
  sentBackReason,
  type SheetSource,
  type Transition,
} from './mission-sheet';
import { MissionSheetPreview } from './MissionSheetPreview';

const ACTION_LABELS: Record<string, string> = {
  CREATE: 'Créée',
  EDIT: 'Modifiée, renvoyée en validation',
  SUBMIT: 'Soumise à validation',
  PUBLISH: 'Publiée',
  REJECT: 'Renvoyée pour correction',
  FILL: 'Complète',
  RELEASE: 'Rouverte (une place s’est libérée)',
  CLOSE: 'Clôturée',
};

export function sheetSourceOf(mission: MissionFicheFragment): SheetSource {
  return {
    title: mission.title,
    summary: mission.summary,
    description: mission.description,
    associationName: mission.association.name,
    remote: mission.remote,
    communeName: mission.commune.name,
    address: mission.address ?? '',
    weeklySlots: mission.weeklySlots as SheetSource['weeklySlots'],
    startDate: mission.startDate ?? '',
    endDate: mission.endDate ?? '',
    hoursPerWeek: mission.hoursPerWeek,
    durationWeeks: mission.durationWeeks,
    competencyLabels: mission.competencies.map((competency) => competency.label),
    followUps: mission.followUps ?? '',
    welcomeContactName: mission.welcomeContact.name,
  };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || <span className="muted">Non renseigné</span>}</dd>
    </>
  );
}

function Paragraphs({ text }: { text: string | null }) {
  if (!text?.trim()) return null;
  return (
    <>
      {text
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line, index) => (
          <p key={index}>{line}</p>
        ))}
    </>
  );
}

function CloseMissionButton({ mission }: { mission: MissionFicheFragment }) {
  const [reason, setReason] = useState('');
  const form = useFormProblem();
  const [closeMission, { pending }] = useAction(CLOSE_MISSION);
  return (
    <DialogButton trigger={<Button variant="danger">Clôturer la mission</Button>} title="Clôturer la mission">
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            const result = await closeMission({ input: { missionId: mission.id, reason: reason.trim() || null } });
            if (result.ok) close();
            else form.setProblem(result.problem);
          }}
        >
          <p>
            La clôture est définitive : la mission ne pourra plus être proposée. Les personnes déjà engagées continuent
            leur mission.
          </p>
          <TextField
            label="Motif"
            name="reason"
            multiline
            rows={3}
            value={reason}
            onChange={setReason}
            validate={(value) => (value.length > 1000 ? '1 000 caractères au plus.' : null)}
          />
          <DialogActions
            onCancel={close}
            confirmLabel="Clôturer définitivement"
            confirmType="submit"
            variant="danger"
            isPending={pending}
          />
        </ActionForm>
      )}
    </DialogButton>
  );
}

function MissionActions({ mission }: { mission: MissionFicheFragment }) {
  const [submitMission, { pending }] = useAction(SUBMIT_MISSION);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const sentBack = sentBackReason(mission.status, mission.transitions) !== null;
  const submit = async () => {
    setProblem(null);
    const result = await submitMission({ id: mission.id });
    if (result.ok) setDone(true);
    else setProblem(result.problem.message);
  };
  return (
    <>
      {problem && (
        <Alert tone="danger" live="alert">
          <p>{problem}</p>
        </Alert>
      )}
      {done && mission.status === 'SUBMITTED' && (
        <Alert tone="success" live="status">
          <p>Mission soumise à validation : le service Insertion va la relire. Vous serez prévenu(e) par e-mail.</p>
        </Alert>
      )}
      <div className="cluster">
        {mission.viewerCanEdit && mission.status === 'DRAFT' && (
          <Button onPress={() => void submit()} isPending={pending}>
            {sentBack ? 'Soumettre à nouveau' : 'Soumettre à validation'}
          </Button>
        )}
        {mission.viewerCanEdit && mission.status !== 'CLOSED' && (
          <LinkButton href={consolePath('missionEdit', { missionId: mission.id })} variant="secondary">
            Modifier
          </LinkButton>
        )}
        <DialogButton
          wide
          trigger={<Button variant="secondary">Aperçu pour la personne</Button>}
          title="La fiche dans l’e-mail de proposition"
        >
          {(close) => (
            <>
              <MissionSheetPreview source={sheetSourceOf(mission)} headingLevel={3} />
              <div className="form-actions">
                <Button variant="secondary" onPress={close}>
                  Fermer
                </Button>
              </div>
            </>
          )}
        </DialogButton>
        {mission.viewerCanEdit && (
          <LinkButton href={consolePath('newMission', {}, { depuis: mission.id })} variant="secondary">
            Dupliquer
          </LinkButton>
        )}
        {mission.viewerCanEdit && mission.status !== 'CLOSED' && <CloseMissionButton mission={mission} />}
      </div>
    </>
  );
}

export function MissionStatusBadge({
  mission,
}: {
  mission: { status: MissionStatus; transitions?: readonly Transition[] | null };
}) {
  if (sentBackReason(mission.status, mission.transitions) !== null)
    return <Badge tone="danger">{SENT_BACK_LABEL}</Badge>;
  return <Badge tone={MISSION_STATUS_TONES[mission.status]}>{MISSION_STATUS_LABELS[mission.status]}</Badge>;
}

export function MissionPage() {
  const { missionId = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string; tone?: 'success' | 'warning' } | null) ?? null;
  const [result, refetch] = useQuery({ query: MISSION_QUERY, variables: { id: missionId } });
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ mission }) => {
        const reason = sentBackReason(mission.status, mission.transitions);
        const transitions = [...(mission.transitions ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
        return (
          <>
            <PageHeader
              title={mission.title}
              crumbs={[{ label: 'Missions', to: consolePath('missions') }, { label: mission.title }]}
              lead={
                <>
                  <MissionStatusBadge mission={mission} /> {mission.domain.label} ·{' '}
                  {mission.remote ? 'à distance' : mission.commune.name} · {formatNumber(mission.placesTaken)} place
                  {mission.placesTaken > 1 ? 's' : ''} pourvue
                  {mission.placesTaken > 1 ? 's' : ''} sur {formatNumber(mission.places)}
                </>
              }
            />
            {notice?.notice && (
              <Alert tone={notice.tone ?? 'success'} live="status">
                <p>{notice.notice}</p>
              </Alert>
            )}
            {reason !== null && (
              <Alert tone="warning" title="Le service Insertion vous a renvoyé cette mission">
                <p>{reason || 'Aucun motif indiqué.'}</p>
                <p>Modifiez la fiche, puis soumettez-la à nouveau.</p>
              </Alert>
            )}
            {mission.status === 'SUBMITTED' && (
              <Alert tone="info">
                <p>Cette mission attend la validation du service Insertion ou de France Bénévolat.</p>
              </Alert>
            )}
            <MissionActions mission={mission} />

            <section className="card stack" aria-labelledby="fiche-presentation">
              <h2 id="fiche-presentation">Présentation</h2>
              <p>
                <strong>{mission.summary}</strong>
              </p>
              <Paragraphs text={mission.description} />
              <dl className="details">
                <Row label="Déroulé">
                  <Paragraphs text={mission.runningOrder} />
                </Row>
                <Row label="Objectifs">
                  <Paragraphs text={mission.objectives} />
                </Row>
                <Row label="Profils auxquels elle convient">
                  <Paragraphs text={mission.suitedProfiles} />
                </Row>
                <Row label="Suites possibles">
                  <Paragraphs text={mission.followUps} />
                </Row>
                <Row label="Compétences développées">
                  {mission.competencies.length > 0 && (
                    <ul>
                      {mission.competencies.map((competency) => (
                        <li key={competency.code}>{competency.label}</li>
                      ))}
                    </ul>
                  )}
                </Row>
              </dl>
            </section>

            <section className="card" aria-labelledby="fiche-lieu">
              <h2 id="fiche-lieu">Lieu, dates et horaires</h2>
              <dl className="details">
                <Row label="Lieu">
                  {mission.remote
                    ? `À distance (rattachée à ${mission.commune.name})`
                    : [mission.address, mission.commune.name].filter(Boolean).join(', ')}
                </Row>
                <Row label="Quand">{mission.scheduleDescription}</Row>
                <Row label="Dates">
                  {mission.startDate || mission.endDate
                    ? `${mission.startDate ? `du ${formatLocalDate(mission.startDate)}` : ''}${
                        mission.endDate ? ` au ${formatLocalDate(mission.endDate)}` : ''
                      }`.trim()
                    : ''}
                </Row>
                <Row label="Places">
                  {`${formatNumber(mission.places)} (${formatNumber(mission.placesLeft)} encore libre${
                    mission.placesLeft > 1 ? 's' : ''
                  })`}
                </Row>
              </dl>
            </section>

            <section className="card" aria-labelledby="fiche-conditions">
              <h2 id="fiche-conditions">Conditions et accessibilité</h2>
              <ul>
                <li>{mission.drivingLicenceRequired ? 'Permis B exigé' : 'Pas de permis exigé'}</li>
                <li>{mission.minimumAge ? `À partir de ${mission.minimumAge} ans` : 'Pas d’âge minimum'}</li>
                <li>
                  {mission.frenchLevel
                    ? `Français : ${FRENCH_LEVEL_LABELS[mission.frenchLevel]}`
                    : 'Pas de niveau de français exigé'}
                </li>
                <li>Effort physique : {PHYSICAL_EFFORT_LABELS[mission.physicalEffort].toLocaleLowerCase('fr-FR')}</li>
                <li>
                  {mission.publicTransport ? 'Desservi par les transports en commun' : 'Pas de transport en commun'}
                </li>
                <li>{mission.stepFreeAccess ? 'Accessible de plain-pied' : 'Pas d’accès de plain-pied'}</li>
              </ul>
            </section>

            <section className="card" aria-labelledby="fiche-accueil">
              <h2 id="fiche-accueil">Accueil du bénévole</h2>
              <p>
                {mission.welcomeContact.name} — {mission.welcomeContact.email}
                {mission.welcomeContact.phone ? ` — ${mission.welcomeContact.phone}` : ''}
              </p>
            </section>

            {transitions.length > 0 && (
              <section className="card" aria-labelledby="fiche-historique">
                <h2 id="fiche-historique">Historique</h2>
                <ol className="list-reset item-list">
                  {transitions.map((transition) => (
                    <li key={transition.id}>
                      <strong>{ACTION_LABELS[transition.action] ?? MISSION_STATUS_LABELS[transition.toStatus]}</strong>{' '}
                      le {formatDateTime(transition.occurredAt)}, par {transition.actorName}
                      {transition.reason && <p className="muted">{transition.reason}</p>}
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
