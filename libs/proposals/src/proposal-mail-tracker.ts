import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Logbook, LogbookEntryType } from '@tremplin/beneficiaries';
import { EmailMessage, MailEvents, Outbox, Transaction } from '@tremplin/core';
import type { MailListener } from '@tremplin/core';
import { EntityManager } from 'typeorm';
import { ProposalStatus, isAwaitingAnswer } from './domain/proposal-status';
import { parseProposalEmailKey } from './proposal-notifier';
import { Proposal } from './proposal.entity';

/**
 * Follows the emails of proposals inside the send job's transaction:
 * - a proposal becomes SENT, with the email's Message-ID, in the transaction that marks the email
 *   sent — so a crash leaves both or neither, and a second run of the job finds both done;
 * - an email that no longer makes sense is cancelled: the proposal (or its reminder) once the
 *   proposal is withdrawn or expired, the reminder once answered, the confirmation of a place
 *   once withdrawn.
 */
@Injectable()
export class ProposalMailTracker implements OnModuleInit, MailListener {
  private readonly logger = new Logger(ProposalMailTracker.name);

  constructor(
    private readonly mailEvents: MailEvents,
    private readonly logbook: Logbook,
    private readonly outbox: Outbox,
  ) {}

  onModuleInit(): void {
    this.mailEvents.subscribe(this);
  }

  async emailDue(manager: EntityManager, email: EmailMessage): Promise<string | void> {
    const key = parseProposalEmailKey(email.idempotencyKey);
    if (!key || key.kind.startsWith('referent:')) return;
    const proposal = await manager.findOneBy(Proposal, { id: key.proposalId });
    if (!proposal) return 'proposition introuvable';
    switch (key.kind) {
      case 'new':
        if (proposal.status === ProposalStatus.WITHDRAWN || proposal.status === ProposalStatus.EXPIRED) {
          return 'proposition retirée ou expirée avant l’envoi';
        }
        return;
      case 'reminder':
        return isAwaitingAnswer(proposal.status) ? undefined : 'proposition déjà répondue, retirée ou expirée';
      case 'accepted':
      case 'promoted':
        return proposal.status === ProposalStatus.ACCEPTED ? undefined : 'place plus réservée';
      case 'waiting-list':
        return proposal.status === ProposalStatus.WAITING_LIST ? undefined : 'plus sur la liste d’attente';
      default:
        return;
    }
  }

  /** The proposal email refused for good: the proposal shows why, and the carnet de bord says it. */
  async emailFailed(manager: EntityManager, email: EmailMessage): Promise<void> {
    const key = parseProposalEmailKey(email.idempotencyKey);
    if (!key || key.kind !== 'new') return;
    const [rows] = (await manager.query(
      `UPDATE proposal SET email_failed_at = $2, email_failure = $3, updated_at = now()
       WHERE id = $1 AND email_failed_at IS NULL
       RETURNING beneficiary_id`,
      [key.proposalId, email.failedAt ?? new Date(), email.lastError],
    )) as [Array<{ beneficiary_id: string }>, number];
    const row = rows[0];
    if (!row) return;
    await this.logbook.append(new Transaction(manager, this.outbox), {
      beneficiaryId: row.beneficiary_id,
      type: LogbookEntryType.PROPOSAL_FOLLOW_UP,
      authorId: null,
      summary: 'E-mail de proposition refusé par le serveur de messagerie : il n’a pas été remis à la personne.',
      occurredAt: email.failedAt ?? new Date(),
      referenceId: key.proposalId,
    });
    this.logger.warn({ event: 'proposal.email_refused', proposalId: key.proposalId, emailId: email.id });
  }

  async emailSent(manager: EntityManager, email: EmailMessage): Promise<void> {
    const key = parseProposalEmailKey(email.idempotencyKey);
    if (!key || key.kind !== 'new' || !email.sentAt) return;
    // Only the first time: a second run of the job finds sent_at set and changes nothing.
    const [rows] = (await manager.query(
      `UPDATE proposal SET sent_at = $2, message_id = $3, updated_at = now(),
         status = CASE WHEN status = 'PROPOSED' THEN 'SENT' ELSE status END
       WHERE id = $1 AND sent_at IS NULL
       RETURNING beneficiary_id`,
      [key.proposalId, email.sentAt, email.messageId],
    )) as [Array<{ beneficiary_id: string }>, number];
    const row = rows[0];
    if (!row) return;
    await this.logbook.append(new Transaction(manager, this.outbox), {
      beneficiaryId: row.beneficiary_id,
      type: LogbookEntryType.PROPOSAL_FOLLOW_UP,
      authorId: null,
      summary: `E-mail de proposition envoyé à la personne (${email.toAddress.replace(/^(.).*@/, '$1…@')}).`,
      occurredAt: email.sentAt,
      referenceId: key.proposalId,
    });
    this.logger.log({ event: 'proposal.sent', proposalId: key.proposalId, emailId: email.id });
  }
}
