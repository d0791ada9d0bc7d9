import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException } from '@tremplin/core';
import { Repository } from 'typeorm';
import { PROPOSAL_STATUS_LABELS, ProposalStatus } from './domain/proposal-status';
import { PROPOSAL_NOT_FOUND } from './proposal-access.service';
import { Proposal } from './proposal.entity';

@Injectable()
export class ProposalsService {
  constructor(@InjectRepository(Proposal) private readonly proposals: Repository<Proposal>) {}

  /** The proposal, or NOT_FOUND (no access check: for other domains acting for the platform). */
  async findById(id: string): Promise<Proposal> {
    const proposal = await this.proposals.findOneBy({ id });
    if (!proposal) throw AppException.notFound(PROPOSAL_NOT_FOUND);
    return proposal;
  }

  /** For interviews: the proposal if it is ACCEPTED, otherwise NOT_FOUND or INVALID_TRANSITION. */
  async getAccepted(proposalId: string): Promise<Proposal> {
    const proposal = await this.findById(proposalId);
    if (proposal.status !== ProposalStatus.ACCEPTED) {
      throw AppException.invalidTransition(
        `Cette proposition n'est pas acceptée (elle est ${PROPOSAL_STATUS_LABELS[proposal.status]}).`,
        proposal.status,
      );
    }
    return proposal;
  }
}
