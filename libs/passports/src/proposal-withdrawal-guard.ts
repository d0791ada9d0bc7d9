import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Transaction } from '@tremplin/core';
import { Proposal, ProposalPolicies } from '@tremplin/proposals';
import type { ProposalPolicy } from '@tremplin/proposals';
import { Engagement } from './engagement.entity';

export const PROPOSAL_HAS_ENGAGEMENT =
  'Une mission a déjà commencé à partir de cette proposition : elle ne peut plus être retirée. Si la mission n’a pas eu lieu, l’engagement doit d’abord être annulé : la place sera rendue.';

/**
 * Once a mission started from a proposal, its place belongs to the engagement: completed or
 * interrupted, it keeps it; cancelled, the engagement gave it back. Withdrawing the proposal too
 * would free the place a second time, so the proposals domain refuses it when asked.
 */
@Injectable()
export class ProposalWithdrawalGuard implements OnModuleInit, ProposalPolicy {
  constructor(private readonly policies: ProposalPolicies) {}

  onModuleInit(): void {
    this.policies.subscribe(this);
  }

  async withdrawalRefusal(tx: Transaction, proposal: Proposal): Promise<string | null> {
    return (await tx.manager.existsBy(Engagement, { proposalId: proposal.id })) ? PROPOSAL_HAS_ENGAGEMENT : null;
  }
}
