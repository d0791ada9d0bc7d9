import { Injectable, Logger } from '@nestjs/common';
import { AppException, Clock } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { BeneficiaryEvents } from './beneficiary-events';
import { LOGBOOK_SUMMARY_MAX_LENGTH, LogbookAppend } from './domain/logbook-entry-type';
import { LogbookEntry } from './logbook-entry.entity';

/**
 * The carnet de bord, as every module writes to it: `append(tx, entry)` in the transaction of the
 * fact it records. There is no update or delete — the database refuses them too.
 */
@Injectable()
export class Logbook {
  private readonly logger = new Logger(Logbook.name);

  constructor(
    private readonly events: BeneficiaryEvents,
    private readonly clock: Clock,
  ) {}

  async append(tx: Transaction, entry: LogbookAppend): Promise<LogbookEntry> {
    const summary = entry.summary.trim();
    if (!summary || summary.length > LOGBOOK_SUMMARY_MAX_LENGTH) {
      throw AppException.invalidField('summary', `doit contenir entre 1 et ${LOGBOOK_SUMMARY_MAX_LENGTH} caractères`);
    }
    const saved = tx.manager.create(LogbookEntry, {
      beneficiaryId: entry.beneficiaryId,
      type: entry.type,
      authorId: entry.authorId,
      summary,
      occurredAt: entry.occurredAt,
      recordedAt: this.clock.now(),
      confidential: entry.confidential ?? false,
      referenceId: entry.referenceId ?? null,
    });
    await tx.manager.insert(LogbookEntry, saved);
    await this.events.logbookEntryAppended(tx, saved);
    this.logger.log({
      event: 'logbook.appended',
      entryId: saved.id,
      beneficiaryId: saved.beneficiaryId,
      type: saved.type,
    });
    return saved;
  }
}
