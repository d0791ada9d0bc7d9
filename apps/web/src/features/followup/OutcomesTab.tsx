import { today, type CalendarDate } from '@internationalized/date';
import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { DatePickerField } from '../../components/date-fields';
import { Alert, EmptyState, QueryState } from '../../components/feedback';
import { SelectField } from '../../components/choice-fields';
import { TextField, FieldErrorFr } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { graphql } from '../../gql';
import type { ContractType, OutcomeKind, PersonOutcomesQuery } from '../../gql/graphql';
import { formatDate, formatLocalDate, PARIS } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import type { PersonTabProps } from '../people/person-tabs';
import {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  detailLabelOf,
  hasEndDate,
  OUTCOME_DETAIL_MAX_LENGTH,
  OUTCOME_KIND_LABELS,
  OUTCOME_KINDS,
  outcomeFormProblems,
  outcomeInputOf,
  outcomeSentence,
  startDateLabelOf,
} from './followup-labels';

const PERSON_OUTCOMES = graphql(`
  query PersonOutcomes($beneficiaryId: ID!, $first: Int!) {
    engagements(beneficiaryId: $beneficiaryId, first: $first) {
      edges {
        node {
          id
          status
          startDate
          mission {
            id
            title
          }
          association {
            id
            name
          }
          outcomes {
            id
            kind
            contractType
            startDate
            endDate
            detail
            recordedAt
          }
        }
      }
    }
  }
`);

const RECORD_OUTCOME = graphql(`
  mutation RecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
      kind
      startDate
    }
  }
`);

type EngagementNode = PersonOutcomesQuery['engagements']['edges'][number]['node'];

function missionLabel(engagement: EngagementNode): string {
  const title = engagement.mission?.title ?? 'Mission';
  const host = engagement.association?.name ? ` — ${engagement.association.name}` : '';
  return `${title}${host} (depuis le ${formatLocalDate(engagement.startDate)})`;
}

function OutcomeForm({ engagements, onRecorded }: { engagements: EngagementNode[]; onRecorded: () => void }) {
  const form = useFormProblem();
  const [engagementId, setEngagementId] = useState<string | null>(engagements.length === 1 ? engagements[0].id : null);
  const [kind, setKind] = useState<OutcomeKind | null>(null);
  const [contractType, setContractType] = useState<ContractType | null>(null);
  const [startDate, setStartDate] = useState<CalendarDate | null>(today(PARIS));
  const [endDate, setEndDate] = useState<CalendarDate | null>(null);
  const [detail, setDetail] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [record, { pending }] = useAction(RECORD_OUTCOME);
  const withEnd = hasEndDate(kind, contractType);

  return (
    <section aria-labelledby="nouvelle-suite-titre" className="card">
      <h3 id="nouvelle-suite-titre">Enregistrer une suite</h3>
      {done && (
        <Alert tone="success" live="status">
          <p>{done}</p>
        </Alert>
      )}
      <ActionForm
        form={form}
        ariaLabelledby="nouvelle-suite-titre"
        onSubmit={async () => {
          setDone(null);
          const values = {
            engagementId,
            kind,
            contractType,
            startDate: startDate?.toString() ?? null,
            endDate: endDate?.toString() ?? null,
            detail,
          };
          const problems = outcomeFormProblems(values);
          if (Object.keys(problems).length > 0) {
            form.setProblem({ code: 'BAD_USER_INPUT', message: 'Le formulaire est incomplet.', fields: problems });
            return;
          }
          const result = await record({ input: outcomeInputOf(values) });
          if (!result.ok) return form.setProblem(result.problem);
          form.setProblem(null);
          setKind(null);
          setContractType(null);
          setEndDate(null);
          setDetail('');
          setDone(`Suite enregistrée : ${OUTCOME_KIND_LABELS[result.data.recordOutcome.kind].toLowerCase()}.`);
          onRecorded();
        }}
      >
        <SelectField
          label="Mission dont c’est la suite"
          name="engagementId"
          options={engagements.map((e) => ({ id: e.id, label: missionLabel(e) }))}
          selectedKey={engagementId}
          onSelectionChange={setEngagementId}
          isRequired
        />
        <RadioGroup
          className="field radio-group"
          value={kind}
          onChange={(value) => {
            setKind(value as OutcomeKind);
            if (value !== 'JOB') setContractType(null);
          }}
          isRequired
          name="kind"
        >
          <Label>Ce qui a suivi la mission</Label>
          {OUTCOME_KINDS.map((k) => (
            <Radio key={k} value={k} className="radio">
              {OUTCOME_KIND_LABELS[k]}
            </Radio>
          ))}
          <FieldErrorFr />
        </RadioGroup>
        {kind === 'JOB' && (
          <SelectField
            label="Type de contrat"
            name="contractType"
            options={CONTRACT_TYPES.map((c) => ({ id: c, label: CONTRACT_TYPE_LABELS[c] }))}
            selectedKey={contractType}
            onSelectionChange={(key) => setContractType(key as ContractType | null)}
            isRequired
          />
        )}
        <DatePickerField
          label={startDateLabelOf(kind)}
          value={startDate}
          onChange={(value) => {
            setStartDate(value);
            form.clearField('startDate');
          }}
          name="startDate"
        />
        {withEnd && (
          <DatePickerField
            label="Date de fin prévue"
            value={endDate}
            onChange={(value) => {
              setEndDate(value);
              form.clearField('endDate');
            }}
            name="endDate"
            isRequired={false}
            minValue={startDate ?? undefined}
          />
        )}
        <TextField
          label={detailLabelOf(kind)}
          description={`${OUTCOME_DETAIL_MAX_LENGTH} caractères au plus. N’y écrivez aucune information de santé.`}
          value={detail}
          onChange={setDetail}
          name="detail"
          maxLength={OUTCOME_DETAIL_MAX_LENGTH}
        />
        <Button type="submit" isPending={pending}>
          Enregistrer la suite
        </Button>
      </ActionForm>
    </section>
  );
}

function OutcomesList({ engagements }: { engagements: EngagementNode[] }) {
  const recorded = engagements.flatMap((engagement) =>
    (engagement.outcomes ?? []).map((outcome) => ({ outcome, engagement })),
  );
  if (recorded.length === 0) return <EmptyState title="Aucune suite enregistrée pour l’instant." />;
  recorded.sort((a, b) => b.outcome.recordedAt.localeCompare(a.outcome.recordedAt));
  return (
    <ul className="item-list list-reset">
      {recorded.map(({ outcome, engagement }) => (
        <li key={outcome.id}>
          <p>
            <strong>{outcomeSentence(outcome)}</strong>
          </p>
          <p className="muted">
            Après la mission « {engagement.mission?.title ?? 'Mission'} » · enregistrée le{' '}
            {formatDate(outcome.recordedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** What followed the person's missions: the outcomes recorded, and a form to record one. */
export function OutcomesTab({ personId }: PersonTabProps) {
  const [result, refetch] = useQuery({
    query: PERSON_OUTCOMES,
    variables: { beneficiaryId: personId, first: 50 },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section aria-labelledby="suites-titre">
      <h2 id="suites-titre">Suites du parcours</h2>
      <QueryState result={result} onRetry={reload}>
        {({ engagements }) => {
          const nodes = engagements.edges.map((edge) => edge.node);
          const open = nodes.filter((node) => node.status !== 'WITHDRAWN');
          return (
            <div className="stack">
              <OutcomesList engagements={nodes} />
              {open.length === 0 ? (
                <EmptyState title="Aucune mission dont enregistrer la suite.">
                  <p>Une suite (emploi, formation, nouvelle mission) s’enregistre après une mission commencée.</p>
                </EmptyState>
              ) : (
                <OutcomeForm engagements={open} onRecorded={reload} />
              )}
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
