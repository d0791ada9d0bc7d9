// The fiche mission form, step by step: a new mission (blank, or a copy of another one with
// `?depuis=`) or an edited one. Each step checks its fields before the next; the last step shows
// the fiche as the person will read it in the email, then saves (and may submit). A server
// problem brings the form back to the step of the first field at fault, its message under it.
import '../../styles/association-workspace.css';
import { consolePath } from '@console-routes';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { Button } from '../../components/Button';
import { CommuneField } from '../../components/CommuneField';
import { Alert, QueryState } from '../../components/feedback';
import { SelectField } from '../../components/choice-fields';
import { CheckboxField, TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { FrenchLevel, MissionFicheFragment, PhysicalEffort } from '../../gql/graphql';
import type { ApiProblem } from '../../lib/api-errors';
import { useAction } from '../../lib/use-action';
import { validateEmail } from '../../lib/validation';
import { CompetencyPicker } from './CompetencyPicker';
import { DayField } from './DayField';
import { BLANK_DRAFT, draftOf, inputOf, numberProblem, slotsOf, type MissionDraft } from './mission-draft';
import { MISSION_QUERY, SUBMIT_MISSION } from './mission-operations';
import { FRENCH_LEVEL_LABELS, PHYSICAL_EFFORT_LABELS } from './mission-sheet';
import { MissionSheetPreview } from './MissionSheetPreview';
import { WeeklySlotsField } from './WeeklySlotsField';

const FORM_REFERENTIALS = graphql(`
  query MissionFormReferentials($associationId: ID!) {
    missionDomains {
      code
      label
    }
    competencies {
      code
      label
      category
    }
    association(id: $associationId) {
      id
      name
      status
      commune {
        inseeCode
        name
      }
      welcomeContact {
        name
        email
        phone
      }
    }
  }
`);

const CREATE_MISSION = graphql(`
  mutation CreateMission($input: CreateMissionInput!) {
    createMission(input: $input) {
      ...MissionFiche
    }
  }
`);

const UPDATE_MISSION = graphql(`
  mutation UpdateMission($id: ID!, $input: UpdateMissionInput!) {
    updateMission(id: $id, input: $input) {
      ...MissionFiche
    }
  }
`);

interface Step {
  title: string;
  /** The API's field names this step edits (to come back to it on a server problem). */
  fields: string[];
}

const STEPS: Step[] = [
  { title: 'Présentation', fields: ['title', 'summary', 'description', 'domainCode'] },
  { title: 'Déroulé et objectifs', fields: ['runningOrder', 'objectives', 'suitedProfiles', 'followUps'] },
  { title: 'Compétences développées', fields: ['competencyCodes'] },
  {
    title: 'Lieu, dates et horaires',
    fields: [
      'remote',
      'communeCode',
      'address',
      'latitude',
      'longitude',
      'weeklySlots',
      'startDate',
      'endDate',
      'hoursPerWeek',
      'durationWeeks',
      'places',
    ],
  },
  {
    title: 'Conditions et accessibilité',
    fields: [
      'drivingLicenceRequired',
      'minimumAge',
      'frenchLevel',
      'physicalEffort',
      'publicTransport',
      'stepFreeAccess',
    ],
  },
  { title: 'Accueil du bénévole', fields: ['welcomeContact'] },
  { title: 'Aperçu et enregistrement', fields: [] },
];

/** The step holding the first field the server found at fault (the current one otherwise). */
function stepOfProblem(problem: ApiProblem, current: number): number {
  const fields = Object.keys(problem.fields);
  const index = STEPS.findIndex((step) =>
    fields.some((field) => step.fields.some((name) => field === name || field.startsWith(`${name}.`))),
  );
  return index === -1 ? current : index;
}

function lengthProblem(value: string, min: number, max: number): string | null {
  const length = value.trim().length;
  if (length < min) return `Saisissez au moins ${min} caractères.`;
  if (length > max) return `${max} caractères au plus (${length} saisis).`;
  return null;
}

const maxLength = (max: number) => (value: string) => lengthProblem(value, 0, max);

type Referentials = NonNullable<ReturnType<typeof useReferentials>[0]['data']>;

function useReferentials() {
  const viewer = useViewer();
  return useQuery({
    query: FORM_REFERENTIALS,
    variables: { associationId: viewer.associationId ?? '' },
    pause: !viewer.associationId,
  });
}

export function NewMissionPage() {
  const [params] = useSearchParams();
  const sourceId = params.get('depuis');
  const [referentials, refetch] = useReferentials();
  const [source] = useQuery({ query: MISSION_QUERY, variables: { id: sourceId ?? '' }, pause: !sourceId });
  if (sourceId && !source.data) {
    return <QueryState result={source}>{() => null}</QueryState>;
  }
  const copied = source.data?.mission;
  return (
    <QueryState result={referentials} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <MissionForm
          key={copied?.id ?? 'blank'}
          referentials={data}
          initial={
            copied
              ? draftOf(copied, true)
              : {
                  ...BLANK_DRAFT,
                  commune: data.association.commune
                    ? {
                        code: data.association.commune.inseeCode,
                        name: data.association.commune.name,
                      }
                    : null,
                }
          }
          copiedFrom={copied?.title}
        />
      )}
    </QueryState>
  );
}

export function EditMissionPage() {
  const { missionId = '' } = useParams();
  const [referentials, refetchReferentials] = useReferentials();
  const [mission, refetchMission] = useQuery({ query: MISSION_QUERY, variables: { id: missionId } });
  const retry = () => {
    refetchReferentials({ requestPolicy: 'network-only' });
    refetchMission({ requestPolicy: 'network-only' });
  };
  return (
    <QueryState result={mission} onRetry={retry}>
      {({ mission: saved }) => (
        <QueryState result={referentials} onRetry={retry}>
          {(data) =>
            saved.viewerCanEdit && saved.status !== 'CLOSED' ? (
              <MissionForm key={saved.id} referentials={data} initial={draftOf(saved)} editing={saved} />
            ) : (
              <>
                <PageHeader title="Modification impossible" />
                <Alert tone="warning">
                  <p>
                    Cette mission est clôturée ou n’appartient pas à votre structure : elle ne peut pas être modifiée.
                  </p>
                </Alert>
              </>
            )
          }
        </QueryState>
      )}
    </QueryState>
  );
}

function StepList({ current, onGo }: { current: number; onGo: (index: number) => void }) {
  return (
    <nav aria-label="Étapes de la fiche mission" className="steps">
      <ol>
        {STEPS.map((step, index) => (
          <li key={step.title} className={index === current ? 'steps__item steps__item--current' : 'steps__item'}>
            {index < current ? (
              <button type="button" className="link-button" onClick={() => onGo(index)}>
                {index + 1}. {step.title}
              </button>
            ) : (
              <span aria-current={index === current ? 'step' : undefined}>
                {index + 1}. {step.title}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function MissionForm({
  referentials,
  initial,
  editing,
  copiedFrom,
}: {
  referentials: Referentials;
  initial: MissionDraft;
  editing?: MissionFicheFragment;
  copiedFrom?: string;
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<MissionDraft>(initial);
  const [step, setStep] = useState(0);
  const form = useFormProblem();
  const [createMission, creating] = useAction(CREATE_MISSION);
  const [updateMission, updating] = useAction(UPDATE_MISSION);
  const [submitMission, submitting] = useAction(SUBMIT_MISSION);
  // Which of the two last buttons sent the form (read when the form's submit event arrives).
  const submitAfterSave = useRef(false);
  const [submitChosen, setSubmitChosen] = useState(false);
  const firstRender = useRef(true);
  const association = referentials.association;
  const set =
    <K extends keyof MissionDraft>(key: K) =>
    (value: MissionDraft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('step-title')?.focus();
  }, [step]);

  const domains = referentials.missionDomains.map((domain) => ({ id: domain.code, label: domain.label }));
  const competencyLabels = useMemo(
    () => new Map(referentials.competencies.map((competency) => [competency.code, competency.label])),
    [referentials.competencies],
  );

  const save = async (alsoSubmit: boolean) => {
    form.setProblem(null);
    const input = inputOf(draft);
    const saved = editing ? await updateMission({ id: editing.id, input }) : await createMission({ input });
    if (!saved.ok) {
      form.setProblem(saved.problem);
      setStep(stepOfProblem(saved.problem, step));
      return;
    }
    const mission = 'createMission' in saved.data ? saved.data.createMission : saved.data.updateMission;
    if (alsoSubmit) {
      const submitted = await submitMission({ id: mission.id });
      if (!submitted.ok) {
        void navigate(consolePath('mission', { missionId: mission.id }), {
          state: { notice: `Mission enregistrée, mais pas soumise : ${submitted.problem.message}`, tone: 'warning' },
        });
        return;
      }
    }
    void navigate(consolePath('mission', { missionId: mission.id }), {
      state: {
        notice: alsoSubmit
          ? 'Mission enregistrée et soumise à validation : le service Insertion va la relire.'
          : 'Mission enregistrée.',
      },
    });
  };

  const choose = (alsoSubmit: boolean) => {
    submitAfterSave.current = alsoSubmit;
    setSubmitChosen(alsoSubmit);
  };

  const next = async () => {
    if (step < STEPS.length - 1) {
      setStep(step + 1);
      return;
    }
    await save(submitAfterSave.current);
  };

  const title = editing ? `Modifier « ${editing.title} »` : 'Nouvelle mission';
  const body: Record<number, ReactNode> = {
    0: (
      <>
        <TextField
          label="Titre"
          name="title"
          description="Entre 3 et 120 caractères, par exemple « Accueil à l’épicerie solidaire »."
          value={draft.title}
          onChange={set('title')}
          isRequired
          validate={(value) => lengthProblem(value, 3, 120)}
        />
        <TextField
          label="Résumé"
          name="summary"
          description="Une ou deux phrases simples : c’est ce que la personne lit d’abord (300 caractères au plus)."
          value={draft.summary}
          onChange={set('summary')}
          isRequired
          multiline
          rows={3}
          validate={(value) => lengthProblem(value, 1, 300)}
        />
        <TextField
          label="Description"
          name="description"
          value={draft.description}
          onChange={set('description')}
          isRequired
          multiline
          validate={(value) => lengthProblem(value, 1, 5000)}
        />
        <SelectField
          label="Domaine"
          name="domainCode"
          options={domains}
          selectedKey={draft.domainCode}
          onSelectionChange={set('domainCode')}
          isRequired
        />
      </>
    ),
    1: (
      <>
        <TextField
          label="Déroulé"
          name="runningOrder"
          description="Comment se passe la mission : l’arrivée, une journée type, qui accompagne."
          value={draft.runningOrder}
          onChange={set('runningOrder')}
          multiline
          validate={maxLength(3000)}
        />
        <TextField
          label="Objectifs"
          name="objectives"
          value={draft.objectives}
          onChange={set('objectives')}
          multiline
          rows={3}
          validate={maxLength(2000)}
        />
        <TextField
          label="Profils auxquels la mission convient"
          name="suitedProfiles"
          value={draft.suitedProfiles}
          onChange={set('suitedProfiles')}
          multiline
          rows={3}
          validate={maxLength(2000)}
        />
        <TextField
          label="Suites possibles"
          name="followUps"
          description="Une formation, un emploi, une autre mission… C’est la ligne « Et après ? » de la fiche."
          value={draft.followUps}
          onChange={set('followUps')}
          multiline
          rows={3}
          validate={maxLength(2000)}
        />
      </>
    ),
    2: (
      <CompetencyPicker
        options={referentials.competencies}
        value={draft.competencyCodes}
        onChange={set('competencyCodes')}
      />
    ),
    3: (
      <>
        <CheckboxField isSelected={draft.remote} onChange={set('remote')} name="remote">
          Mission à distance
        </CheckboxField>
        <CommuneField
          label={draft.remote ? 'Commune de rattachement' : 'Commune'}
          value={draft.commune}
          onChange={set('commune')}
          description={
            draft.remote
              ? 'La commune de la structure qui encadre la mission. Tapez au moins deux lettres du nom.'
              : undefined
          }
        />
        {!draft.remote && (
          <TextField
            label="Adresse (numéro et voie)"
            name="address"
            value={draft.address}
            onChange={set('address')}
            validate={maxLength(200)}
          />
        )}
        <WeeklySlotsField
          value={draft.weeklySlots}
          onChange={set('weeklySlots')}
          error={form.validationErrors.weeklySlots}
        />
        <div className="form-row">
          <DayField label="Premier jour" name="startDate" value={draft.startDate} onChange={set('startDate')} />
          <DayField
            label="Dernier jour"
            name="endDate"
            value={draft.endDate}
            onChange={set('endDate')}
            validate={(value) =>
              draft.startDate && value < draft.startDate
                ? 'Le dernier jour doit être le même que le premier ou après lui.'
                : null
            }
          />
        </div>
        <div className="form-row">
          <TextField
            label="Heures par semaine"
            name="hoursPerWeek"
            inputMode="decimal"
            value={draft.hoursPerWeek}
            onChange={set('hoursPerWeek')}
            validate={(value) => numberProblem(value, 0.5, 48, false)}
          />
          <TextField
            label="Durée en semaines"
            name="durationWeeks"
            inputMode="numeric"
            value={draft.durationWeeks}
            onChange={set('durationWeeks')}
            validate={(value) => numberProblem(value, 1, 104, true)}
          />
          <TextField
            label="Nombre de places"
            name="places"
            inputMode="numeric"
            value={draft.places}
            onChange={set('places')}
            isRequired
            validate={(value) => numberProblem(value, 1, 500, true)}
          />
        </div>
      </>
    ),
    4: (
      <>
        <CheckboxField
          isSelected={draft.drivingLicenceRequired}
          onChange={set('drivingLicenceRequired')}
          name="drivingLicenceRequired"
        >
          Permis B exigé
        </CheckboxField>
        <TextField
          label="Âge minimum"
          name="minimumAge"
          inputMode="numeric"
          value={draft.minimumAge}
          onChange={set('minimumAge')}
          validate={(value) => numberProblem(value, 16, 99, true)}
        />
        <SelectField
          label="Niveau de français minimum"
          name="frenchLevel"
          placeholder="Aucun niveau exigé"
          options={[
            { id: 'NONE', label: 'Aucun niveau exigé' },
            ...(Object.keys(FRENCH_LEVEL_LABELS) as FrenchLevel[]).map((level) => ({
              id: level,
              label: FRENCH_LEVEL_LABELS[level],
            })),
          ]}
          selectedKey={draft.frenchLevel ?? 'NONE'}
          onSelectionChange={(key) => set('frenchLevel')(key && key !== 'NONE' ? (key as FrenchLevel) : null)}
        />
        <SelectField
          label="Effort physique"
          name="physicalEffort"
          options={(Object.keys(PHYSICAL_EFFORT_LABELS) as PhysicalEffort[]).map((effort) => ({
            id: effort,
            label: PHYSICAL_EFFORT_LABELS[effort],
          }))}
          selectedKey={draft.physicalEffort}
          onSelectionChange={(key) => set('physicalEffort')((key ?? 'LOW') as PhysicalEffort)}
          isRequired
        />
        <CheckboxField isSelected={draft.publicTransport} onChange={set('publicTransport')} name="publicTransport">
          Desservi par les transports en commun
        </CheckboxField>
        <CheckboxField isSelected={draft.stepFreeAccess} onChange={set('stepFreeAccess')} name="stepFreeAccess">
          Accessible de plain-pied (personnes à mobilité réduite)
        </CheckboxField>
      </>
    ),
    5: (
      <>
        <p>
          Par défaut, la personne est accueillie par le contact de votre structure :{' '}
          <strong>{association.welcomeContact.name}</strong> ({association.welcomeContact.email}
          {association.welcomeContact.phone ? `, ${association.welcomeContact.phone}` : ''}).
        </p>
        <CheckboxField isSelected={draft.ownContact} onChange={set('ownContact')} name="ownContact">
          Un autre contact accueille les bénévoles de cette mission
        </CheckboxField>
        {draft.ownContact && (
          <>
            <TextField
              label="Prénom et nom"
              name="welcomeContact.name"
              value={draft.contactName}
              onChange={set('contactName')}
              isRequired
              autoComplete="off"
            />
            <TextField
              label="Adresse e-mail"
              name="welcomeContact.email"
              type="email"
              value={draft.contactEmail}
              onChange={set('contactEmail')}
              isRequired
              validate={validateEmail}
              autoComplete="off"
            />
            <TextField
              label="Téléphone"
              name="welcomeContact.phone"
              type="tel"
              value={draft.contactPhone}
              onChange={set('contactPhone')}
              autoComplete="off"
            />
          </>
        )}
      </>
    ),
    6: (
      <>
        <p>Voici la fiche telle que la personne la lira dans l’e-mail de proposition de son référent.</p>
        <MissionSheetPreview
          source={{
            title: draft.title,
            summary: draft.summary,
            description: draft.description,
            associationName: association.name,
            remote: draft.remote,
            communeName: draft.commune?.name ?? null,
            address: draft.address,
            weeklySlots: slotsOf(draft.weeklySlots) as never,
            startDate: draft.startDate,
            endDate: draft.endDate,
            hoursPerWeek: Number(draft.hoursPerWeek.replace(',', '.')) || null,
            durationWeeks: Number(draft.durationWeeks) || null,
            competencyLabels: draft.competencyCodes.map((code) => competencyLabels.get(code) ?? code),
            followUps: draft.followUps,
            welcomeContactName: draft.ownContact ? draft.contactName : association.welcomeContact.name,
          }}
        />
        {association.status !== 'VALIDATED' && (
          <Alert tone="info">
            <p>
              Votre structure attend encore la validation du service Insertion : vous pouvez enregistrer la mission en
              brouillon, vous la soumettrez une fois la structure validée.
            </p>
          </Alert>
        )}
      </>
    ),
  };

  const last = step === STEPS.length - 1;
  const canSubmit = association.status === 'VALIDATED' && (!editing || editing.status === 'DRAFT');
  const pending = creating.pending || updating.pending || submitting.pending;
  return (
    <>
      <PageHeader
        title={title}
        lead={copiedFrom ? `Copie de « ${copiedFrom} » : vérifiez chaque étape, en particulier les dates.` : undefined}
        crumbs={[
          { label: 'Missions', to: consolePath('missions') },
          ...(editing ? [{ label: editing.title, to: consolePath('mission', { missionId: editing.id }) }] : []),
          { label: editing ? 'Modifier' : 'Nouvelle mission' },
        ]}
      />
      <StepList current={step} onGo={setStep} />
      <div className="card">
        <h2 id="step-title" tabIndex={-1}>
          Étape {step + 1} sur {STEPS.length} : {STEPS[step].title}
        </h2>
        <ActionForm form={form} onSubmit={next} ariaLabelledby="step-title">
          {body[step]}
          <div className="form-actions">
            {last ? (
              <>
                {canSubmit && (
                  <Button type="submit" onPress={() => choose(true)} isPending={pending && submitChosen}>
                    Enregistrer et soumettre à validation
                  </Button>
                )}
                <Button
                  type="submit"
                  variant={canSubmit ? 'secondary' : 'primary'}
                  onPress={() => choose(false)}
                  isPending={pending && !submitChosen}
                >
                  {editing && editing.status !== 'DRAFT' ? 'Enregistrer les modifications' : 'Enregistrer le brouillon'}
                </Button>
              </>
            ) : (
              <Button type="submit">Étape suivante</Button>
            )}
            {step > 0 && (
              <Button variant="quiet" onPress={() => setStep(step - 1)}>
                Étape précédente
              </Button>
            )}
          </div>
        </ActionForm>
        {editing && (editing.status === 'PUBLISHED' || editing.status === 'FULL') && (
          <p className="muted">
            Une mission publiée dont le contenu change repasse en validation (sauf le nombre de places et le contact
            d’accueil).
          </p>
        )}
      </div>
    </>
  );
}
