import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  AppException,
  CONSOLE_CLIENT_HEADER,
  CONSOLE_CLIENT_VALUE,
  ErrorCode,
  PUBLIC_KEY,
  ROLES_KEY,
  Role,
  requestOf,
} from '@tremplin/core';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

/**
 * Global guard of every resolver and route. Deny by default: an operation must declare
 * @Public() or @Roles(...). The token (bearer header, or the console's session cookie) is
 * verified and the user is reloaded from the database so that a disabled account loses access
 * at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = requestOf(context);

    if (isPublic) return true;
    if (!roles) {
      throw new AppException(ErrorCode.FORBIDDEN, "Cette opération n'est ouverte à aucun rôle.");
    }
    const token = this.tokenOf(context, request);
    if (!token) throw new AppException(ErrorCode.UNAUTHENTICATED);
    const user = await this.auth.authenticate(token);
    request.user = user;
    if (!roles.includes(user.role)) throw new AppException(ErrorCode.FORBIDDEN);
    return true;
  }

  /**
   * The bearer token, or the session cookie: on plain HTTP routes (downloads a browser opens)
   * as it is; on GraphQL only with the console's header, so that another site cannot make a
   * logged-in browser run operations (cross-site request forgery).
   */
  private tokenOf(context: ExecutionContext, request: ReturnType<typeof requestOf>): string | null {
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim() || null;
    const cookies = (request as { cookies?: Record<string, string> }).cookies;
    const cookie = cookies?.[SESSION_COOKIE] || null;
    if (!cookie || context.getType<string>() === 'http') return cookie;
    if (request.headers[CONSOLE_CLIENT_HEADER] !== CONSOLE_CLIENT_VALUE) {
      throw new AppException(
        ErrorCode.FORBIDDEN,
        'Requête refusée : elle ne vient pas de la console Tremplin (protection contre les requêtes intersites).',
        { reason: 'CROSS_SITE' },
      );
    }
    return cookie;
  }
}
