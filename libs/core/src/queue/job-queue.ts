import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JobsOptions, Queue } from 'bullmq';
import { JOB_DEFINITIONS, JobName, JobPayload, jobDebounce } from './job-payloads';
import { QueueName } from './queue-name.enum';

export interface EnqueueOptions {
  /** Same id twice while the first job still exists: the second is ignored. */
  jobId?: string;
  delayMs?: number;
  /**
   * Debounce: jobs with the same key within `ttlMs` collapse into the last one
   * (a burst of 50 profile edits causes one recompute). By default, the job's declared
   * debounce (JOB_DEFINITIONS), if any.
   */
  debounce?: { key: string; ttlMs: number };
}

/** Typed producer: the job name decides the queue and the payload type. */
@Injectable()
export class JobQueue {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly moduleRef: ModuleRef) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<void> {
    const jobOptions: JobsOptions = {};
    if (options.jobId) jobOptions.jobId = options.jobId;
    if (options.delayMs && options.delayMs > 0) jobOptions.delay = options.delayMs;
    const debounce = options.debounce ?? declaredDebounce(name, payload);
    if (debounce) {
      // keepLastIfActive: a request made while the job runs gets one more run after it, never none.
      jobOptions.deduplication = {
        id: debounce.key,
        ttl: debounce.ttlMs,
        extend: true,
        replace: true,
        keepLastIfActive: true,
      };
      if (!jobOptions.delay) jobOptions.delay = debounce.ttlMs;
    }
    await this.queue(JOB_DEFINITIONS[name].queue).add(name, payload, jobOptions);
  }
}

function declaredDebounce<N extends JobName>(name: N, payload: JobPayload<N>): { key: string; ttlMs: number } | null {
  const declared = jobDebounce(name);
  if (!declared) return null;
  const subject = declared.keyField ? String((payload as Record<string, unknown>)[declared.keyField]) : '';
  return { key: subject ? `${name}:${subject}` : name, ttlMs: declared.ttlMs };
}
