import { Injectable } from '@nestjs/common';
import { Beneficiary } from '@tremplin/beneficiaries';
import { AppException } from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { EngagementScope } from './domain/engagement-access';
import { Engagement } from './engagement.entity';

export const ENGAGEMENT_NOT_FOUND = 'Mission bénévole introuvable.';

/** An engagement with the facts its access rules read (the person's referent and CDS, the host). */
export interface ScopedEngagement {
  engagement: Engagement;
  beneficiary: Beneficiary;
  scope: EngagementScope;
}

export function scopeOf(engagement: Pick<Engagement, 'associationId'>, beneficiary: Beneficiary): EngagementScope {
  return {
    referentId: beneficiary.referentId,
    territoryId: beneficiary.territoryId,
    associationId: engagement.associationId,
  };
}

/** The viewer as the pure access rules want it. */
export function viewerOf(user: AuthUser) {
  return {
    id: user.id,
    role: user.role,
    territoryId: user.territoryId,
    isTerritoryManager: user.isTerritoryManager,
    associationId: user.associationId,
  };
}

/**
 * Loads an engagement locked for update in `tx`, with its scope; NOT_FOUND when it does not exist.
 * The lock is FOR NO KEY UPDATE: changes of one engagement take turns, but rows that merely refer
 * to it (an outcome, whose foreign key asks FOR KEY SHARE) do not wait. With FOR UPDATE, an
 * attestation (engagement, then the person's logbook) and an outcome (the person's file, then a row
 * referring to the engagement) each waited for the other, and PostgreSQL ended one as a deadlock.
 */
@Injectable()
export class EngagementLoader {
  async forUpdate(tx: Transaction, engagementId: string): Promise<ScopedEngagement> {
    const engagement = await tx.manager.findOne(Engagement, {
      where: { id: engagementId },
      lock: { mode: 'for_no_key_update' },
    });
    if (!engagement) throw AppException.notFound(ENGAGEMENT_NOT_FOUND);
    const beneficiary = await tx.manager.findOneByOrFail(Beneficiary, { id: engagement.beneficiaryId });
    return { engagement, beneficiary, scope: scopeOf(engagement, beneficiary) };
  }
}
