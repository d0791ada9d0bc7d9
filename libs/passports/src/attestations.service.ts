import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Logbook, LogbookEntryType, formatDateFr, localDateOf } from '@tremplin/beneficiaries';
import { AppException, Clock, Mailer, UnitOfWork } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Association } from '@tremplin/associations';
import { Mission } from '@tremplin/missions';
import { Competency } from '@tremplin/referentials';
import { Repository } from 'typeorm';
import { CompetencyAttestation, PassportAttestation } from './attestation.entity';
import { attestationProblems, normalizeAttestation } from './domain/attestation-rules';
import { LEVEL_LABELS, isLevel } from './domain/competency-level';
import { canAttest } from './domain/engagement-access';
import { attestationRefusal } from './domain/engagement-status';
import { competenciesAttestedSummary } from './domain/logbook-summaries';
import { AttestCompetenciesInput } from './dto/attestation.inputs';
import { EngagementLoader, viewerOf } from './engagement-scope';
import { Passport } from './passport.entity';
import { ATTESTATION_MAIL } from './passports.mail';
import { PassportsService } from './passports.service';
import { throwIfProblems, throwIfRefused } from './problems';

const ATTEST_FORBIDDEN =
  'Seule la structure d’accueil de cette mission peut attester les compétences que la personne y a montrées.';

/** Attestations of competencies by the host association: entries of the Passeport Bénévole. */
@Injectable()
export class AttestationsService {
  private readonly logger = new Logger(AttestationsService.name);

  constructor(
    @InjectRepository(Competency) private readonly competencies: Repository<Competency>,
    @InjectRepository(PassportAttestation) private readonly attestations: Repository<PassportAttestation>,
    private readonly loader: EngagementLoader,
    private readonly passports: PassportsService,
    private readonly logbook: Logbook,
    private readonly mailer: Mailer,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async attest(viewer: AuthUser, input: AttestCompetenciesInput): Promise<PassportAttestation> {
    const referential = await this.competencies.find({ order: { sortOrder: 'ASC' } });
    const labels = new Map(referential.map((c) => [c.code, c.label]));
    const attestation = await this.unitOfWork.run(async (tx) => {
      const { engagement, beneficiary, scope } = await this.loader.forUpdate(tx, input.engagementId);
      if (!canAttest(viewerOf(viewer), scope)) throw AppException.forbidden(ATTEST_FORBIDDEN);
      const now = this.clock.now();
      throwIfRefused(attestationRefusal(engagement.status, engagement.startDate, localDateOf(now)));
      throwIfProblems(attestationProblems(input, new Set(labels.keys())));
      const draft = normalizeAttestation(input);

      const created = tx.manager.create(PassportAttestation, {
        engagementId: engagement.id,
        beneficiaryId: engagement.beneficiaryId,
        associationId: engagement.associationId,
        attestedById: viewer.id,
        attestorName: draft.attestorName,
        attestorRole: draft.attestorRole,
        attestedAt: now,
      });
      await tx.manager.insert(PassportAttestation, created);
      await tx.manager.insert(
        CompetencyAttestation,
        draft.competencies.map((c) => ({
          attestationId: created.id,
          competencyCode: c.competencyCode,
          level: c.level,
          comment: c.comment ?? null,
        })),
      );
      // The passport is issued with its first attestation.
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(Passport)
        .values({ beneficiaryId: engagement.beneficiaryId, issuedAt: now, lastAttestedAt: now })
        .orUpdate(['last_attested_at'], ['beneficiary_id'])
        .execute();

      const mission = await tx.manager.findOneByOrFail(Mission, { id: engagement.missionId });
      const host = await tx.manager.findOneByOrFail(Association, { id: engagement.associationId });
      const attested = draft.competencies.map((c) => ({
        label: labels.get(c.competencyCode) ?? c.competencyCode,
        level: c.level,
      }));
      await this.logbook.append(tx, {
        beneficiaryId: engagement.beneficiaryId,
        type: LogbookEntryType.COMPETENCIES_ATTESTED,
        authorId: viewer.id,
        summary: competenciesAttestedSummary(
          { title: mission.title, hostName: host.name },
          { name: draft.attestorName, role: draft.attestorRole },
          attested,
        ),
        occurredAt: now,
        referenceId: created.id,
      });
      if (beneficiary.email) {
        const link = this.passports.linkFor(beneficiary.id);
        await this.mailer.queue(tx, {
          idempotencyKey: `passport:attestation:${created.id}`,
          template: ATTESTATION_MAIL,
          to: beneficiary.email,
          data: {
            firstName: beneficiary.firstName,
            hostName: host.name,
            missionTitle: mission.title,
            competencies: attested.map(
              (c) => `${c.label} : ${isLevel(c.level) ? LEVEL_LABELS[c.level].toLowerCase() : c.level}`,
            ),
            pdfUrl: link.url,
            linkValidUntil: formatDateFr(localDateOf(link.expiresAt)),
            verifyUrl: this.passports.verifyUrl(),
          },
        });
      }
      return created;
    });
    this.logger.log({
      event: 'passport.attested',
      attestationId: attestation.id,
      engagementId: attestation.engagementId,
      userId: viewer.id,
    });
    return this.attestations.findOneByOrFail({ id: attestation.id });
  }
}
