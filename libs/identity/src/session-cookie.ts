import { Injectable } from '@nestjs/common';
import { AppConfig } from '@tremplin/core';
import type { Response } from 'express';

export const SESSION_COOKIE = 'tremplin_session';

/**
 * The console's session: the token in an HttpOnly cookie (scripts in the page cannot read it),
 * SameSite=Strict (never sent on a request another site starts), Secure behind https.
 */
@Injectable()
export class SessionCookie {
  constructor(private readonly config: AppConfig) {}

  set(res: Response, session: { token: string; expiresAt: Date }): void {
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.APP_URL.startsWith('https://'),
      expires: session.expiresAt,
      path: '/',
    });
  }

  clear(res: Response): void {
    res.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.APP_URL.startsWith('https://'),
      path: '/',
    });
  }
}
