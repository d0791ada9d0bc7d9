import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppException } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { Proposal, ProposalEvents } from '@tremplin/proposals';
import type { ProposalListener } from '@tremplin/proposals';
import { Engagement } from './engagement.entity';

export const PROPOSAL_HAS_ENGAGEMENT =
  'Une mission a déjà commencé à partir de cette proposition : elle ne peut plus être retirée. Si la mission n’a pas eu lieu, annulez-la (withdrawEngagement) : la place sera rendue.';

/**
 * Once a mission started from a proposal, its place belongs to the engagement: completed or
 * interrupted, it keeps it; cancelled, the engagement gave it back. Withdrawing the proposal too
 * would free the place a second time, so it is refused (in the withdrawal's own transaction).
 */
@Injectable()
export class ProposalWithdrawalGuard implements OnModuleInit, ProposalListener {
  constructor(private readonly events: ProposalEvents) {}

  onModuleInit(): void {
    this.events.subscribe(this);
  }

  async proposalWithdrawn(tx: Transaction, proposal: Proposal): Promise<void> {
    if (await tx.manager.existsBy(Engagement, { proposalId: proposal.id })) {
      throw AppException.invalidTransition(PROPOSAL_HAS_ENGAGEMENT, proposal.status);
    }
  }
}
