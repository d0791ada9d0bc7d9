import { Injectable } from '@nestjs/common';
import { JobName } from './job-payloads';
import { OnJob } from './on-job.decorator';
import { Outbox } from './outbox';

/** Runs every few seconds in the worker (job scheduler) to hand over forgotten outbox rows. */
@Injectable()
export class OutboxRelayHandler {
  constructor(private readonly outbox: Outbox) {}

  @OnJob(JobName.RelayOutbox)
  async relay(): Promise<{ checked: number; handed: number }> {
    return this.outbox.relay();
  }
}
