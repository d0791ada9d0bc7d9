import { Injectable } from '@nestjs/common';
import { AppConfig, AppException, ErrorCode, RateLimiters } from '@tremplin/core';
import { createHash } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { loginDelaySeconds } from './domain/login-delay';

/** Failures are remembered for an hour after the first one of a series. */
const FAILURE_MEMORY_SECONDS = 3600;

/**
 * The per-account limit of wrong passwords, beside the per-IP one (@RateLimit('login')): after
 * a few failures each new attempt on the account must wait a growing delay, whichever address it
 * comes from. Keys are hashes of the email, so the store holds no address.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures: RateLimiterAbstract;
  private readonly waits: RateLimiterAbstract;

  constructor(
    limiters: RateLimiters,
    private readonly config: AppConfig,
  ) {
    this.failures = limiters.create('login-account-failures', { points: 1_000_000, duration: FAILURE_MEMORY_SECONDS });
    this.waits = limiters.create('login-account-wait', { points: 1, duration: 1 });
  }

  private keyOf(email: string): string {
    return createHash('sha256').update(email).digest('base64url').slice(0, 32);
  }

  /** RATE_LIMITED (with `retryAfterSeconds`) while the account is in a wait; the password is not checked. */
  async assertMayTry(email: string): Promise<void> {
    const wait = await this.waits.get(this.keyOf(email));
    if (wait && wait.consumedPoints > 1 && wait.msBeforeNext > 0) {
      const seconds = Math.ceil(wait.msBeforeNext / 1000);
      throw new AppException(
        ErrorCode.RATE_LIMITED,
        `Trop de mots de passe erronés pour ce compte : réessayez dans ${seconds} seconde${seconds > 1 ? 's' : ''}.`,
        { retryAfterSeconds: seconds },
      );
    }
  }

  async recordFailure(email: string): Promise<void> {
    const key = this.keyOf(email);
    const counted = await this.failures.penalty(key, 1);
    const delay = loginDelaySeconds(counted.consumedPoints, {
      freeFailures: this.config.LOGIN_ACCOUNT_FREE_FAILURES,
      maxDelaySeconds: this.config.LOGIN_ACCOUNT_MAX_DELAY_SECONDS,
    });
    if (delay > 0) await this.waits.block(key, delay);
  }

  async recordSuccess(email: string): Promise<void> {
    const key = this.keyOf(email);
    await Promise.all([this.failures.delete(key), this.waits.delete(key)]);
  }
}
