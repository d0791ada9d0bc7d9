import { Injectable, OnModuleInit } from '@nestjs/common';
import { Beneficiary, BeneficiariesService, BeneficiaryEvents, LogbookEntry } from '@tremplin/beneficiaries';
import type { BeneficiaryListener } from '@tremplin/beneficiaries';
import type { Transaction } from '@tremplin/core';
import { accompanimentDueOn, countsAsAccompaniment, orientationDueOn } from './domain/deadlines';

/**
 * Keeps the follow-up columns of each file in step with the rules of Action 1 and 2, inside the
 * transaction of the change: the due dates when the entry date is set, the date of the first
 * accompaniment action when one lands in the logbook (whichever module writes it).
 */
@Injectable()
export class DeadlineTracker implements OnModuleInit, BeneficiaryListener {
  constructor(
    private readonly events: BeneficiaryEvents,
    private readonly beneficiaries: BeneficiariesService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(this);
  }

  async beneficiaryCreated(tx: Transaction, beneficiary: Beneficiary): Promise<void> {
    await this.recordDueDates(tx, beneficiary);
  }

  async beneficiaryUpdated(
    tx: Transaction,
    beneficiary: Beneficiary,
    changed: ReadonlySet<keyof Beneficiary>,
  ): Promise<void> {
    if (changed.has('rsaEntryDate')) await this.recordDueDates(tx, beneficiary);
  }

  async logbookEntryAppended(tx: Transaction, entry: LogbookEntry): Promise<void> {
    if (countsAsAccompaniment(entry.type))
      await this.beneficiaries.recordFirstAction(tx, entry.beneficiaryId, entry.occurredAt);
  }

  private recordDueDates(tx: Transaction, beneficiary: Beneficiary): Promise<void> {
    return this.beneficiaries.recordFollowUp(tx, beneficiary.id, {
      orientationDueOn: orientationDueOn(beneficiary.rsaEntryDate),
      accompanimentDueOn: accompanimentDueOn(beneficiary.rsaEntryDate),
    });
  }
}
