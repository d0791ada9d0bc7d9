import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, ErrorCode, PUBLIC_KEY, ROLES_KEY, Role, type AuthUser } from '@tremplin/core';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';

const referent: AuthUser = {
  id: 'u1',
  email: 'r@ain.fr',
  role: Role.REFERENT,
  firstName: 'R',
  lastName: 'R',
  territoryId: null,
  isTerritoryManager: false,
  associationId: null,
};

function contextWith(metadata: Record<string, unknown>, headers: Record<string, string> = {}) {
  const handler = () => undefined;
  for (const [key, value] of Object.entries(metadata)) Reflect.defineMetadata(key, value, handler);
  const request: { headers: Record<string, string>; user?: AuthUser } = { headers };
  const context = {
    getHandler: () => handler,
    getClass: () => class {},
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

const auth = {
  authenticate: async (token: string) =>
    token === 'valid' ? referent : Promise.reject(new AppException(ErrorCode.UNAUTHENTICATED)),
};
const guard = new AuthGuard(new Reflector(), auth as unknown as AuthService);

async function codeOf(promise: Promise<unknown>): Promise<ErrorCode | 'allowed'> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (error instanceof AppException) return error.code;
    throw error;
  }
}

describe(AuthGuard.name, () => {
  it('refuses an operation that declares neither roles nor public access (deny by default)', async () => {
    const { context } = contextWith({}, { authorization: 'Bearer valid' });
    expect(await codeOf(guard.canActivate(context))).toBe(ErrorCode.FORBIDDEN);
  });

  it('lets anyone call a public operation', async () => {
    const { context } = contextWith({ [PUBLIC_KEY]: true });
    expect(await codeOf(guard.canActivate(context))).toBe('allowed');
  });

  it('requires a valid token for a role-restricted operation', async () => {
    expect(await codeOf(guard.canActivate(contextWith({ [ROLES_KEY]: [Role.REFERENT] }).context))).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
    expect(
      await codeOf(
        guard.canActivate(contextWith({ [ROLES_KEY]: [Role.REFERENT] }, { authorization: 'Bearer forged' }).context),
      ),
    ).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses a role that is not listed, and sets the user when it is', async () => {
    expect(
      await codeOf(
        guard.canActivate(contextWith({ [ROLES_KEY]: [Role.ADMIN] }, { authorization: 'Bearer valid' }).context),
      ),
    ).toBe(ErrorCode.FORBIDDEN);
    const { context, request } = contextWith(
      { [ROLES_KEY]: [Role.ADMIN, Role.REFERENT] },
      { authorization: 'Bearer valid' },
    );
    expect(await codeOf(guard.canActivate(context))).toBe('allowed');
    expect(request.user).toEqual(referent);
  });
});
