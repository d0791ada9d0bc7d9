import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, ErrorCode, PUBLIC_KEY, ROLES_KEY, Role, requestOf } from '@tremplin/core';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './web-session.controller';

/**
 * Global guard of every resolver and route. Deny by default: an operation must declare
 * @Public() or @Roles(...). The bearer token is verified and the user is
 * reloaded from the database so that a disabled account loses access at once.
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
    const token = this.tokenOf(context, request);

    if (isPublic) return true;
    if (!roles) {
      throw new AppException(ErrorCode.FORBIDDEN, "Cette opération n'est ouverte à aucun rôle.");
    }
    if (!token) throw new AppException(ErrorCode.UNAUTHENTICATED);
    const user = await this.auth.authenticate(token);
    request.user = user;
    if (!roles.includes(user.role)) throw new AppException(ErrorCode.FORBIDDEN);
    return true;
  }

  /** The bearer token or, for plain HTTP routes opened in a browser, the session cookie. */
  private tokenOf(context: ExecutionContext, request: ReturnType<typeof requestOf>): string | null {
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim() || null;
    if (context.getType<string>() !== 'http') return null;
    const cookies = (request as { cookies?: Record<string, string> }).cookies;
    return cookies?.[SESSION_COOKIE] ?? null;
  }
}
