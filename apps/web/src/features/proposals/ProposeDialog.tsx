import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { Button } from '../../components/Button';
import { DialogButton } from '../../components/Dialog';
import { Alert } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { graphql } from '../../gql';
import type { ProposalEmailPreviewQuery } from '../../gql/graphql';
import { apiProblemOf } from '../../lib/api-errors';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/use-action';

export interface ChosenMission {
  id: string;
  title: string;
  associationName: string;
}

export const MESSAGE_MAX_LENGTH = 1000;

const PREVIEW = graphql(`
  query ProposalEmailPreview($input: ProposeMissionInput!) {
    proposalEmailPreview(input: $input) {
      delivery
      to
      replyTo
      subject
      text
      expiresAt
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposeMissionFromConsole($input: ProposeMissionInput!) {
    proposeMission(input: $input) {
      id
      status
      statusLabel
      delivery
    }
  }
`);

type Preview = ProposalEmailPreviewQuery['proposalEmailPreview'] & { mission: ChosenMission };

/**
 * Proposing the chosen missions: a personal message, then the email exactly as it will leave
 * (rendered by the server from the real template), then sending. One proposal per mission.
 */
export function ProposeDialog({
  person,
  missions,
  onDone,
}: {
  person: { id: string; firstName: string; lastName: string; email?: string | null };
  missions: ChosenMission[];
  onDone: (notice: string) => void;
}) {
  const fullName = `${person.firstName} ${person.lastName}`;
  return (
    <DialogButton
      trigger={<Button isDisabled={missions.length === 0}>Proposer…</Button>}
      title={`Proposer à ${fullName}`}
      wide
      isDismissable={false}
    >
      {(close) => <ProposeSteps person={person} missions={missions} close={close} onDone={onDone} />}
    </DialogButton>
  );
}

function ProposeSteps({
  person,
  missions,
  close,
  onDone,
}: {
  person: { id: string; firstName: string; lastName: string };
  missions: ChosenMission[];
  close: () => void;
  onDone: (notice: string) => void;
}) {
  const client = useClient();
  const form = useFormProblem();
  const [message, setMessage] = useState('');
  const [previews, setPreviews] = useState<Preview[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [propose, { pending }] = useAction(PROPOSE);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const remaining = missions.filter((m) => !sent.includes(m.id));

  useEffect(() => {
    if (previews) previewHeading.current?.focus();
  }, [previews]);

  if (!previews) {
    return (
      <ActionForm
        form={form}
        onSubmit={async () => {
          setLoading(true);
          const results: Preview[] = [];
          for (const mission of remaining) {
            const result = await client
              .query(
                PREVIEW,
                { input: { beneficiaryId: person.id, missionId: mission.id, message: message.trim() || null } },
                { requestPolicy: 'network-only' },
              )
              .toPromise();
            if (result.error || !result.data) {
              setLoading(false);
              const problem = apiProblemOf(result.error);
              return form.setProblem({ ...problem, message: `« ${mission.title} » : ${problem.message}` });
            }
            results.push({ ...result.data.proposalEmailPreview, mission });
          }
          setLoading(false);
          form.setProblem(null);
          setPreviews(results);
        }}
      >
        <p>{remaining.length === 1 ? 'La mission proposée :' : `Les ${remaining.length} missions proposées :`}</p>
        <ul>
          {remaining.map((mission) => (
            <li key={mission.id}>
              {mission.title} ({mission.associationName})
            </li>
          ))}
        </ul>
        <TextField
          label="Votre message personnel"
          description={`Repris en tête de l’e-mail (ou de la lettre). ${MESSAGE_MAX_LENGTH} caractères au plus. N’y écrivez aucun détail de santé.`}
          value={message}
          onChange={setMessage}
          multiline
          rows={5}
          name="message"
          validate={(value) =>
            value.trim().length > MESSAGE_MAX_LENGTH
              ? `Le message doit contenir au plus ${MESSAGE_MAX_LENGTH} caractères.`
              : null
          }
        />
        <div className="form-actions">
          <Button type="submit" isPending={loading}>
            Voir l’aperçu
          </Button>
          <Button variant="secondary" onPress={close}>
            Annuler
          </Button>
        </div>
      </ActionForm>
    );
  }

  const letters = previews.some((p) => p.delivery === 'LETTER');
  return (
    <div className="stack">
      <h3 ref={previewHeading} tabIndex={-1}>
        Aperçu avant envoi
      </h3>
      {letters && (
        <Alert tone="warning">
          <p>
            {person.firstName} n’a pas d’adresse e-mail : la proposition sera enregistrée et vous imprimerez la lettre
            (avec le QR code de sa page de réponse) depuis l’onglet Propositions. Elle dira ce qui suit.
          </p>
        </Alert>
      )}
      {failures.length > 0 && (
        <Alert tone="danger" live="alert" title="Certaines propositions n’ont pas pu être faites">
          <ul>
            {failures.map((failure) => (
              <li key={failure}>{failure}</li>
            ))}
          </ul>
        </Alert>
      )}
      {previews
        .filter((preview) => !sent.includes(preview.mission.id))
        .map((preview) => (
          <section
            key={preview.mission.id}
            className="mail-preview"
            aria-label={`Aperçu pour « ${preview.mission.title} »`}
            tabIndex={0}
          >
            <dl className="details">
              <dt>À</dt>
              <dd>{preview.to ?? `${person.firstName} ${person.lastName} (lettre à imprimer)`}</dd>
              <dt>Réponses à</dt>
              <dd>{preview.replyTo}</dd>
              <dt>Objet</dt>
              <dd>{preview.subject}</dd>
              <dt>Réponse attendue avant le</dt>
              <dd>{formatDate(preview.expiresAt)}</dd>
            </dl>
            <pre className="mail-preview__text">{preview.text}</pre>
          </section>
        ))}
      <div className="form-actions">
        <Button
          isPending={pending}
          onPress={async () => {
            const failed: string[] = [];
            const done: string[] = [...sent];
            for (const preview of previews.filter((p) => !sent.includes(p.mission.id))) {
              const result = await propose({
                input: { beneficiaryId: person.id, missionId: preview.mission.id, message: message.trim() || null },
              });
              if (result.ok) done.push(preview.mission.id);
              else failed.push(`« ${preview.mission.title} » : ${result.problem.message}`);
            }
            setSent(done);
            setFailures(failed);
            if (failed.length === 0) {
              close();
              const titles = missions.map((m) => `« ${m.title} »`).join(', ');
              onDone(
                letters
                  ? `Proposition enregistrée pour ${person.firstName} : ${titles}. Imprimez la lettre depuis l’onglet Propositions.`
                  : `Proposition envoyée à ${person.firstName} : ${titles}.`,
              );
            }
          }}
        >
          {letters ? 'Enregistrer la proposition' : 'Envoyer la proposition'}
        </Button>
        <Button variant="secondary" onPress={() => setPreviews(null)}>
          Modifier le message
        </Button>
        <Button variant="secondary" onPress={close}>
          Annuler
        </Button>
      </div>
    </div>
  );
}
