import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Job, UnrecoverableError } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { describeFieldErrors, toFieldErrors } from '../errors/validation-messages';
import { JOB_DEFINITIONS, JobName } from './job-payloads';
import { ON_JOB_METADATA } from './on-job.decorator';

type Handler = (payload: object, job: Job) => Promise<unknown>;

/** The jobs whose handlers the dispatcher requires (every JobName unless told otherwise, e.g. in unit tests). */
export const DECLARED_JOBS = Symbol('DECLARED_JOBS');

/**
 * Finds every @OnJob handler of the worker and routes jobs to them. Refuses to start when a
 * declared job has no handler (or two), so a job can never sit in a queue that nothing drains.
 */
@Injectable()
export class JobDispatcher implements OnModuleInit {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly handlers = new Map<JobName, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Optional() @Inject(DECLARED_JOBS) private readonly declared: readonly JobName[] = Object.values(JobName),
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(ON_JOB_METADATA, fn as () => unknown);
        if (!name) continue;
        if (this.handlers.has(name)) throw new Error(`Job "${name}" has two handlers (${wrapper.name}.${method})`);
        this.handlers.set(name, (payload, job) => (fn as Handler).call(instance, payload, job));
      }
    }
    const missing = this.declared.filter((name) => !this.handlers.has(name));
    if (missing.length > 0) {
      throw new Error(`Worker refuses to start: no handler for job(s) ${missing.join(', ')}`);
    }
  }

  handledJobs(): JobName[] {
    return [...this.handlers.keys()];
  }

  async dispatch(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    const handler = this.handlers.get(name);
    if (!handler) throw new UnrecoverableError(`Unknown job "${job.name}"`);
    const payload = plainToInstance(JOB_DEFINITIONS[name].payload as new () => object, job.data ?? {});
    const errors = await validate(payload, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    if (errors.length > 0) {
      // A malformed payload will not get better by retrying.
      throw new UnrecoverableError(`Invalid payload for ${name}: ${describeFieldErrors(toFieldErrors(errors))}`);
    }
    const started = Date.now();
    const result = await handler(payload, job);
    this.logger.debug({ event: 'job.done', job: name, jobId: job.id, ms: Date.now() - started });
    return result;
  }
}
