import { Injectable } from '@nestjs/common';

/**
 * The platform's notion of "now". Services ask the clock instead of `new Date()` so that
 * deadlines, reminders and expiries can be tested by moving time.
 */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that only moves when told to (tests, previews). */
export class FakeClock extends Clock {
  private current: Date;

  constructor(start: Date | string = '2026-01-15T09:00:00.000Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  advanceDays(days: number): void {
    this.advance(days * 24 * 3600 * 1000);
  }
}
