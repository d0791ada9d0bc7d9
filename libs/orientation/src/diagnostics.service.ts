import { Injectable, Logger } from '@nestjs/common';
import {
  BeneficiariesService,
  BeneficiaryAccess,
  BeneficiaryStatus,
  Logbook,
  LogbookEntryType,
} from '@tremplin/beneficiaries';
import { AppException, Clock, UnitOfWork } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Diagnostic, DiagnosticBarrier } from './diagnostic.entity';
import { PATHWAY_LABELS } from './domain/pathway';
import { statusAfterDiagnostic } from './domain/orientation-rules';
import { RecordDiagnosticInput } from './dto/record-diagnostic.input';

const optionalText = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

@Injectable()
export class DiagnosticsService {
  private readonly logger = new Logger(DiagnosticsService.name);

  constructor(
    private readonly access: BeneficiaryAccess,
    private readonly beneficiaries: BeneficiariesService,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a diagnostic made by the referent (or the admin). The logbook says that it was made
   * and which pathway it proposes — never the barriers, which stay in the diagnostic.
   */
  async record(viewer: AuthUser, input: RecordDiagnosticInput): Promise<Diagnostic> {
    const diagnostic = await this.unitOfWork.run(async (tx) => {
      const beneficiary = await this.access.writable(tx, viewer, input.beneficiaryId);
      if (beneficiary.status !== BeneficiaryStatus.ACTIVE) {
        throw AppException.invalidTransition(
          "Le dossier n'est pas en cours de suivi (suspendu ou clos) : réactivez-le avant d'enregistrer un diagnostic.",
          beneficiary.status,
        );
      }
      const now = this.clock.now();
      const created = tx.manager.create(Diagnostic, {
        beneficiaryId: beneficiary.id,
        authorId: viewer.id,
        conductedAt: now,
        proposedPathway: input.proposedPathway,
        strengths: optionalText(input.strengths),
        notes: optionalText(input.notes),
      });
      await tx.manager.insert(Diagnostic, created);
      if (input.barriers.length > 0) {
        await tx.manager.insert(
          DiagnosticBarrier,
          input.barriers.map((barrier) => ({
            diagnosticId: created.id,
            kind: barrier.kind,
            level: barrier.level,
            note: optionalText(barrier.note),
          })),
        );
      }
      const orientationStatus = statusAfterDiagnostic(beneficiary.orientationStatus);
      if (orientationStatus !== beneficiary.orientationStatus) {
        await this.beneficiaries.recordFollowUp(tx, beneficiary.id, { orientationStatus });
      }
      await this.logbook.append(tx, {
        beneficiaryId: beneficiary.id,
        type: LogbookEntryType.DIAGNOSTIC,
        authorId: viewer.id,
        summary: `Diagnostic réalisé ; parcours proposé : ${PATHWAY_LABELS[input.proposedPathway]}.`,
        occurredAt: now,
        referenceId: created.id,
      });
      return created;
    });
    this.logger.log({
      event: 'diagnostic.recorded',
      diagnosticId: diagnostic.id,
      beneficiaryId: diagnostic.beneficiaryId,
      userId: viewer.id,
    });
    return diagnostic;
  }
}
