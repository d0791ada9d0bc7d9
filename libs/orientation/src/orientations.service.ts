import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Beneficiary,
  BeneficiariesService,
  BeneficiaryAccess,
  Logbook,
  LogbookEntryType,
  OrientationStatus,
  formatDateFr,
  localDateOf,
} from '@tremplin/beneficiaries';
import { AppException, Clock, UnitOfWork } from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Repository } from 'typeorm';
import { Diagnostic } from './diagnostic.entity';
import { PATHWAY_LABELS } from './domain/pathway';
import {
  FileForOrientation,
  Refusal,
  formerReferentAccessUntil,
  orientationRefusal,
  reorientationRefusal,
} from './domain/orientation-rules';
import { OrientBeneficiaryInput, ReorientBeneficiaryInput } from './dto/orient-beneficiary.input';
import { Orientation } from './orientation.entity';

const fullName = (user: Pick<User, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`;

/** Orientation (Action 1) and re-orientation: the pathway, the organism and the référent unique. */
@Injectable()
export class OrientationsService {
  private readonly logger = new Logger(OrientationsService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly access: BeneficiaryAccess,
    private readonly beneficiaries: BeneficiariesService,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  orient(viewer: AuthUser, input: OrientBeneficiaryInput): Promise<Orientation> {
    return this.decide(viewer, input, null);
  }

  reorient(viewer: AuthUser, input: ReorientBeneficiaryInput): Promise<Orientation> {
    return this.decide(viewer, input, input.reason.trim());
  }

  /** One decision; `reason` is null for a first orientation and required for a re-orientation. */
  private async decide(viewer: AuthUser, input: OrientBeneficiaryInput, reason: string | null): Promise<Orientation> {
    const isReorientation = reason !== null;
    const orientation = await this.unitOfWork.run(async (tx) => {
      const beneficiary = await this.access.writable(tx, viewer, input.beneficiaryId);
      const latestDiagnostic = await tx.manager.findOne(Diagnostic, {
        where: { beneficiaryId: beneficiary.id },
        order: { conductedAt: 'DESC' },
      });
      const current = await tx.manager.findOne(Orientation, {
        where: { beneficiaryId: beneficiary.id },
        order: { decidedAt: 'DESC' },
      });
      const file: FileForOrientation = {
        status: beneficiary.status,
        orientationStatus: beneficiary.orientationStatus,
        latestDiagnosticAt: latestDiagnostic?.conductedAt ?? null,
        currentOrientationAt: current?.decidedAt ?? null,
      };
      const refusal: Refusal | null = isReorientation ? reorientationRefusal(file) : orientationRefusal(file);
      if (refusal || !latestDiagnostic) {
        throw AppException.invalidTransition(
          refusal?.message ?? "Un diagnostic doit être enregistré avant l'orientation.",
          refusal?.currentStatus ?? beneficiary.orientationStatus,
        );
      }
      const referent = await this.beneficiaries.requireActiveReferent('referentId', input.referentId);
      const now = this.clock.now();
      const previousReferentId = beneficiary.referentId !== referent.id ? beneficiary.referentId : null;

      const created = tx.manager.create(Orientation, {
        beneficiaryId: beneficiary.id,
        diagnosticId: latestDiagnostic.id,
        pathway: input.pathway,
        organism: input.organism.trim(),
        referentId: referent.id,
        previousReferentId,
        decidedById: viewer.id,
        decidedAt: now,
        isReorientation,
        reason,
      });
      await tx.manager.insert(Orientation, created);
      await this.beneficiaries.recordFollowUp(tx, beneficiary.id, {
        orientationStatus: OrientationStatus.ORIENTED,
        orientedAt: beneficiary.orientedAt ?? now,
        referentId: referent.id,
      });
      const handoff = await this.handOver(tx, beneficiary, referent.id, previousReferentId, now);
      await this.logbook.append(tx, {
        beneficiaryId: beneficiary.id,
        type: isReorientation ? LogbookEntryType.REORIENTATION : LogbookEntryType.ORIENTATION,
        authorId: viewer.id,
        summary: this.summary(input, referent, current, handoff),
        occurredAt: now,
        referenceId: created.id,
      });
      return created;
    });
    this.logger.log({
      event: isReorientation ? 'beneficiary.reoriented' : 'beneficiary.oriented',
      orientationId: orientation.id,
      beneficiaryId: orientation.beneficiaryId,
      referentId: orientation.referentId,
      previousReferentId: orientation.previousReferentId,
      userId: viewer.id,
    });
    return orientation;
  }

  /**
   * A change of referent: the former one keeps reading the logbook for 3 months; the new one
   * no longer needs a grant of their own (they may be taking the file back).
   */
  private async handOver(
    tx: Transaction,
    beneficiary: Beneficiary,
    referentId: string,
    previousReferentId: string | null,
    now: Date,
  ): Promise<{ previous: User; until: Date } | null> {
    if (!previousReferentId) return null;
    await this.access.revokeLogbookRead(tx, beneficiary.id, referentId);
    const until = formerReferentAccessUntil(now);
    await this.access.grantLogbookRead(tx, beneficiary.id, previousReferentId, until);
    const previous = await this.users.findOneByOrFail({ id: previousReferentId });
    return { previous, until };
  }

  private summary(
    input: OrientBeneficiaryInput,
    referent: User,
    current: Orientation | null,
    handoff: { previous: User; until: Date } | null,
  ): string {
    const pathway = PATHWAY_LABELS[input.pathway];
    const head = current
      ? `Réorientation : parcours ${PATHWAY_LABELS[current.pathway]} → parcours ${pathway}`
      : `Orientation vers le parcours ${pathway}`;
    const parts = [head, `organisme : ${input.organism.trim()}`, `référent unique : ${fullName(referent)}`];
    if (handoff) {
      // The access ends at midnight: the last day it covers is the day before.
      const lastDay = formatDateFr(localDateOf(new Date(handoff.until.getTime() - 1)));
      parts.push(
        `passation : ${fullName(handoff.previous)} garde l’accès au carnet de bord jusqu’au ${lastDay} inclus`,
      );
    }
    return `${parts.join(' ; ')}.`;
  }
}
