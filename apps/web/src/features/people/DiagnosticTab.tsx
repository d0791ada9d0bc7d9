import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/choice-fields';
import { CheckboxField, TextField, FieldErrorFr } from '../../components/fields';
import { Alert, Badge, EmptyState, QueryState } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { graphql } from '../../gql';
import type { OrientationPathway, PersonDiagnosticQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import {
  barrierFieldsByKind,
  blankDiagnostic,
  decisionFor,
  diagnosticInputOf,
  diagnosticProblems,
  orientationProblems,
  type DiagnosticDraft,
  type OrientationDraft,
} from './orientation-draft';
import {
  BARRIER_KINDS,
  BARRIER_KIND_LABELS,
  BARRIER_LEVELS,
  BARRIER_LEVEL_LABELS,
  ORIENTATION_STATUS_LABELS,
  PATHWAYS,
  PATHWAY_DESCRIPTIONS,
  PATHWAY_LABELS,
} from './person-file-labels';
import type { PersonTabProps } from './person-tabs';
import './person-file.css';

const PERSON_DIAGNOSTIC = graphql(`
  query PersonDiagnostic($id: ID!) {
    beneficiary(id: $id) {
      id
      status
      orientationStatus
      viewerCanEdit
      viewerCanReadSensitive
      territory {
        id
        name
      }
      referent {
        id
        firstName
        lastName
      }
      diagnostics {
        id
        conductedAt
        proposedPathway
        strengths
        notes
        barriers {
          kind
          level
          note
        }
        author {
          id
          firstName
          lastName
        }
      }
      orientations {
        id
        decidedAt
        pathway
        organism
        isReorientation
        reason
        referent {
          id
          firstName
          lastName
        }
        previousReferent {
          id
          firstName
          lastName
        }
        decidedBy {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

const REFERENTS = graphql(`
  query OrientationReferents {
    users(role: REFERENT, first: 100) {
      edges {
        node {
          id
          firstName
          lastName
          territory {
            id
            name
          }
        }
      }
    }
  }
`);

const RECORD_DIAGNOSTIC = graphql(`
  mutation RecordPersonDiagnostic($input: RecordDiagnosticInput!) {
    recordDiagnostic(input: $input) {
      id
    }
  }
`);

const ORIENT = graphql(`
  mutation OrientPerson($input: OrientBeneficiaryInput!) {
    orientBeneficiary(input: $input) {
      id
    }
  }
`);

const REORIENT = graphql(`
  mutation ReorientPerson($input: ReorientBeneficiaryInput!) {
    reorientBeneficiary(input: $input) {
      id
    }
  }
`);

type Person = PersonDiagnosticQuery['beneficiary'];
type Named = { firstName: string; lastName: string };
const nameOf = (user: Named | null | undefined) => (user ? `${user.firstName} ${user.lastName}` : 'Tremplin');

/** The « Diagnostic et orientation » tab: the current diagnostic and decision, the forms, the history. */
export default function DiagnosticTab({ personId }: PersonTabProps) {
  const [result, refetch] = useQuery({ query: PERSON_DIAGNOSTIC, variables: { id: personId } });
  const [notice, setNotice] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState result={result} onRetry={reload}>
      {({ beneficiary: person }) => (
        <div className="person-tab stack">
          {notice && (
            <Alert tone="success" live="status">
              <p>{notice}</p>
            </Alert>
          )}
          <CurrentSituation person={person} />
          {person.viewerCanEdit && (
            <Decisions
              key={`${person.diagnostics.length}-${person.orientations.length}`}
              person={person}
              onDone={(message) => {
                setNotice(message);
                reload();
              }}
            />
          )}
          <History person={person} />
        </div>
      )}
    </QueryState>
  );
}

function CurrentSituation({ person }: { person: Person }) {
  const diagnostic = person.diagnostics[0];
  const orientation = person.orientations[0];
  return (
    <section className="card" aria-labelledby="situation-title">
      <h2 id="situation-title">Situation</h2>
      <p>
        <Badge tone={person.orientationStatus === 'ORIENTED' ? 'success' : 'warning'}>
          {ORIENTATION_STATUS_LABELS[person.orientationStatus]}
        </Badge>
      </p>
      {orientation && (
        <dl className="details">
          <dt>Parcours</dt>
          <dd>{PATHWAY_LABELS[orientation.pathway]}</dd>
          <dt>Organisme</dt>
          <dd>{orientation.organism}</dd>
          <dt>Référent unique</dt>
          <dd>{nameOf(orientation.referent)}</dd>
          <dt>{orientation.isReorientation ? 'Réorienté(e) le' : 'Orienté(e) le'}</dt>
          <dd>{formatDateTime(orientation.decidedAt)}</dd>
        </dl>
      )}
      <h3>Diagnostic en cours</h3>
      {diagnostic ? (
        <DiagnosticView diagnostic={diagnostic} canReadSensitive={person.viewerCanReadSensitive} />
      ) : (
        <EmptyState title="Aucun diagnostic enregistré.">
          <p>Le diagnostic (freins, atouts, parcours proposé) précède l’orientation.</p>
        </EmptyState>
      )}
    </section>
  );
}

function DiagnosticView({
  diagnostic,
  canReadSensitive,
}: {
  diagnostic: Person['diagnostics'][number];
  canReadSensitive: boolean;
}) {
  return (
    <div className="diagnostic">
      <p className="muted">
        Réalisé le {formatDateTime(diagnostic.conductedAt)} par {nameOf(diagnostic.author)}.
      </p>
      <dl className="details">
        <dt>Parcours proposé</dt>
        <dd>{PATHWAY_LABELS[diagnostic.proposedPathway]}</dd>
        {diagnostic.strengths && (
          <>
            <dt>Atouts et potentiels</dt>
            <dd className="pre-line">{diagnostic.strengths}</dd>
          </>
        )}
      </dl>
      {canReadSensitive && diagnostic.barriers ? (
        <>
          <h4>Freins identifiés</h4>
          {diagnostic.barriers.length === 0 ? (
            <p>Aucun frein identifié.</p>
          ) : (
            <ul className="item-list">
              {diagnostic.barriers.map((barrier) => (
                <li key={barrier.kind}>
                  <strong>{BARRIER_KIND_LABELS[barrier.kind]}</strong> — {BARRIER_LEVEL_LABELS[barrier.level]}
                  {barrier.note && <p className="pre-line">{barrier.note}</p>}
                </li>
              ))}
            </ul>
          )}
          {diagnostic.notes && (
            <>
              <h4>Notes du diagnostic</h4>
              <p className="pre-line">{diagnostic.notes}</p>
            </>
          )}
          <p className="muted">Données sensibles : chaque lecture est inscrite au journal des accès.</p>
        </>
      ) : (
        <p className="muted">
          Les freins et les notes du diagnostic ne sont lisibles que par le référent de parcours et le service
          Insertion.
        </p>
      )}
    </div>
  );
}

function Decisions({ person, onDone }: { person: Person; onDone: (message: string) => void }) {
  const [open, setOpen] = useState<'diagnostic' | 'orientation' | null>(null);
  const decision = decisionFor({
    status: person.status,
    orientationStatus: person.orientationStatus,
    latestDiagnosticAt: person.diagnostics[0]?.conductedAt ?? null,
    currentOrientationAt: person.orientations[0]?.decidedAt ?? null,
  });
  const isReorientation = decision.kind === 'reorient';
  const explanation = {
    inactive: 'Le dossier n’est pas en cours de suivi (suspendu ou clos) : réactivez-le avant de l’orienter.',
    'diagnostic-first': 'Enregistrez d’abord un diagnostic : l’orientation s’appuie sur lui.',
    orient: 'Le diagnostic est fait : décidez l’orientation (parcours, organisme, référent unique).',
    'new-diagnostic-first':
      'Pour réorienter la personne, enregistrez d’abord un nouveau diagnostic, réalisé après l’orientation en cours.',
    reorient: 'Un nouveau diagnostic a été fait après l’orientation en cours : vous pouvez réorienter la personne.',
  }[decision.kind];

  return (
    <section className="card" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Diagnostic et décision</h2>
      <p>{explanation}</p>
      {decision.kind !== 'inactive' && open === null && (
        <div className="form-actions">
          <Button
            variant={decision.kind === 'orient' || isReorientation ? 'secondary' : 'primary'}
            onPress={() => setOpen('diagnostic')}
          >
            {person.diagnostics.length ? 'Enregistrer un nouveau diagnostic' : 'Enregistrer un diagnostic'}
          </Button>
          {(decision.kind === 'orient' || isReorientation) && (
            <Button onPress={() => setOpen('orientation')}>{isReorientation ? 'Réorienter' : 'Orienter'}</Button>
          )}
        </div>
      )}
      {open === 'diagnostic' && (
        <DiagnosticForm
          person={person}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone('Diagnostic enregistré et inscrit au carnet de bord.');
          }}
        />
      )}
      {open === 'orientation' && (
        <OrientationForm
          person={person}
          isReorientation={isReorientation}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone(isReorientation ? 'Réorientation enregistrée.' : 'Orientation enregistrée.');
          }}
        />
      )}
    </section>
  );
}

function PathwayField({
  label,
  name,
  value,
  onChange,
  missing,
}: {
  label: string;
  name: string;
  value: OrientationPathway | null;
  onChange: (pathway: OrientationPathway) => void;
  /** The message when none is chosen (the one the form's own check gives). */
  missing: string;
}) {
  return (
    <RadioGroup
      className="field radio-group"
      name={name}
      value={value}
      onChange={(next) => onChange(next as OrientationPathway)}
      // No isRequired: the browser's own « valeur manquante » message would win over this French one.
      validate={(next) => (next ? null : missing)}
    >
      <Label className="field__label">{label}</Label>
      {PATHWAYS.map((pathway) => (
        <Radio key={pathway} value={pathway} className="radio">
          <span>
            <strong>{PATHWAY_LABELS[pathway]}</strong> — {PATHWAY_DESCRIPTIONS[pathway]}
          </span>
        </Radio>
      ))}
      <FieldErrorFr />
    </RadioGroup>
  );
}

function DiagnosticForm({ person, onCancel, onDone }: { person: Person; onCancel: () => void; onDone: () => void }) {
  const [draft, setDraft] = useState<DiagnosticDraft>(blankDiagnostic);
  const form = useFormProblem();
  const [record, recording] = useAction(RECORD_DIAGNOSTIC);
  const setBarrier = (kind: (typeof BARRIER_KINDS)[number], patch: Partial<DiagnosticDraft['barriers'][typeof kind]>) =>
    setDraft((current) => ({
      ...current,
      barriers: { ...current.barriers, [kind]: { ...current.barriers[kind], ...patch } },
    }));

  const submit = async () => {
    const problems = diagnosticProblems(draft);
    if (Object.keys(problems).length > 0) {
      form.setProblem({ code: 'BAD_USER_INPUT', message: 'Des champs sont à corriger.', fields: problems });
      return;
    }
    form.setProblem(null);
    const input = diagnosticInputOf(person.id, draft);
    const outcome = await record({ input });
    if (!outcome.ok) {
      form.setProblem({ ...outcome.problem, fields: barrierFieldsByKind(outcome.problem.fields, input) });
      return;
    }
    onDone();
  };

  return (
    <div className="subform">
      <h3 id="diagnostic-form-title">Nouveau diagnostic</h3>
      <Alert tone="warning">
        <p>
          Les freins et les notes sont des données sensibles : lisibles par le référent de parcours et le service
          Insertion seulement, chaque lecture est journalisée. N’y écrivez que ce qui est utile à l’accompagnement.
        </p>
      </Alert>
      <ActionForm form={form} onSubmit={submit} ariaLabelledby="diagnostic-form-title">
        <fieldset className="field barriers">
          <legend className="field__label">Freins identifiés</legend>
          {BARRIER_KINDS.map((kind) => {
            const barrier = draft.barriers[kind];
            return (
              <div key={kind} className="barrier">
                <CheckboxField isSelected={barrier.selected} onChange={(selected) => setBarrier(kind, { selected })}>
                  {BARRIER_KIND_LABELS[kind]}
                </CheckboxField>
                {barrier.selected && (
                  <div className="form-row barrier__details">
                    <SelectField
                      label={`Importance du frein « ${BARRIER_KIND_LABELS[kind].toLocaleLowerCase('fr-FR')} »`}
                      options={BARRIER_LEVELS.map((level) => ({ id: level, label: BARRIER_LEVEL_LABELS[level] }))}
                      selectedKey={barrier.level}
                      onSelectionChange={(level) => level && setBarrier(kind, { level: level as typeof barrier.level })}
                      isRequired
                    />
                    <TextField
                      label={`Précisions sur le frein « ${BARRIER_KIND_LABELS[kind].toLocaleLowerCase('fr-FR')} »`}
                      name={`barriers.${kind}.note`}
                      multiline
                      rows={2}
                      value={barrier.note}
                      onChange={(note) => setBarrier(kind, { note })}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </fieldset>
        <TextField
          label="Atouts et potentiels"
          name="strengths"
          multiline
          rows={3}
          value={draft.strengths}
          onChange={(strengths) => setDraft((current) => ({ ...current, strengths }))}
        />
        <TextField
          label="Notes du diagnostic"
          name="notes"
          multiline
          rows={4}
          value={draft.notes}
          onChange={(notes) => setDraft((current) => ({ ...current, notes }))}
        />
        <PathwayField
          label="Parcours proposé"
          name="proposedPathway"
          missing="Choisissez le parcours proposé."
          value={draft.proposedPathway}
          onChange={(proposedPathway) => setDraft((current) => ({ ...current, proposedPathway }))}
        />
        <div className="form-actions">
          <Button type="submit" isPending={recording.pending}>
            Enregistrer le diagnostic
          </Button>
          <Button variant="secondary" onPress={onCancel}>
            Annuler
          </Button>
        </div>
      </ActionForm>
    </div>
  );
}

function OrientationForm({
  person,
  isReorientation,
  onCancel,
  onDone,
}: {
  person: Person;
  isReorientation: boolean;
  onCancel: () => void;
  onDone: () => void;
}) {
  const viewer = useViewer();
  const current = person.orientations[0];
  const [draft, setDraft] = useState<OrientationDraft>(() => ({
    pathway: person.diagnostics[0]?.proposedPathway ?? null,
    organism: current?.organism ?? person.territory.name,
    referentId: person.referent?.id ?? (viewer.role === 'REFERENT' ? viewer.id : null),
    reason: '',
  }));
  const form = useFormProblem();
  const [orient, orienting] = useAction(ORIENT);
  const [reorient, reorienting] = useAction(REORIENT);
  // The Département chooses among every référent; a référent keeps the file or takes it back.
  const [referents] = useQuery({ query: REFERENTS, pause: viewer.role !== 'ADMIN' });
  const options = new Map<string, string>();
  if (viewer.role === 'REFERENT') options.set(viewer.id, `${viewer.firstName} ${viewer.lastName} (vous)`);
  if (person.referent) options.set(person.referent.id, nameOf(person.referent));
  for (const { node } of referents.data?.users.edges ?? []) {
    options.set(node.id, `${node.firstName} ${node.lastName}${node.territory ? ` — ${node.territory.name}` : ''}`);
  }

  const submit = async () => {
    const problems = orientationProblems(draft, isReorientation);
    if (Object.keys(problems).length > 0) {
      form.setProblem({ code: 'BAD_USER_INPUT', message: 'Des champs sont à corriger.', fields: problems });
      return;
    }
    form.setProblem(null);
    const base = {
      beneficiaryId: person.id,
      pathway: draft.pathway as OrientationPathway,
      organism: draft.organism.trim(),
      referentId: draft.referentId as string,
    };
    const outcome = isReorientation
      ? await reorient({ input: { ...base, reason: draft.reason.trim() } })
      : await orient({ input: base });
    if (!outcome.ok) {
      form.setProblem(outcome.problem);
      return;
    }
    onDone();
  };

  return (
    <div className="subform">
      <h3 id="orientation-form-title">{isReorientation ? 'Réorientation' : 'Orientation'}</h3>
      <ActionForm form={form} onSubmit={submit} ariaLabelledby="orientation-form-title">
        <PathwayField
          label="Parcours"
          name="pathway"
          missing="Choisissez le parcours."
          value={draft.pathway}
          onChange={(pathway) => setDraft((d) => ({ ...d, pathway }))}
        />
        <TextField
          label="Organisme du référent unique"
          name="organism"
          isRequired
          value={draft.organism}
          onChange={(organism) => setDraft((d) => ({ ...d, organism }))}
          validate={(value) =>
            value.trim().length < 2 || value.trim().length > 150 ? 'doit contenir entre 2 et 150 caractères' : null
          }
          description="Par exemple « France Travail Oyonnax » ou « CDS Belley »."
        />
        <SelectField
          label="Référent unique de parcours"
          name="referentId"
          isRequired
          options={[...options].map(([id, label]) => ({ id, label }))}
          selectedKey={draft.referentId}
          onSelectionChange={(referentId) => setDraft((d) => ({ ...d, referentId }))}
          description="Un changement de référent ouvre une passation : l’ancien référent lit encore le carnet de bord trois mois."
        />
        {isReorientation && (
          <TextField
            label="Motif de la réorientation"
            name="reason"
            isRequired
            multiline
            rows={3}
            value={draft.reason}
            onChange={(reason) => setDraft((d) => ({ ...d, reason }))}
            validate={(value) => (value.trim().length < 5 ? 'doit contenir au moins 5 caractères' : null)}
            description="Donnée sensible : lisible par le référent et le service Insertion seulement."
          />
        )}
        <div className="form-actions">
          <Button type="submit" isPending={orienting.pending || reorienting.pending}>
            {isReorientation ? 'Enregistrer la réorientation' : 'Enregistrer l’orientation'}
          </Button>
          <Button variant="secondary" onPress={onCancel}>
            Annuler
          </Button>
        </div>
      </ActionForm>
    </div>
  );
}

function History({ person }: { person: Person }) {
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Historique des orientations</h2>
      {person.orientations.length === 0 ? (
        <p className="muted">Aucune orientation pour l’instant.</p>
      ) : (
        <ol className="item-list">
          {person.orientations.map((orientation) => (
            <li key={orientation.id}>
              <p>
                <strong>{orientation.isReorientation ? 'Réorientation' : 'Orientation'}</strong> du{' '}
                {formatDate(orientation.decidedAt)} : parcours{' '}
                {PATHWAY_LABELS[orientation.pathway].toLocaleLowerCase('fr-FR')}, {orientation.organism}, référent
                unique {nameOf(orientation.referent)}
                {orientation.previousReferent && ` (après ${nameOf(orientation.previousReferent)})`}.
              </p>
              {orientation.reason && <p className="pre-line">Motif : {orientation.reason}</p>}
              <p className="muted">Décidée par {nameOf(orientation.decidedBy)}.</p>
            </li>
          ))}
        </ol>
      )}
      {person.diagnostics.length > 1 && (
        <>
          <h3>Diagnostics précédents</h3>
          <ol className="item-list">
            {person.diagnostics.slice(1).map((diagnostic) => (
              <li key={diagnostic.id}>
                <DiagnosticView diagnostic={diagnostic} canReadSensitive={person.viewerCanReadSensitive} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
