import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import type { Interview } from './interview.entity';

/**
 * What other domains may react to, inside the transaction that causes it (engagements start
 * after a held interview, indicators count them). A listener that throws rolls the change back.
 */
export interface InterviewListener {
  interviewScheduled?(tx: Transaction, interview: Interview): Promise<void>;
  interviewRescheduled?(
    tx: Transaction,
    interview: Interview,
    previous: { startsAt: Date; endsAt: Date },
  ): Promise<void>;
  interviewCancelled?(tx: Transaction, interview: Interview): Promise<void>;
  /** HELD, NO_SHOW or EXCUSED was recorded. */
  interviewOutcomeRecorded?(tx: Transaction, interview: Interview): Promise<void>;
}

/** In-process, in-transaction notifications of the interviews domain (listeners subscribe at module init). */
@Injectable()
export class InterviewEvents extends DomainEvents<InterviewListener> {
  async scheduled(tx: Transaction, interview: Interview): Promise<void> {
    await this.notify('interviewScheduled', tx, interview);
  }

  async rescheduled(tx: Transaction, interview: Interview, previous: { startsAt: Date; endsAt: Date }): Promise<void> {
    await this.notify('interviewRescheduled', tx, interview, previous);
  }

  async cancelled(tx: Transaction, interview: Interview): Promise<void> {
    await this.notify('interviewCancelled', tx, interview);
  }

  async outcomeRecorded(tx: Transaction, interview: Interview): Promise<void> {
    await this.notify('interviewOutcomeRecorded', tx, interview);
  }
}
