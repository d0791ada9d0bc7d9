import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { AppException } from '../errors/app.exception';
import { ErrorCode } from '../errors/error-code';

/** Why a link was refused (kept for logs and tests; the page shown never says more than « invalide ou expiré »). */
export type LinkRejection = 'malformed' | 'forged' | 'expired' | 'wrong-purpose';

export class InvalidLinkException extends AppException {
  constructor(readonly reason: LinkRejection) {
    super(ErrorCode.INVALID_LINK, "Ce lien n'est pas valide ou a expiré.");
  }
}

interface LinkClaims {
  /** What the link may do (`proposal.answer`, `interview.book`…). */
  pur: string;
  /** The one record it acts on. */
  sub: string;
  exp: number;
}

/**
 * Links sent to beneficiaries, who have no account: a signed token (HS256 JWT with LINK_SECRET,
 * distinct from the staff session secret) bound to one purpose and one record, expiring at a
 * given time. A token cannot be guessed, altered, or used for another record or purpose.
 */
@Injectable()
export class SignedLinks {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  sign(purpose: string, subjectId: string, expiresAt: Date): string {
    const claims: LinkClaims = { pur: purpose, sub: subjectId, exp: Math.floor(expiresAt.getTime() / 1000) };
    return jwt.sign(claims, this.config.LINK_SECRET, { algorithm: 'HS256', noTimestamp: true });
  }

  /** The record id the token was made for, or an InvalidLinkException. */
  verify(token: string, purpose: string): string {
    if (typeof token !== 'string' || token.length > 2048 || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
      throw new InvalidLinkException('malformed');
    }
    let claims: LinkClaims;
    try {
      claims = jwt.verify(token, this.config.LINK_SECRET, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      }) as LinkClaims;
    } catch (error) {
      throw new InvalidLinkException(error instanceof jwt.TokenExpiredError ? 'expired' : 'forged');
    }
    if (claims.pur !== purpose || typeof claims.sub !== 'string') throw new InvalidLinkException('wrong-purpose');
    return claims.sub;
  }

  /** Absolute URL of a link page: `url('/p', token)` → `https://…/p/<token>`. */
  url(path: string, token: string): string {
    return `${this.config.APP_URL}${path}/${token}`;
  }
}
