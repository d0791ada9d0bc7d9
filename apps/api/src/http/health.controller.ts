import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { JobQueue, Public, QueueName } from '@tremplin/core';

/** GET /health: 200 when the database and the queue answer, 503 with the failing part otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly jobs: JobQueue,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2_000 }),
      () =>
        this.indicators
          .check('queue')
          .attempt(async () => {
            const counts = await this.jobs.queue(QueueName.Mail).getJobCounts('waiting', 'failed');
            return { waiting: counts.waiting, failed: counts.failed };
          })
          .withTimeout(2_000),
    ]);
  }
}
