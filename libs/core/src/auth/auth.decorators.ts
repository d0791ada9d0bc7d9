import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from './auth-user';
import { ALL_ROLES, Role } from './role';

export const ROLES_KEY = 'tremplin:roles';
export const PUBLIC_KEY = 'tremplin:public';

/**
 * Who may call this operation. Every resolver method and route needs either @Roles or
 * @Public: the guard refuses operations that have neither (deny by default).
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in staff member; finer checks happen in the service. */
export const AnyStaff = () => SetMetadata(ROLES_KEY, ALL_ROLES);

/** Open to anyone (login, health, signed beneficiary links). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The incoming HTTP request, whether the handler is a GraphQL resolver or a controller. */
export function requestOf(context: ExecutionContext): {
  user?: AuthUser;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
} {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: never }>().req;
  }
  return context.switchToHttp().getRequest();
}

/** The authenticated user (set by the guard). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser | undefined => {
  return requestOf(context).user;
});
