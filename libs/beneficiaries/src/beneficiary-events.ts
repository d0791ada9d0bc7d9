import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import type { Beneficiary } from './beneficiary.entity';
import type { LogbookEntry } from './logbook-entry.entity';

/**
 * What other domains may react to, inside the transaction that causes it: orientation computes
 * the deadlines of a new file, the matching engine (later) recomputes suggestions after a profile
 * change. A listener that throws rolls the whole change back.
 */
export interface BeneficiaryListener {
  beneficiaryCreated?(tx: Transaction, beneficiary: Beneficiary): Promise<void>;
  /** `changed` names the entity properties that took a new value. */
  beneficiaryUpdated?(
    tx: Transaction,
    beneficiary: Beneficiary,
    changed: ReadonlySet<keyof Beneficiary>,
  ): Promise<void>;
  logbookEntryAppended?(tx: Transaction, entry: LogbookEntry): Promise<void>;
}

/** In-process, in-transaction notifications of the beneficiaries domain (listeners subscribe at module init). */
@Injectable()
export class BeneficiaryEvents extends DomainEvents<BeneficiaryListener> {
  async created(tx: Transaction, beneficiary: Beneficiary): Promise<void> {
    await this.notify('beneficiaryCreated', tx, beneficiary);
  }

  async updated(tx: Transaction, beneficiary: Beneficiary, changed: ReadonlySet<keyof Beneficiary>): Promise<void> {
    if (changed.size === 0) return;
    await this.notify('beneficiaryUpdated', tx, beneficiary, changed);
  }

  async logbookEntryAppended(tx: Transaction, entry: LogbookEntry): Promise<void> {
    await this.notify('logbookEntryAppended', tx, entry);
  }
}
