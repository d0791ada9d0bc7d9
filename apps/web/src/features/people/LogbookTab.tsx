import { LOGBOOK_SUMMARY_MAX_LENGTH } from '@domain/beneficiaries/logbook-entry-type';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/choice-fields';
import { CheckboxField, TextField } from '../../components/fields';
import { Alert, Badge, EmptyState, QueryState } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { graphql } from '../../gql';
import type { LogbookNoteType } from '../../gql/graphql';
import { formatCount, formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { NOTE_TYPES, NOTE_TYPE_LABELS } from './person-file-labels';
import type { PersonTabProps } from './person-tabs';
import './person-file.css';

const PAGE_SIZE = 20;

const LOGBOOK = graphql(`
  query PersonLogbook($beneficiaryId: ID!, $first: Int!, $after: String) {
    beneficiary(id: $beneficiaryId) {
      id
      viewerCanEdit
      status
    }
    logbook(beneficiaryId: $beneficiaryId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          typeLabel
          summary
          confidential
          occurredAt
          author {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);

const ADD_NOTE = graphql(`
  mutation AddPersonLogbookNote($input: AddLogbookNoteInput!) {
    addLogbookNote(input: $input) {
      id
    }
  }
`);

/** The « Carnet de bord » tab: what every module recorded, most recent first, and a note to add. */
export default function LogbookTab({ personId }: PersonTabProps) {
  const variables = { beneficiaryId: personId, first: PAGE_SIZE };
  const [result, refetch] = useQuery({ query: LOGBOOK, variables });
  const [more, fetchMore] = useQuery({
    query: LOGBOOK,
    variables: { ...variables, after: result.data?.logbook.pageInfo.endCursor },
    pause: true,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState result={result} onRetry={reload}>
      {({ beneficiary, logbook }) => (
        <div className="person-tab stack">
          {beneficiary.viewerCanEdit && beneficiary.status !== 'LEFT' && (
            <NoteForm personId={personId} onAdded={reload} />
          )}
          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Carnet de bord</h2>
            <p className="muted" role="status">
              {formatCount(logbook.totalCount, 'inscription', 'inscriptions', 'Aucune inscription')}, de la plus récente
              à la plus ancienne.
            </p>
            {logbook.edges.length === 0 ? (
              <EmptyState title="Le carnet de bord est vide." />
            ) : (
              <ol className="timeline">
                {logbook.edges.map(({ node }) => (
                  <li key={node.id} className="timeline__entry">
                    <p className="timeline__head">
                      <time dateTime={node.occurredAt}>{formatDateTime(node.occurredAt)}</time>
                      <strong>{node.typeLabel}</strong>
                      {node.confidential && <Badge tone="warning">Confidentielle</Badge>}
                    </p>
                    <p className="pre-line">{node.summary}</p>
                    <p className="muted">
                      {node.author ? `${node.author.firstName} ${node.author.lastName}` : 'Inscription automatique'}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {logbook.pageInfo.hasNextPage && (
              <Button variant="secondary" isPending={more.fetching} onPress={() => fetchMore()}>
                Afficher les inscriptions plus anciennes
              </Button>
            )}
          </section>
        </div>
      )}
    </QueryState>
  );
}

function NoteForm({ personId, onAdded }: { personId: string; onAdded: () => void }) {
  const [type, setType] = useState<LogbookNoteType>('NOTE');
  const [summary, setSummary] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [added, setAdded] = useState(false);
  const form = useFormProblem();
  const [add, adding] = useAction(ADD_NOTE);

  const submit = async () => {
    form.setProblem(null);
    setAdded(false);
    const outcome = await add({ input: { beneficiaryId: personId, type, summary: summary.trim(), confidential } });
    if (!outcome.ok) {
      form.setProblem(outcome.problem);
      return;
    }
    setSummary('');
    setConfidential(false);
    setType('NOTE');
    setAdded(true);
    onAdded();
  };

  return (
    <section className="card" aria-labelledby="note-title">
      <h2 id="note-title">Ajouter une note</h2>
      <Alert tone="warning" title="Pas de détail de santé dans le texte libre">
        <p id="note-warning">
          N’écrivez ni diagnostic médical, ni traitement, ni handicap dans une note : le carnet de bord est partagé
          entre les modules. Un frein de santé s’inscrit dans le diagnostic, qui protège cette donnée.
        </p>
      </Alert>
      {added && (
        <Alert tone="success" live="status">
          <p>Note ajoutée au carnet de bord.</p>
        </Alert>
      )}
      <ActionForm form={form} onSubmit={submit} ariaLabelledby="note-title">
        <SelectField
          label="Type d’inscription"
          name="type"
          isRequired
          options={NOTE_TYPES.map((noteType) => ({ id: noteType, label: NOTE_TYPE_LABELS[noteType] }))}
          selectedKey={type}
          onSelectionChange={(key) => key && setType(key as LogbookNoteType)}
          description="Un entretien, une action de levée de freins ou d’insertion compte comme accompagnement."
        />
        <TextField
          label="Texte de la note"
          name="summary"
          isRequired
          multiline
          rows={4}
          value={summary}
          onChange={setSummary}
          maxLength={LOGBOOK_SUMMARY_MAX_LENGTH}
          validate={(value) =>
            value.trim().length > LOGBOOK_SUMMARY_MAX_LENGTH
              ? `doit contenir au plus ${LOGBOOK_SUMMARY_MAX_LENGTH} caractères`
              : null
          }
          description="Des faits utiles au parcours, sans détail de santé."
        />
        <CheckboxField
          name="confidential"
          isSelected={confidential}
          onChange={setConfidential}
          description="Lisible seulement par le référent de parcours et le service Insertion (chaque lecture est journalisée)."
        >
          Note confidentielle
        </CheckboxField>
        <div className="form-actions">
          <Button type="submit" isPending={adding.pending}>
            Ajouter au carnet
          </Button>
        </div>
      </ActionForm>
    </section>
  );
}
