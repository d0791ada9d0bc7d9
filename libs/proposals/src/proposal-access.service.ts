import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, BeneficiaryAccess, PersonAudience, personAudience } from '@tremplin/beneficiaries';
import { AppException, perRequest } from '@tremplin/core';
import { Mission } from '@tremplin/missions';
import DataLoader from 'dataloader';
import { Brackets, In, Repository, SelectQueryBuilder } from 'typeorm';
import { ProposalScope, ProposalViewer, ProposalVisibility, proposalVisibility } from './domain/proposal-access';
import { ProposalStatus } from './domain/proposal-status';
import type { Proposal } from './proposal.entity';

export const PROPOSAL_NOT_FOUND = 'Proposition introuvable.';

type BeneficiaryScope = Pick<Beneficiary, 'id' | 'referentId' | 'territoryId'>;
type MissionScope = Pick<Mission, 'id' | 'associationId'>;

/**
 * The access rules of proposals (pure rules in domain/proposal-access), for services, resolvers
 * and the other domains (`canSee`). The facts they need (the person's referent and territory,
 * the mission's association) are loaded in batches per GraphQL request when a context is given.
 */
@Injectable()
export class ProposalAccess {
  constructor(
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
    private readonly beneficiaryAccess: BeneficiaryAccess,
  ) {}

  async visibility(
    viewer: ProposalViewer | undefined,
    proposal: Proposal,
    context?: object,
  ): Promise<ProposalVisibility> {
    if (!viewer) return 'none';
    const scope = await this.scopeOf(proposal, context ?? {});
    return scope ? proposalVisibility(viewer, scope) : 'none';
  }

  async canSee(viewer: ProposalViewer | undefined, proposal: Proposal, context?: object): Promise<boolean> {
    return (await this.visibility(viewer, proposal, context)) !== 'none';
  }

  /**
   * What the viewer reads of the person of a proposal they see (the person-field list): the
   * association of the mission becomes its host once the proposal is accepted.
   */
  async audience(viewer: ProposalViewer | undefined, proposal: Proposal, context: object): Promise<PersonAudience> {
    if (!viewer) return PersonAudience.NONE;
    const scope = await this.scopeOf(proposal, context);
    if (!scope || proposalVisibility(viewer, scope) === 'none') return PersonAudience.NONE;
    return personAudience(viewer, {
      beneficiary: scope.beneficiary,
      hostAssociationId: proposal.status === ProposalStatus.ACCEPTED ? scope.missionAssociationId : null,
      proposedById: proposal.referentId,
    });
  }

  /** NOT_FOUND when the viewer may not see the proposal (its existence is not revealed either). */
  async assertVisible(
    viewer: ProposalViewer | undefined,
    proposal: Proposal | null,
    context?: object,
  ): Promise<Proposal> {
    if (!proposal || !(await this.canSee(viewer, proposal, context))) throw AppException.notFound(PROPOSAL_NOT_FOUND);
    return proposal;
  }

  async scopeOf(proposal: Proposal, context: object): Promise<ProposalScope | null> {
    const [beneficiary, mission] = await Promise.all([
      this.beneficiaryLoader(context).load(proposal.beneficiaryId),
      this.missionLoader(context).load(proposal.missionId),
    ]);
    if (!beneficiary || !mission) return null;
    return {
      status: proposal.status,
      referentId: proposal.referentId,
      beneficiary: { referentId: beneficiary.referentId, territoryId: beneficiary.territoryId },
      missionAssociationId: mission.associationId,
    };
  }

  /**
   * Restricts a query on proposals `p`, joined to their beneficiary `b` and mission `m`, to what the
   * viewer sees: proposalVisibility in SQL.
   */
  applyReadScope(query: SelectQueryBuilder<Proposal>, viewer: ProposalViewer): void {
    switch (viewer.role) {
      case 'ADMIN':
      case 'REFERENT':
        this.beneficiaryAccess.applyReadScope(query, 'b', viewer);
        return;
      case 'ASSOCIATION':
        if (!viewer.associationId) {
          query.andWhere('false');
          return;
        }
        query.andWhere(
          new Brackets((where) =>
            where
              .where('m.associationId = :scopeAssociationId', { scopeAssociationId: viewer.associationId })
              .andWhere('p.status = :scopeAccepted', { scopeAccepted: ProposalStatus.ACCEPTED }),
          ),
        );
        return;
      case 'COORDINATOR':
        query.andWhere('p.status = :scopeAccepted', { scopeAccepted: ProposalStatus.ACCEPTED });
        return;
      default:
        query.andWhere('false');
    }
  }

  private beneficiaryLoader(context: object): DataLoader<string, BeneficiaryScope | null> {
    return perRequest(
      context,
      'proposal-access:beneficiary',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.beneficiaries.find({
            select: { id: true, referentId: true, territoryId: true },
            where: { id: In([...ids]) },
          });
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  private missionLoader(context: object): DataLoader<string, MissionScope | null> {
    return perRequest(
      context,
      'proposal-access:mission',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.missions.find({
            select: { id: true, associationId: true },
            where: { id: In([...ids]) },
          });
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }
}
