import { INestApplicationContext } from '@nestjs/common';

/** A demo account printed at the end of `npm run seed` / `npm start`. */
export interface DemoCredential {
  role: string;
  email: string;
  password: string;
  note?: string;
}

/** Deterministic pseudo-random numbers (mulberry32), so that demo data are the same on every machine. */
export class SeedRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(count, copy.length));
  }
}

export interface SeedContext {
  app: INestApplicationContext;
  random: SeedRandom;
  /** The password of every demo account. */
  demoPassword: string;
  credentials: DemoCredential[];
  /** « Now » of the demo data (dates are computed from it). */
  now: Date;
}

/** Loads one domain's demo data. Seeders run in the order of the platform's SEEDERS list. */
export interface Seeder {
  readonly name: string;
  seed(context: SeedContext): Promise<void>;
}
