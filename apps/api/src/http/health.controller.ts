import { Controller, Get, Logger } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { JobQueue, Public, QueueName } from '@tremplin/core';
import { DataSource } from 'typeorm';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * GET /health: 200 when the database and the queue answer, 503 naming the failing part otherwise.
 * The body is public: it says which dependency fails, never where it is nor the driver's error
 * (which holds its address); the error goes to the log.
 */
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () =>
        this.probe('database', 'La base de données ne répond pas.', async () => {
          await this.dataSource.query('SELECT 1');
          return {};
        }),
      () =>
        this.probe('queue', 'La file de travaux ne répond pas.', async () => {
          const counts = await this.jobs.queue(QueueName.Mail).getJobCounts('waiting', 'failed');
          return { waiting: counts.waiting, failed: counts.failed };
        }),
    ]);
  }

  private async probe<K extends string>(
    key: K,
    downMessage: string,
    attempt: () => Promise<Record<string, unknown>>,
  ): Promise<HealthIndicatorResult<K>> {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const details = await Promise.race([
        attempt(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
        }),
      ]);
      return indicator.up(details);
    } catch (error) {
      this.logger.warn({ event: 'health.down', dependency: key, error: String(error) });
      return indicator.down({ message: downMessage });
    } finally {
      clearTimeout(timer);
    }
  }
}
