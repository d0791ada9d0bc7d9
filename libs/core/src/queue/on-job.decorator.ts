import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-payloads';

export const ON_JOB_METADATA = 'tremplin:on-job';

/**
 * Marks a provider method as the handler of one job. The method receives the validated
 * payload (and the BullMQ job). Exactly one handler per job name: the worker checks at boot.
 */
export const OnJob = (name: JobName) => SetMetadata(ON_JOB_METADATA, name);
