import { PersonAudience } from '@tremplin/beneficiaries';
import { Access, Actor, Permission, permissionKey } from '@tremplin/platform';
import { GraphQLSchema, isNonNullType } from 'graphql';
import { pdfText } from '../support/passport-helpers';
import { leakedFields } from '../support/person-leaks';
import { tablesFingerprint } from '../support/beneficiary-helpers';
import { ProbeContext, Vars } from './context';
import { OperationType, documentFor, fieldOf } from './documents';
import { HttpCall, PROBES, Probe, ROUTE_PROBES, RouteProbe } from './probes';

/** One cell of the table to try: an operation, a caller, and whether the call is within the caller's scope. */
export interface Attempt {
  permission: Permission;
  actor: Actor;
  /** `in`: within scope, must succeed; `out`: out of scope; `refused`: the table denies the caller. */
  mode: 'in' | 'out' | 'refused';
}

/** A call ready to go: its arguments were prepared (fresh data made) before anything is measured. */
export interface PreparedCall {
  attempt: Attempt;
  run: () => Promise<Outcome>;
}

/** What came back, and whether it agrees with the table (null: it does). */
export interface Outcome {
  attempt: Attempt;
  problem: string | null;
}

const describeAttempt = ({ permission, actor, mode }: Attempt) => `${permissionKey(permission)} as ${actor} (${mode})`;

/** What the host association and a coordinator read of the world's person (the others read the file). */
const AUDIENCES: Partial<Record<Actor, PersonAudience>> = {
  association: PersonAudience.HOST,
  coordinator: PersonAudience.COORDINATOR,
};

export function attemptsOf(permissions: readonly Permission[], actors: readonly Actor[]): Attempt[] {
  return permissions.flatMap((permission) =>
    actors.flatMap((actor): Attempt[] => {
      switch (permission.access[actor]) {
        case Access.ALLOWED:
          return [{ permission, actor, mode: 'in' }];
        case Access.SCOPE:
          return [
            { permission, actor, mode: 'in' },
            { permission, actor, mode: 'out' },
          ];
        case Access.DENIED:
          return [{ permission, actor, mode: 'refused' }];
      }
    }),
  );
}

const isPublicCaller = (actor: Actor) => actor === Actor.ANONYMOUS || actor === Actor.LINK;

/** Runs `tasks` with at most `width` at a time, in order of start. */
export async function pooled<T>(tasks: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let nextIndex = 0;
  const lanes = Array.from({ length: Math.min(width, tasks.length) }, async () => {
    while (nextIndex < tasks.length) {
      const index = nextIndex++;
      results[index] = await tasks[index]();
    }
  });
  await Promise.all(lanes);
  return results;
}

export class Runner {
  constructor(
    private readonly ctx: ProbeContext,
    private readonly schema: GraphQLSchema,
  ) {}

  /** Prepares one attempt: builds its arguments (and the fresh data they name), returns the call. */
  async prepare(attempt: Attempt): Promise<PreparedCall> {
    const key = permissionKey(attempt.permission);
    if (attempt.permission.kind === 'route') {
      const probe = ROUTE_PROBES[key];
      if (!probe) throw new Error(`No probe for ${key}: add one to test/permissions/probes.ts`);
      return this.prepareRoute(attempt, probe);
    }
    const probe = PROBES[key];
    if (!probe) throw new Error(`No probe for ${key}: add one to test/permissions/probes.ts`);
    return this.prepareOperation(attempt, probe);
  }

  private async prepareOperation(attempt: Attempt, probe: Probe): Promise<PreparedCall> {
    const { actor, mode, permission } = attempt;
    const kind = permission.kind as OperationType;
    let variables: Vars;
    if (mode === 'in') variables = (await probe.vars?.(this.ctx, actor)) ?? {};
    else if (mode === 'out') {
      if (!probe.outside)
        throw new Error(`${permissionKey(permission)} is « within scope » but its probe has no outside`);
      variables = await probe.outside(this.ctx, actor);
    } else variables = (await probe.refused?.(this.ctx)) ?? {};
    const defined = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined));
    const { document, variables: filled } = documentFor(this.schema, kind, permission.name, defined, probe.selection);
    const nonNull = isNonNullType(fieldOf(this.schema, kind, permission.name).type);
    const bearer = mode === 'in' && probe.bearer ? await probe.bearer(this.ctx, actor) : this.ctx.bearer(actor);
    return {
      attempt,
      run: async () => {
        const answer = await this.ctx.platform.gql<Record<string, unknown>>(document, filled, bearer);
        return { attempt, problem: this.judgeOperation(attempt, probe, answer, nonNull) };
      },
    };
  }

  private judgeOperation(
    attempt: Attempt,
    probe: Probe,
    answer: {
      data?: Record<string, unknown> | null;
      errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
    },
    nonNull: boolean,
  ): string | null {
    const { actor, mode, permission } = attempt;
    const error = answer.errors?.[0];
    const code = error?.extensions?.code as string | undefined;
    const value = answer.data?.[permission.name];
    const said = () => (error ? `${code}: ${error.message}` : JSON.stringify(answer.data).slice(0, 300));
    const isList = !!probe.list;
    if (mode === 'in' || (mode === 'out' && isList)) {
      if (error) return `expected an answer, got ${said()}`;
      if (value === undefined || (nonNull && value === null)) return 'expected data, got none';
      const text = JSON.stringify(value);
      if (isList && mode === 'in') {
        const missing = probe.list!.shows(this.ctx, actor).filter((id) => !text.includes(id));
        if (missing.length) return `the list does not show ${missing.join(', ')}`;
      }
      if (isList && mode === 'out') {
        const shown = probe.list!.hides(this.ctx, actor).filter((id) => text.includes(id));
        if (shown.length) return `the list shows ${shown.join(', ')}, out of scope`;
      }
      return this.leaks(actor, text);
    }
    const expected = isPublicCaller(actor) ? ['UNAUTHENTICATED'] : ['FORBIDDEN', 'NOT_FOUND'];
    if (!error) return `expected ${expected.join(' or ')}, got data ${said()}`;
    if (!expected.includes(code ?? '')) return `expected ${expected.join(' or ')}, got ${said()}`;
    if (value !== undefined && value !== null) return `refused but answered ${JSON.stringify(value).slice(0, 200)}`;
    if (/^(forbidden|unauthorized|not found)/i.test(error.message))
      return `the message is not French: ${error.message}`;
    return null;
  }

  private async prepareRoute(attempt: Attempt, probe: RouteProbe): Promise<PreparedCall> {
    const { actor, mode, permission } = attempt;
    let call: HttpCall;
    if (mode === 'in') call = await probe.request(this.ctx, actor);
    else if (mode === 'out') {
      if (!probe.outside)
        throw new Error(`${permissionKey(permission)} is « within scope » but its probe has no outside`);
      call = await probe.outside(this.ctx, actor);
    } else call = probe.refused ? await probe.refused(this.ctx) : await probe.request(this.ctx, Actor.ADMIN);
    const [method] = permission.name.split(' ');
    if (call.method !== method) throw new Error(`${permissionKey(permission)}: its probe sends ${call.method}`);
    // A refused caller always shows what it has: its session (or link) does not open the route.
    const bearer = mode === 'in' && call.anonymous ? undefined : this.ctx.bearer(actor);
    return {
      attempt,
      run: async () => {
        const response = await fetch(`${this.ctx.platform.baseUrl}${call.path}`, {
          method: call.method,
          redirect: 'manual',
          headers: {
            accept: call.accept === 'html' ? 'text/html' : 'application/json',
            ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
            ...(call.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          },
          body: call.form ? new URLSearchParams(call.form).toString() : call.method === 'POST' ? '' : undefined,
        });
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { attempt, problem: await this.judgeRoute(attempt, probe, response, bytes) };
      },
    };
  }

  private async judgeRoute(
    attempt: Attempt,
    probe: RouteProbe,
    response: Response,
    bytes: Uint8Array,
  ): Promise<string | null> {
    const { actor, mode, permission } = attempt;
    const status = response.status;
    const location = response.headers.get('location') ?? '';
    if (mode === 'in') {
      const ok = probe.ok ?? [200];
      if (!ok.includes(status))
        return `expected ${ok.join(' or ')}, got ${status} ${new TextDecoder().decode(bytes).slice(0, 200)}`;
      if (!probe.download) return null;
      const text = probe.download === 'pdf' ? await pdfText(bytes) : new TextDecoder().decode(bytes);
      return this.leaks(actor, text);
    }
    const isLinkRoute = permission.access.link === Access.ALLOWED && permission.access.admin === Access.DENIED;
    if (isLinkRoute) return [401, 404].includes(status) ? null : `expected 401 or 404 (dead link), got ${status}`;
    if (isPublicCaller(actor)) {
      if (status === 401 || (status === 303 && location.startsWith('/connexion'))) return null;
      return `expected 401 or a redirect to /connexion, got ${status} ${location}`;
    }
    return [403, 404].includes(status) ? null : `expected 403 or 404, got ${status}`;
  }

  /** For the host association and a coordinator: no field of the world's person beyond their list. */
  private leaks(actor: Actor, text: string): string | null {
    const audience = AUDIENCES[actor];
    if (!audience) return null;
    const leaked = leakedFields(text, audience, this.ctx.world.journey.person.email as string);
    return leaked.length ? `gives away ${leaked.join(', ')} of the person` : null;
  }
}

/** A fingerprint of every table of the platform (but the rate-limit counters, which count refusals too). */
export async function everyTable(ctx: ProbeContext): Promise<Record<string, string>> {
  const tables = (await ctx.platform.dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('rate_limit', 'migrations')
     ORDER BY tablename`,
  )) as Array<{ tablename: string }>;
  return tablesFingerprint(
    ctx.platform,
    tables.map((t) => t.tablename),
  );
}

export { describeAttempt };
