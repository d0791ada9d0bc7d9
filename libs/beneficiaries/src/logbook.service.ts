import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, Clock, Connection, UnitOfWork, pageWindow, toConnection } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Repository } from 'typeorm';
import { BeneficiaryAccess } from './beneficiary-access.service';
import { formatDateFr, localDateOf } from './domain/calendar';
import { LogbookEntryType, LogbookNoteType } from './domain/logbook-entry-type';
import { AddLogbookNoteInput, LogbookArgs } from './dto/logbook.args';
import { Logbook } from './logbook';
import { LogbookEntry } from './logbook-entry.entity';

/** Clocks of different machines drift a little: an event "now" may carry a time slightly ahead. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const NOTE_TYPES: Record<LogbookNoteType, LogbookEntryType> = {
  NOTE: LogbookEntryType.NOTE,
  APPOINTMENT: LogbookEntryType.APPOINTMENT,
  INSERTION_ACTION: LogbookEntryType.INSERTION_ACTION,
  BARRIER_ACTION: LogbookEntryType.BARRIER_ACTION,
};

/** Reading the carnet de bord and the referent's own entries. */
@Injectable()
export class LogbookService {
  constructor(
    @InjectRepository(LogbookEntry) private readonly entries: Repository<LogbookEntry>,
    private readonly access: BeneficiaryAccess,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** The timeline, most recent first, for whoever may read it (former referents included, for 3 months). */
  async list(viewer: AuthUser, args: LogbookArgs): Promise<Connection<LogbookEntry>> {
    await this.access.logbookReadable(viewer, args.beneficiaryId);
    const { skip, take } = pageWindow(args);
    const query = this.entries
      .createQueryBuilder('entry')
      .where('entry.beneficiaryId = :beneficiaryId', { beneficiaryId: args.beneficiaryId })
      .orderBy('entry.occurredAt', 'DESC')
      .addOrderBy('entry.recordedAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .skip(skip)
      .take(take);
    if (args.types?.length) query.andWhere('entry.type IN (:...types)', { types: args.types });
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  async addNote(viewer: AuthUser, input: AddLogbookNoteInput): Promise<LogbookEntry> {
    const now = this.clock.now();
    const occurredAt = input.occurredAt ?? now;
    if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      throw AppException.invalidField('occurredAt', 'ne peut pas être dans le futur');
    }
    return this.unitOfWork.run(async (tx) => {
      const beneficiary = await this.access.writable(tx, viewer, input.beneficiaryId);
      if (localDateOf(occurredAt) < beneficiary.rsaEntryDate) {
        throw AppException.invalidField(
          'occurredAt',
          `ne peut pas précéder l'entrée dans le dispositif (${formatDateFr(beneficiary.rsaEntryDate)})`,
        );
      }
      return this.logbook.append(tx, {
        beneficiaryId: beneficiary.id,
        type: NOTE_TYPES[input.type ?? LogbookNoteType.NOTE],
        authorId: viewer.id,
        summary: input.summary,
        occurredAt,
        confidential: input.confidential ?? false,
      });
    });
  }
}
