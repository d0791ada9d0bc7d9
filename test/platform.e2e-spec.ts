import {
  EmailMessage,
  EmailStatus,
  JobName,
  Mailer,
  Outbox,
  OutboxJob,
  Role,
  SendEmailHandler,
  Transaction,
  UnitOfWork,
} from '@tremplin/core';
import { IsNull } from 'typeorm';
import { Territory, WELCOME_MAIL } from '@tremplin/identity';
import { TEST_PASSWORD, TestPlatform, eventually } from './support/test-platform';

const codeOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.code;

describe('platform plumbing', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({
      env: { LOGIN_RATE_LIMIT: '5', GRAPHQL_MAX_COMPLEXITY: '300', GRAPHQL_MAX_DEPTH: '4' },
    });
  });

  afterAll(async () => {
    await platform.stop();
  });

  describe('GET /health', () => {
    it('reports the database and the queue up', async () => {
      const response = await fetch(`${platform.baseUrl}/health`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { status: string; details: Record<string, { status: string }> };
      expect(body.status).toBe('ok');
      expect(body.details.database.status).toBe('up');
      expect(body.details.queue.status).toBe('up');
    });
  });

  describe('GraphiQL', () => {
    it('serves an IDE page at GET /graphql that loads nothing from outside', async () => {
      const response = await fetch(`${platform.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('GraphiQL');
      const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(references.length).toBeGreaterThanOrEqual(4);
      expect(references.every((ref) => ref.startsWith('/'))).toBe(true);
      expect(html).not.toMatch(/https?:\/\//);
      for (const ref of references) {
        const asset = await fetch(`${platform.baseUrl}${ref}`);
        expect(asset.status).toBe(200);
        expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }
    });

    it('still answers GraphQL queries sent with GET', async () => {
      const response = await fetch(`${platform.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('query limits', () => {
    it('refuses a too deep operation before running it', async () => {
      const admin = await platform.createStaff(Role.ADMIN);
      const shallow = `{ users(first: 1) { edges { node { email } } } }`;
      expect((await platform.gql(shallow, {}, admin.token)).errors).toBeUndefined();
      const deep = `{ users(first: 1) { edges { node { territory { name } } } } }`;
      const result = await platform.gql(deep, {}, admin.token);
      expect(result.data).toBeUndefined();
      expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
      expect(result.errors?.[0]?.message).toBe('Requête trop imbriquée : 4 niveaux au plus.');
    });

    it('refuses a too complex operation before running any of it', async () => {
      const admin = await platform.createStaff(Role.ADMIN);
      const fields = Array.from(
        { length: 80 },
        (_, i) => `t${i}: createTerritory(input: { code: "CDS-T${i}", name: "T${i}" }) { id code name createdAt }`,
      );
      const result = await platform.gql(`mutation { ${fields.join('\n')} }`, {}, admin.token);
      expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
      expect(result.errors?.[0]?.message).toMatch(/^Requête trop complexe \(coût \d+, maximum 300\)/);
      expect(await platform.dataSource.getRepository(Territory).count({ where: { code: 'CDS-T0' } })).toBe(0);
    });

    it('prices a list by the page size asked for', async () => {
      const admin = await platform.createStaff(Role.ADMIN);
      // 1 for the connection, then per user: its edge and its node (scalars come with them) and pageInfo.
      const query = (first: number) =>
        `{ users(first: ${first}) { pageInfo { endCursor } edges { cursor node { id email firstName lastName phone role createdAt } } } }`;
      expect((await platform.gql(query(99), {}, admin.token)).errors).toBeUndefined();
      const refused = await platform.gql(query(100), {}, admin.token);
      expect(codeOf(refused)).toBe('QUERY_TOO_COMPLEX');
      expect(refused.errors?.[0]?.message).toMatch(/^Requête trop complexe \(coût 301, maximum 300\)/);
    });
  });

  describe('rate limiting', () => {
    it('refuses logins beyond the budget of the minute with RATE_LIMITED, even with the right password', async () => {
      const staff = await platform.createStaff(Role.REFERENT);
      const login = (password: string) =>
        platform.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, {
          input: { email: staff.user.email, password },
        });
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await login('mauvais-mot-de-passe'));
      expect(results.map(codeOf)).toEqual(Array(5).fill('UNAUTHENTICATED'));
      const blocked = await login(TEST_PASSWORD);
      expect(codeOf(blocked)).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0]?.message).toBe(
        'Trop de tentatives. Merci de patienter une minute avant de réessayer.',
      );
    });
  });

  describe('errors of plain HTTP routes', () => {
    it('answers an unknown route in French, as JSON or as a page', async () => {
      const json = await fetch(`${platform.baseUrl}/nulle-part`, { headers: { accept: 'application/json' } });
      expect(json.status).toBe(404);
      expect(await json.json()).toEqual({ code: 'NOT_FOUND', message: "L'élément demandé est introuvable." });
      const page = await fetch(`${platform.baseUrl}/nulle-part`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      const html = await page.text();
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain('Page introuvable');
    });
  });

  describe('outbox and email', () => {
    const welcome = (to: string) => ({
      template: WELCOME_MAIL,
      to,
      data: {
        firstName: 'Dominique',
        roleLabel: 'référent(e) de parcours',
        email: to,
        passwordUrl: `${platform.baseUrl}/mot-de-passe/nouveau?jeton=exemple`,
        validity: '7 jours',
      },
    });

    /** Commits an email and its job like an API process that dies right after the commit. */
    async function commitWithoutDispatch(idempotencyKey: string, to: string): Promise<void> {
      await platform.dataSource.transaction(async (manager) => {
        await platform.api
          .get(Mailer)
          .queue(new Transaction(manager, platform.api.get(Outbox)), { idempotencyKey, ...welcome(to) });
      });
    }

    it('sends an email whose job was committed but never handed to the queue (outbox relay)', async () => {
      await commitWithoutDispatch('test:relay', 'relais@test.tremplin.fr');
      const pending = await platform.dataSource.getRepository(OutboxJob).findBy({ dispatchedAt: IsNull() });
      expect(pending.map((job) => job.jobName)).toEqual([JobName.SendEmail]);
      await platform.dataSource.query(`UPDATE outbox_job SET created_at = now() - interval '1 minute'`);

      expect(await platform.api.get(Outbox).relay()).toEqual({ checked: 1, handed: 1 });
      const mails = await platform.smtp.waitFor((all) => all.some((m) => m.to.includes('relais@test.tremplin.fr')));
      expect(mails.filter((m) => m.to.includes('relais@test.tremplin.fr'))).toHaveLength(1);
      const email = await eventually(() =>
        platform.dataSource
          .getRepository(EmailMessage)
          .findOneBy({ idempotencyKey: 'test:relay', status: EmailStatus.SENT }),
      );
      expect(email.messageId).toBe(`<${email.id}@127.0.0.1>`);
      expect(await platform.dataSource.getRepository(OutboxJob).countBy({ dispatchedAt: IsNull() })).toBe(0);
    });

    it('sends an email once even when its job runs twice at the same time and again later', async () => {
      await commitWithoutDispatch('test:twice', 'deux-fois@test.tremplin.fr');
      const email = await platform.dataSource
        .getRepository(EmailMessage)
        .findOneByOrFail({ idempotencyKey: 'test:twice' });
      const handler = platform.worker!.get(SendEmailHandler);
      const outcomes = await Promise.all([handler.send({ emailId: email.id }), handler.send({ emailId: email.id })]);
      expect(outcomes.map((o) => o.status)).toEqual([EmailStatus.SENT, EmailStatus.SENT]);
      await handler.send({ emailId: email.id });
      await platform.settle();
      expect(platform.smtp.to('deux-fois@test.tremplin.fr')).toHaveLength(1);
    });

    it('writes one email per idempotency key, however often it is asked for', async () => {
      const mailer = platform.api.get(Mailer);
      const results = await platform.api
        .get(UnitOfWork)
        .run(async (tx) => [
          await mailer.queue(tx, { idempotencyKey: 'test:once', ...welcome('une-fois@test.tremplin.fr') }),
          await mailer.queue(tx, { idempotencyKey: 'test:once', ...welcome('une-fois@test.tremplin.fr') }),
        ]);
      expect(results).toEqual([true, false]);
      await platform.smtp.waitFor((all) => all.some((m) => m.to.includes('une-fois@test.tremplin.fr')));
      await platform.settle();
      expect(platform.smtp.to('une-fois@test.tremplin.fr')).toHaveLength(1);
      const [mail] = platform.smtp.to('une-fois@test.tremplin.fr');
      expect(mail.text).toContain('Bonjour Dominique');
      expect(mail.html).toContain('<html lang="fr"');
      expect(mail.parsed.from?.value[0]).toEqual({ name: 'Tremplin', address: 'no-reply@tremplin.test' });
    });
  });
});
