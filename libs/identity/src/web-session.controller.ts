import { Body, Controller, Get, Header, Post, Query, Res } from '@nestjs/common';
import { AppConfig, AppException, PageRenderer, Public, RateLimit, definePage } from '@tremplin/core';
import type { Response } from 'express';
import { AuthService } from './auth.service';

export const SESSION_COOKIE = 'tremplin_session';

const LOGIN_PAGE = definePage<{ next: string; error?: string; email?: string }>(
  'Connexion',
  `<h1>Connexion de l'équipe</h1>
  {{#if error}}<p class="warning" role="alert">{{error}}</p>{{/if}}
  <form method="post" action="/connexion">
    <input type="hidden" name="suite" value="{{next}}">
    <label for="email">Adresse e-mail</label>
    <input id="email" name="email" type="email" autocomplete="username" required value="{{email}}" size="32">
    <label for="password">Mot de passe</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required size="32">
    <p><button type="submit">Se connecter</button></p>
  </form>`,
);

/** Only same-site paths, so that the login form cannot bounce to another site. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/graphql';
}

/**
 * Login for the staff pages that a browser opens directly (dashboards, downloads, queue board):
 * the same credentials as the `login` mutation, kept in an HttpOnly cookie. GraphQL does not
 * accept the cookie (bearer token only), so it cannot be abused across sites.
 */
@Controller()
export class WebSessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly pages: PageRenderer,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('connexion')
  @Header('Content-Type', 'text/html; charset=utf-8')
  form(@Query('suite') next?: string): string {
    return this.pages.render(LOGIN_PAGE, { next: safeNext(next) });
  }

  @Public()
  @RateLimit('login')
  @Post('connexion')
  async login(@Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const next = safeNext(body.suite);
    const email = typeof body.email === 'string' ? body.email.slice(0, 254) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 128) : '';
    try {
      const session = await this.auth.login(email, password);
      res.cookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.APP_URL.startsWith('https://'),
        expires: session.expiresAt,
        path: '/',
      });
      res.redirect(303, next);
    } catch (error) {
      if (!(error instanceof AppException)) throw error;
      res
        .status(401)
        .type('html')
        .send(this.pages.render(LOGIN_PAGE, { next, email, error: error.message }));
    }
  }

  @Public()
  @Post('deconnexion')
  logout(@Res() res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/connexion');
  }
}
