import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, BeneficiaryAccess } from '@tremplin/beneficiaries';
import { AppException } from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { Mission } from '@tremplin/missions';
import { PROPOSAL_STATUS_LABELS, Proposal, ProposalStatus } from '@tremplin/proposals';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { InterviewScope, canManageInterview, canSeeInterview } from './domain/interview-access';
import { Interview } from './interview.entity';

export const INTERVIEW_NOT_FOUND = 'Entretien introuvable.';
export const PROPOSAL_NOT_FOUND = 'Proposition introuvable.';
const MANAGE_FORBIDDEN =
  'Seuls un coordinateur France Bénévolat, le service Insertion ou le référent de la personne peuvent organiser cet entretien.';

/** Who may see or organise an interview: the facts the rules of domain/interview-access need, and the checks. */
@Injectable()
export class InterviewScopes {
  constructor(
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
    private readonly beneficiaryAccess: BeneficiaryAccess,
  ) {}

  /** The interview if the viewer may see it; NOT_FOUND otherwise (its existence is not revealed). */
  async visible(viewer: AuthUser, id: string): Promise<Interview> {
    const interview = await this.interviews.findOneBy({ id });
    if (!interview || !canSeeInterview(viewer, await this.scopeOf(interview))) {
      throw AppException.notFound(INTERVIEW_NOT_FOUND);
    }
    return interview;
  }

  /**
   * The facts the access rules need about an interview. Inside a transaction, pass its manager:
   * a second connection taken from the pool while holding one can exhaust it under load.
   */
  async scopeOf(
    interview: Pick<Interview, 'beneficiaryId' | 'missionId' | 'referentId'>,
    manager: EntityManager = this.interviews.manager,
  ): Promise<InterviewScope> {
    const beneficiary = await manager.findOne(Beneficiary, {
      select: { id: true, referentId: true, territoryId: true },
      where: { id: interview.beneficiaryId },
    });
    const mission = await manager.findOne(Mission, {
      select: { id: true, associationId: true },
      where: { id: interview.missionId },
    });
    return {
      referentId: interview.referentId,
      beneficiary: { referentId: beneficiary?.referentId ?? null, territoryId: beneficiary?.territoryId ?? '' },
      missionAssociationId: mission?.associationId ?? '',
    };
  }

  scopeOfProposal(proposal: Proposal, manager?: EntityManager): Promise<InterviewScope> {
    return this.scopeOf(
      { beneficiaryId: proposal.beneficiaryId, missionId: proposal.missionId, referentId: proposal.referentId },
      manager,
    );
  }

  /** The interview locked for a change by someone who may organise it. */
  async lockManageable(tx: Transaction, viewer: AuthUser, id: string): Promise<Interview> {
    const interview = await tx.manager.findOne(Interview, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!interview) throw AppException.notFound(INTERVIEW_NOT_FOUND);
    await this.assertManageable(viewer, await this.scopeOf(interview, tx.manager));
    return interview;
  }

  /** FORBIDDEN for someone who sees but may not manage; NOT_FOUND for someone who may not even see. */
  async assertManageable(viewer: AuthUser, scope: InterviewScope): Promise<void> {
    if (canManageInterview(viewer, scope)) return;
    if (canSeeInterview(viewer, scope)) throw AppException.forbidden(MANAGE_FORBIDDEN);
    throw AppException.notFound(INTERVIEW_NOT_FOUND);
  }

  /** Keeps in `query` (alias `interview`) only the interviews the viewer may see. */
  applyReadScope(query: ReturnType<Repository<Interview>['createQueryBuilder']>, viewer: AuthUser): void {
    switch (viewer.role) {
      case 'ADMIN':
      case 'COORDINATOR':
        return;
      case 'REFERENT':
        query.innerJoin(Beneficiary, 'b', 'b.id = interview.beneficiaryId').andWhere(
          new Brackets((where) => {
            where.where('interview.referentId = :scopeReferentId', { scopeReferentId: viewer.id });
            where.orWhere(
              new Brackets((inner) => {
                inner.where('true');
                this.beneficiaryAccess.applyReadScope(inner, 'b', viewer);
              }),
            );
          }),
        );
        return;
      case 'ASSOCIATION':
        if (!viewer.associationId) {
          query.andWhere('false');
          return;
        }
        query
          .innerJoin(Mission, 'm', 'm.id = interview.missionId')
          .andWhere('m.associationId = :scopeAssociationId', { scopeAssociationId: viewer.associationId });
        return;
      default:
        query.andWhere('false');
    }
  }
}

/** An interview is booked for an accepted proposal only. */
export function assertAccepted(proposal: Proposal): void {
  if (proposal.status !== ProposalStatus.ACCEPTED) {
    throw AppException.invalidTransition(
      `Un entretien se réserve pour une proposition acceptée ; celle-ci est ${PROPOSAL_STATUS_LABELS[proposal.status]}.`,
      proposal.status,
    );
  }
}
