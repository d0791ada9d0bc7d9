import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, InvalidLinkException, SignedLinks, consolePath, consoleUrl } from '@tremplin/core';

const PURPOSE = 'account.password';

/** How long the link of each email works. */
export const PASSWORD_LINK_VALIDITY = {
  invitation: { ms: 7 * 24 * 3600 * 1000, label: '7 jours' },
  reset: { ms: 3600 * 1000, label: '1 heure' },
} as const;

export interface PasswordLinkSubject {
  userId: string;
  credentialsVersion: number;
}

/**
 * The links of the invitation and « mot de passe oublié » emails: signed, expiring, bound to the
 * account and to its credentials version, so a link works once — setting a password raises the
 * version, which spends every link sent before.
 */
@Injectable()
export class PasswordLinks {
  constructor(
    private readonly links: SignedLinks,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  url(subject: PasswordLinkSubject, validityMs: number): string {
    const token = this.links.sign(
      PURPOSE,
      `${subject.userId}.${subject.credentialsVersion}`,
      new Date(this.clock.now().getTime() + validityMs),
    );
    return consoleUrl(this.config.APP_URL, consolePath('choosePassword', {}, { jeton: token }));
  }

  /** The account and version a token was made for, or INVALID_LINK. */
  verify(token: string): PasswordLinkSubject {
    const subject = this.links.verify(token, PURPOSE);
    const match = /^([0-9a-f-]{36})\.(\d+)$/.exec(subject);
    if (!match) throw new InvalidLinkException('malformed');
    return { userId: match[1], credentialsVersion: Number(match[2]) };
  }
}
