import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import type { Proposal } from './proposal.entity';

/**
 * What other domains may react to, inside the transaction that causes it: the matching engine
 * recomputes a person's suggestions after an answer, interviews open once a proposal is accepted.
 * A listener that throws rolls the whole change back.
 */
export interface ProposalListener {
  proposalCreated?(tx: Transaction, proposal: Proposal): Promise<void>;
  /** The proposal holds a place: answered yes with a place left, or promoted from the waiting list. */
  proposalAccepted?(tx: Transaction, proposal: Proposal): Promise<void>;
  /** Answered yes on a full mission: in line for a place. */
  proposalWaitListed?(tx: Transaction, proposal: Proposal): Promise<void>;
  proposalDeclined?(tx: Transaction, proposal: Proposal): Promise<void>;
  proposalWithdrawn?(tx: Transaction, proposal: Proposal): Promise<void>;
  proposalExpired?(tx: Transaction, proposal: Proposal): Promise<void>;
}

/** In-process, in-transaction notifications of the proposals domain (listeners subscribe at module init). */
@Injectable()
export class ProposalEvents extends DomainEvents<ProposalListener> {
  async created(tx: Transaction, proposal: Proposal): Promise<void> {
    await this.notify('proposalCreated', tx, proposal);
  }

  async accepted(tx: Transaction, proposal: Proposal): Promise<void> {
    await this.notify('proposalAccepted', tx, proposal);
  }

  async waitListed(tx: Transaction, proposal: Proposal): Promise<void> {
    await this.notify('proposalWaitListed', tx, proposal);
  }

  async declined(tx: Transaction, proposal: Proposal): Promise<void> {
    await this.notify('proposalDeclined', tx, proposal);
  }

  async withdrawn(tx: Transaction, proposal: Proposal): Promise<void> {
    await this.notify('proposalWithdrawn', tx, proposal);
  }

  async expired(tx: Transaction, proposal: Proposal): Promise<void> {
    await this.notify('proposalExpired', tx, proposal);
  }
}
