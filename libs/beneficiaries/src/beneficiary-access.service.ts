import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, Clock } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { Brackets, Repository, WhereExpressionBuilder } from 'typeorm';
import { Beneficiary } from './beneficiary.entity';
import {
  Viewer,
  canReadBeneficiary,
  canReadLogbook,
  canReadSensitive,
  canWriteBeneficiary,
  mayFollowBeneficiaries,
} from './domain/beneficiary-access';
import { LogbookReadGrant } from './logbook-read-grant.entity';

export const BENEFICIARY_NOT_FOUND = 'Bénéficiaire introuvable.';
export const READ_FORBIDDEN = 'Vous ne suivez pas cette personne : son dossier ne vous est pas accessible.';
export const WRITE_FORBIDDEN =
  'Seul le référent de parcours de cette personne (ou le service Insertion) peut modifier son dossier.';
export const SENSITIVE_FORBIDDEN =
  'Ces informations (freins, santé, notes confidentielles) sont réservées au référent de parcours et au service Insertion.';

/** Loads beneficiaries on behalf of a staff member, applying the access rules of the domain. */
@Injectable()
export class BeneficiaryAccess {
  constructor(
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    @InjectRepository(LogbookReadGrant) private readonly grants: Repository<LogbookReadGrant>,
    private readonly clock: Clock,
  ) {}

  /** The file, or NOT_FOUND / FORBIDDEN. */
  async readable(viewer: Viewer, id: string): Promise<Beneficiary> {
    const beneficiary = await this.beneficiaries.findOneBy({ id });
    if (!beneficiary) throw AppException.notFound(BENEFICIARY_NOT_FOUND);
    this.assertReadable(viewer, beneficiary);
    return beneficiary;
  }

  /** The file locked for update in `tx`, or NOT_FOUND / FORBIDDEN. */
  async writable(tx: Transaction, viewer: Viewer, id: string): Promise<Beneficiary> {
    const beneficiary = await tx.manager.findOne(Beneficiary, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!beneficiary) throw AppException.notFound(BENEFICIARY_NOT_FOUND);
    if (!canWriteBeneficiary(viewer, beneficiary)) throw AppException.forbidden(WRITE_FORBIDDEN);
    return beneficiary;
  }

  /** The file and whether the viewer reads its sensitive entries, for a logbook read (former referents included). */
  async logbookReadable(viewer: Viewer, id: string): Promise<Beneficiary> {
    const beneficiary = await this.beneficiaries.findOneBy({ id });
    if (!beneficiary) throw AppException.notFound(BENEFICIARY_NOT_FOUND);
    if (canReadBeneficiary(viewer, beneficiary)) return beneficiary;
    const grant = mayFollowBeneficiaries(viewer.role)
      ? await this.grants.findOneBy({ beneficiaryId: id, userId: viewer.id })
      : null;
    if (!canReadLogbook(viewer, beneficiary, grant?.expiresAt ?? null, this.clock.now())) {
      throw AppException.forbidden(READ_FORBIDDEN);
    }
    return beneficiary;
  }

  assertReadable(viewer: Viewer | undefined, beneficiary: Beneficiary): void {
    if (!viewer || !canReadBeneficiary(viewer, beneficiary)) throw AppException.forbidden(READ_FORBIDDEN);
  }

  assertSensitiveReadable(viewer: Viewer | undefined, beneficiary: Beneficiary): void {
    if (!viewer || !canReadSensitive(viewer, beneficiary)) throw AppException.forbidden(SENSITIVE_FORBIDDEN);
  }

  canWrite(viewer: Viewer | undefined, beneficiary: Beneficiary): boolean {
    return !!viewer && canWriteBeneficiary(viewer, beneficiary);
  }

  canReadSensitive(viewer: Viewer | undefined, beneficiary: Beneficiary): boolean {
    return !!viewer && canReadSensitive(viewer, beneficiary);
  }

  /**
   * Restricts a query on `alias` (the beneficiary table) to the files the viewer reads: the same
   * rule as canReadBeneficiary, in SQL.
   */
  applyReadScope(query: WhereExpressionBuilder, alias: string, viewer: Viewer): void {
    if (viewer.role === 'ADMIN') return;
    if (viewer.role !== 'REFERENT') {
      query.andWhere('false');
      return;
    }
    query.andWhere(
      new Brackets((where) => {
        where.where(`${alias}.referentId = :scopeViewerId`, { scopeViewerId: viewer.id });
        if (viewer.isTerritoryManager && viewer.territoryId) {
          where.orWhere(`${alias}.territoryId = :scopeTerritoryId`, { scopeTerritoryId: viewer.territoryId });
        }
      }),
    );
  }

  /** Gives a former referent read access to the logbook until `expiresAt` (extends an existing grant). */
  async grantLogbookRead(tx: Transaction, beneficiaryId: string, userId: string, expiresAt: Date): Promise<void> {
    await tx.manager
      .createQueryBuilder()
      .insert()
      .into(LogbookReadGrant)
      .values({ beneficiaryId, userId, grantedAt: this.clock.now(), expiresAt })
      .orUpdate(['granted_at', 'expires_at'], ['beneficiary_id', 'user_id'])
      .execute();
  }

  /** A referent who becomes the referent again needs no grant any more. */
  async revokeLogbookRead(tx: Transaction, beneficiaryId: string, userId: string): Promise<void> {
    await tx.manager.delete(LogbookReadGrant, { beneficiaryId, userId });
  }
}
