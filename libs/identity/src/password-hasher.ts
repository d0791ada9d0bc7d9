import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id hashing (OWASP parameters: 19 MiB, 2 iterations). */
@Injectable()
export class PasswordHasher {
  private readonly options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
  /** A hash of a random string, verified against when the user does not exist (same timing, no enumeration). */
  private decoy?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      this.decoy ??= argon2.hash(`decoy-${Math.random()}`, this.options);
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
