import { Injectable } from '@nestjs/common';
import { JobName, OnJob } from '@tremplin/core';
import type { JobPayload } from '@tremplin/core';
import { PersonalDataExports } from './personal-data-exports.service';

/** The export jobs: thin, the service reloads the state and acts once. */
@Injectable()
export class PersonalDataExportHandler {
  constructor(private readonly exports: PersonalDataExports) {}

  @OnJob(JobName.ProducePersonalDataExport)
  produce({ exportId }: JobPayload<JobName.ProducePersonalDataExport>): Promise<void> {
    return this.exports.produce(exportId);
  }

  @OnJob(JobName.ExpirePersonalDataExport)
  expire({ exportId }: JobPayload<JobName.ExpirePersonalDataExport>): Promise<void> {
    return this.exports.expire(exportId);
  }
}
