import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, Outbox, describeError } from '@tremplin/core';

/**
 * Runs the outbox relay in every worker, from a timer of the process rather than from a queue:
 * it must run when the queue itself lost everything (its schedulers included) or when the mail
 * queue is thousands of jobs deep. Several workers share the rows (SKIP LOCKED + lease).
 */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayLoop.name);
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass().finally(() => {
        this.running = null;
        this.schedule(this.config.OUTBOX_RELAY_INTERVAL_SECONDS * 1000);
      });
    }, delayMs);
  }

  /** One pass: full batches follow each other at once, so a large backlog of lost jobs drains fast. */
  private async pass(): Promise<void> {
    try {
      for (let batch = 0; batch < 20 && !this.stopped; batch++) {
        const { checked } = await this.outbox.relay();
        if (checked < 500) break;
      }
    } catch (error) {
      // The database or the queue is down: the next pass tries again.
      this.logger.warn({ event: 'outbox.relay_pass_failed', ...describeError(error) });
    }
  }
}
