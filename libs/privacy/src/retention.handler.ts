import { Injectable } from '@nestjs/common';
import { JobName, OnJob } from '@tremplin/core';
import { RetentionRunSummary, RetentionService } from './retention.service';

/** The nightly retention job: thin, the service reads what is due from the database. */
@Injectable()
export class RetentionHandler {
  constructor(private readonly retention: RetentionService) {}

  @OnJob(JobName.ApplyRetention)
  apply(): Promise<RetentionRunSummary> {
    return this.retention.apply();
  }
}
