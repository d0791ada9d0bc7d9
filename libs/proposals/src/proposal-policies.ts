import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import type { Proposal } from './proposal.entity';

/**
 * A rule another domain holds over proposals (the passports domain: a proposal whose mission started
 * cannot be withdrawn). The proposals domain asks before the change and refuses it itself, so that
 * nothing is written and no listener has to throw.
 */
export interface ProposalPolicy {
  /** Why `proposal` may not be withdrawn, as a French sentence for the user, or null. */
  withdrawalRefusal?(tx: Transaction, proposal: Proposal): Promise<string | null>;
}

/** The policies other domains register at module init, asked through the shared listener mechanism. */
@Injectable()
export class ProposalPolicies extends DomainEvents<ProposalPolicy> {
  async withdrawalRefusal(tx: Transaction, proposal: Proposal): Promise<string | null> {
    return (await this.firstAnswer('withdrawalRefusal', (reason) => reason !== null, tx, proposal)) ?? null;
  }
}
