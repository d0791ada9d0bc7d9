import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useQuery } from 'urql';
import { Button, LinkButton } from '../../components/Button';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert, Badge, EmptyState, QueryState } from '../../components/feedback';
import { SelectField } from '../../components/choice-fields';
import { TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { graphql } from '../../gql';
import type { AnswerChannel, DeclineReason, RecordedAnswer } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import type { PersonTabProps } from '../people/person-tabs';
import { answerLabel, deliveryLabel, statusTone } from './proposal-display';
import '../../styles/proposals.css';

const PROPOSALS = graphql(`
  query PersonProposals($beneficiaryId: ID!) {
    beneficiary(id: $beneficiaryId) {
      id
      firstName
    }
    proposals(beneficiaryId: $beneficiaryId, first: 50) {
      totalCount
      edges {
        node {
          ...PersonProposal
        }
      }
    }
  }
`);

export const PERSON_PROPOSAL = graphql(`
  fragment PersonProposal on Proposal {
    id
    status
    statusLabel
    delivery
    createdAt
    sentAt
    remindedAt
    reminderDueAt
    expiresAt
    answeredAt
    answerChannel
    answerRecordedBy {
      id
      firstName
      lastName
    }
    waitingListRank
    withdrawnAt
    letterUrl
    viewerCanWithdraw
    mission {
      id
      title
      association {
        id
        name
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawProposalFromConsole($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      ...PersonProposal
    }
  }
`);

const RECORD_ANSWER = graphql(`
  mutation RecordProposalAnswerFromConsole($input: RecordProposalAnswerInput!) {
    recordProposalAnswer(input: $input) {
      ...PersonProposal
    }
  }
`);

const AWAITING = ['PROPOSED', 'SENT'];

const DECLINE_REASONS: Array<{ id: DeclineReason | ''; label: string }> = [
  { id: '', label: 'Aucun motif donné' },
  { id: 'NOT_AVAILABLE', label: 'Pas disponible' },
  { id: 'TOO_FAR', label: 'Trop loin' },
  { id: 'NOT_INTERESTED', label: 'Pas intéressé(e)' },
  { id: 'OTHER', label: 'Autre raison' },
];

/** The propositions tab: each proposal's status, how it went out, its dates, and what can be done. */
export function ProposalsTab({ personId }: PersonTabProps) {
  const [result, refetch] = useQuery({ query: PROPOSALS, variables: { beneficiaryId: personId } });
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ beneficiary: person, proposals }) => (
        <div className="stack">
          <h2>Propositions de mission</h2>
          {notice && (
            <Alert tone="success" live="status">
              <p>{notice}</p>
            </Alert>
          )}
          {proposals.edges.length === 0 ? (
            <EmptyState title={`Aucune mission n’a encore été proposée à ${person.firstName}.`}>
              <p>Proposez-en une depuis l’onglet Suggestions.</p>
            </EmptyState>
          ) : (
            <ul className="proposal-list" aria-label="Propositions, la plus récente d’abord">
              {proposals.edges.map(({ node: proposal }) => {
                const title = proposal.mission?.title ?? 'Mission';
                const answer = answerLabel(proposal);
                return (
                  <li key={proposal.id} className="card stack">
                    <h3>{title}</h3>
                    <p>
                      <Badge tone={statusTone(proposal.status)}>{proposal.statusLabel}</Badge>
                      {proposal.waitingListRank ? ` (n° ${proposal.waitingListRank})` : ''}
                    </p>
                    <dl className="details proposal-dates">
                      {proposal.mission && (
                        <>
                          <dt>Structure d’accueil</dt>
                          <dd>{proposal.mission.association.name}</dd>
                        </>
                      )}
                      <dt>Proposée le</dt>
                      <dd>{formatDate(proposal.createdAt)}</dd>
                      <dt>Envoi</dt>
                      <dd>{deliveryLabel(proposal)}</dd>
                      <dt>Relance</dt>
                      <dd>
                        {proposal.remindedAt
                          ? `Envoyée le ${formatDate(proposal.remindedAt)}`
                          : proposal.reminderDueAt
                            ? `Prévue le ${formatDate(proposal.reminderDueAt)}`
                            : proposal.delivery === 'LETTER'
                              ? 'Aucune (pas d’adresse e-mail)'
                              : 'Aucune'}
                      </dd>
                      <dt>{AWAITING.includes(proposal.status) ? 'Expire le' : 'Date limite de réponse'}</dt>
                      <dd>{formatDate(proposal.expiresAt)}</dd>
                      {answer && (
                        <>
                          <dt>Réponse</dt>
                          <dd>{answer}</dd>
                        </>
                      )}
                      {proposal.withdrawnAt && (
                        <>
                          <dt>Retirée le</dt>
                          <dd>{formatDate(proposal.withdrawnAt)}</dd>
                        </>
                      )}
                    </dl>
                    <div className="cluster">
                      {proposal.letterUrl && (
                        <LinkButton variant="secondary" href={proposal.letterUrl} download>
                          Télécharger la lettre « {title} » (PDF)
                        </LinkButton>
                      )}
                      {proposal.viewerCanWithdraw && AWAITING.includes(proposal.status) && (
                        <RecordAnswerDialog
                          proposalId={proposal.id}
                          title={title}
                          firstName={person.firstName}
                          onDone={done}
                        />
                      )}
                      {proposal.viewerCanWithdraw && (
                        <WithdrawDialog proposalId={proposal.id} title={title} onDone={done} />
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </QueryState>
  );
}

function WithdrawDialog({
  proposalId,
  title,
  onDone,
}: {
  proposalId: string;
  title: string;
  onDone: (message: string) => void;
}) {
  const form = useFormProblem();
  const [reason, setReason] = useState('');
  const [withdraw, { pending }] = useAction(WITHDRAW);
  return (
    <DialogButton
      trigger={<Button variant="danger">Retirer « {title} »</Button>}
      title={`Retirer la proposition « ${title} » ?`}
    >
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            const result = await withdraw({ input: { proposalId, reason: reason.trim() || null } });
            if (!result.ok) return form.setProblem(result.problem);
            close();
            onDone(`Proposition « ${title} » retirée : ses liens ne fonctionnent plus.`);
          }}
        >
          <p>
            Ses liens de réponse ne fonctionneront plus. Si la personne avait dit oui, sa place est libérée et elle en
            est prévenue.
          </p>
          <TextField
            label="Motif (carnet de bord)"
            value={reason}
            onChange={setReason}
            multiline
            rows={3}
            name="reason"
            validate={(value) => (value.trim().length > 500 ? 'Le motif doit contenir au plus 500 caractères.' : null)}
          />
          <DialogActions
            onCancel={close}
            confirmLabel="Retirer la proposition"
            confirmType="submit"
            variant="danger"
            isPending={pending}
          />
        </ActionForm>
      )}
    </DialogButton>
  );
}

function RecordAnswerDialog({
  proposalId,
  title,
  firstName,
  onDone,
}: {
  proposalId: string;
  title: string;
  firstName: string;
  onDone: (message: string) => void;
}) {
  const form = useFormProblem();
  const [answer, setAnswer] = useState<RecordedAnswer | null>(null);
  const [channel, setChannel] = useState<AnswerChannel | null>(null);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [record, { pending }] = useAction(RECORD_ANSWER);
  return (
    <DialogButton
      trigger={<Button variant="secondary">Enregistrer la réponse pour « {title} »</Button>}
      title={`Réponse de ${firstName} à « ${title} »`}
    >
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            if (!answer || !channel) return;
            const result = await record({
              input: {
                proposalId,
                answer,
                channel,
                declineReason: answer === 'DECLINE' && reason ? reason : null,
              },
            });
            if (!result.ok) return form.setProblem(result.problem);
            close();
            onDone(
              `Réponse enregistrée : ${result.data.recordProposalAnswer.statusLabel}. Elle figure dans le carnet de bord.`,
            );
          }}
        >
          <p>
            {firstName} vous a répondu sans passer par le lien ? Enregistrez sa réponse : les mêmes règles s’appliquent
            (places restantes, liste d’attente) et vous en êtes l’auteur dans le carnet de bord.
          </p>
          <RadioGroup
            className="field radio-group"
            value={answer}
            onChange={(value) => setAnswer(value as RecordedAnswer)}
            isRequired
            name="answer"
          >
            <Label>Sa réponse</Label>
            <Radio value="ACCEPT" className="radio">
              Oui, la mission l’intéresse
            </Radio>
            <Radio value="DECLINE" className="radio">
              Non merci
            </Radio>
          </RadioGroup>
          <RadioGroup
            className="field radio-group"
            value={channel}
            onChange={(value) => setChannel(value as AnswerChannel)}
            isRequired
            name="channel"
          >
            <Label>Comment elle vous l’a donnée</Label>
            <Radio value="PHONE" className="radio">
              Par téléphone
            </Radio>
            <Radio value="IN_PERSON" className="radio">
              En personne
            </Radio>
          </RadioGroup>
          {answer === 'DECLINE' && (
            <SelectField
              label="Motif du refus"
              options={DECLINE_REASONS}
              selectedKey={reason}
              onSelectionChange={(key) => setReason((key ?? '') as DeclineReason | '')}
              isRequired
              name="declineReason"
            />
          )}
          <DialogActions
            onCancel={close}
            confirmLabel="Enregistrer la réponse"
            confirmType="submit"
            isPending={pending}
          />
        </ActionForm>
      )}
    </DialogButton>
  );
}
