import {
  CanActivate,
  ExecutionContext,
  Injectable,
  OnModuleDestroy,
  SetMetadata,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Redis } from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { requestOf } from '../auth/auth.decorators';
import { AppConfig } from '../config/app-config';
import { AppException } from '../errors/app.exception';
import { ErrorCode } from '../errors/error-code';
import { redisOptionsFromUrl } from '../queue/queue-connection';

/** The rate-limited families of operations, each with its own budget per client per minute. */
export type RateLimitName = 'login' | 'link';

const RATE_LIMIT_KEY = 'tremplin:rate-limit';

/**
 * One rate-limiter-flexible limiter per family, counting in Redis when it is configured and in
 * PostgreSQL otherwise, so that every API replica shares the same counters. Should the store
 * fail, an in-process limiter takes over (the library's insurance limiter).
 */
@Injectable()
export class RateLimiters implements OnModuleDestroy {
  private readonly limiters: Record<RateLimitName, RateLimiterAbstract>;
  private readonly redis: Redis | null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.redis =
      config.REDIS_URL && config.QUEUE_BACKEND === 'redis'
        ? new Redis({ ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: 1, lazyConnect: true })
        : null;
    this.limiters = {
      login: this.create('login', { points: config.LOGIN_RATE_LIMIT, duration: 60 }),
      link: this.create('link', { points: config.LINK_RATE_LIMIT, duration: 60 }),
    };
  }

  /**
   * A limiter of `points` per `duration` seconds stored where every API replica shares it
   * (Redis, or PostgreSQL without Redis), with an in-process insurance limiter.
   */
  create(name: string, options: { points: number; duration: number }): RateLimiterAbstract {
    const common = { ...options, insuranceLimiter: new RateLimiterMemory(options) };
    if (this.redis)
      return new RateLimiterRedis({
        ...common,
        storeClient: this.redis,
        keyPrefix: `${this.config.QUEUE_PREFIX}:rate:${name}`,
      });
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    return new RateLimiterPostgres({
      ...common,
      storeClient: pool,
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: name,
    });
  }

  /** Counts one request of `key`; RATE_LIMITED once the budget of the minute is spent. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new AppException(ErrorCode.RATE_LIMITED);
      throw rejection;
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis && this.redis.status !== 'end') await this.redis.quit();
  }
}

/** Applies the budget named by @RateLimit, per client IP. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiters: RateLimiters,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<RateLimitName | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!name) return true;
    const request = requestOf(context);
    await this.limiters.consume(name, request.ip ?? 'unknown');
    return true;
  }
}

/** Limits an operation to the budget of one family (`@RateLimit('login')`). */
export const RateLimit = (name: RateLimitName) =>
  applyDecorators(SetMetadata(RATE_LIMIT_KEY, name), UseGuards(RateLimitGuard));
