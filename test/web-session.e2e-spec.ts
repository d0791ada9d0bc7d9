import { Role } from '@tremplin/core';
import { Territory } from '@tremplin/identity';
import { TEST_PASSWORD, TestPlatform } from './support/test-platform';

const OPEN_SESSION = `mutation($input: LoginInput!) { openSession(input: $input) { expiresAt user { email role } } }`;
const ME = `{ me { email } }`;
const CREATE_TERRITORY = `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id } }`;

type Result = { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;

describe('the console on the API: session cookie, protection against cross-site requests, pages', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false });
  });

  afterAll(async () => {
    await platform.stop();
  });

  describe('openSession and closeSession', () => {
    it('opens a session in an HttpOnly, SameSite=Strict cookie and gives no token to the page', async () => {
      const admin = await platform.createStaff(Role.ADMIN);
      const response = await fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: OPEN_SESSION,
          variables: { input: { email: admin.user.email, password: TEST_PASSWORD } },
        }),
      });
      const body = (await response.json()) as { data: { openSession: Record<string, unknown> } };
      expect(body.data.openSession).toMatchObject({ user: { email: admin.user.email, role: 'ADMIN' } });
      expect(JSON.stringify(body)).not.toMatch(/eyJ/); // no JWT in what the page can read
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^tremplin_session=[^;]+;/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Path=/');
    });

    it('refuses wrong credentials without setting a cookie', async () => {
      const response = await fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: OPEN_SESSION,
          variables: { input: { email: 'inconnu@test.tremplin.fr', password: 'mauvais-mot-de-passe' } },
        }),
      });
      const body = (await response.json()) as Result;
      expect(codeOf(body)).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).toBe('Adresse e-mail ou mot de passe incorrect, ou compte désactivé.');
      expect(response.headers.get('set-cookie')).toBeNull();
    });

    it('closes the session: the cookie is cleared', async () => {
      const referent = await platform.createStaff(Role.REFERENT);
      const browser = await platform.browserSession(referent.user.email, TEST_PASSWORD);
      const response = await fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: browser.cookie, 'x-tremplin-client': 'console' },
        body: JSON.stringify({ query: 'mutation { closeSession }' }),
      });
      expect(response.headers.get('set-cookie')).toMatch(/^tremplin_session=;.*Expires=Thu, 01 Jan 1970/);
    });

    it('ends the session of a disabled account at once', async () => {
      const admin = await platform.createStaff(Role.ADMIN);
      const referent = await platform.createStaff(Role.REFERENT);
      const browser = await platform.browserSession(referent.user.email, TEST_PASSWORD);
      expect((await browser.gql<{ me: { email: string } }>(ME)).data?.me.email).toBe(referent.user.email);
      await platform.gqlOk(`mutation($id: ID!) { disableUser(id: $id) { id } }`, { id: referent.user.id }, admin.token);
      expect(codeOf(await browser.gql(ME))).toBe('UNAUTHENTICATED');
    });
  });

  describe('cross-site request forgery', () => {
    it('runs operations with the cookie and the console header', async () => {
      const admin = await platform.createStaff(Role.ADMIN);
      const browser = await platform.browserSession(admin.user.email, TEST_PASSWORD);
      expect((await browser.gql<{ me: { email: string } }>(ME)).data?.me.email).toBe(admin.user.email);
    });

    it('refuses a request carrying only the cookie (what another site can make a browser send), writing nothing', async () => {
      const admin = await platform.createStaff(Role.ADMIN);
      const browser = await platform.browserSession(admin.user.email, TEST_PASSWORD);
      const territories = () => platform.dataSource.getRepository(Territory).count();
      const before = await territories();
      for (const headers of [{}, { 'x-tremplin-client': 'autre-chose' }] as Record<string, string>[]) {
        const result = await browser.gql(CREATE_TERRITORY, { input: { code: 'CDS-PIEGE', name: 'Piège' } }, headers);
        expect(codeOf(result)).toBe('FORBIDDEN');
        expect(result.errors?.[0]?.extensions?.reason).toBe('CROSS_SITE');
        expect(result.errors?.[0]?.message).toContain('protection contre les requêtes intersites');
      }
      // A form posted from another site cannot even send JSON: Apollo refuses it before any resolver.
      const form = await fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: browser.cookie },
        body: new URLSearchParams({ query: 'mutation { closeSession }' }).toString(),
      });
      expect(form.status).toBeGreaterThanOrEqual(400);
      expect(await territories()).toBe(before);
    });

    it('keeps bearer tokens working for scripts, without the console header', async () => {
      const admin = await platform.createStaff(Role.ADMIN);
      expect((await platform.gqlOk<{ me: { email: string } }>(ME, {}, admin.token)).me.email).toBe(admin.user.email);
    });
  });

  describe('pages served by the API', () => {
    it('serves the console on `/` and on its routes, with a strict content security policy', async () => {
      for (const path of ['/', '/connexion', '/accueil', '/mot-de-passe/oublie', '/accessibilite']) {
        const response = await fetch(`${platform.baseUrl}${path}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/html');
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
        const html = await response.text();
        expect(html).toContain('<html lang="fr">');
        expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
      }
    });

    it('serves the hashed assets with a long cache', async () => {
      const html = await (await fetch(`${platform.baseUrl}/connexion`)).text();
      const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
      const response = await fetch(`${platform.baseUrl}${script}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await fetch(`${platform.baseUrl}/assets/absent.js`)).status).toBe(404);
    });

    it('answers an unknown page with a real 404 that still says « Page introuvable » without JavaScript', async () => {
      const response = await fetch(`${platform.baseUrl}/nulle-part`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('<h1>Page introuvable</h1>');
      expect(html).toContain('<a href="/">Retour à l’accueil</a>');
      expect(html).toMatch(/src="\/assets\/index-[\w-]+\.js"/);
    });

    it('leaves GraphQL, health and the signed links to the API', async () => {
      expect((await fetch(`${platform.baseUrl}/health`)).headers.get('content-type')).toContain('application/json');
      const link = await fetch(`${platform.baseUrl}/p/pas-un-jeton`);
      expect(link.status).toBe(404);
      expect(await link.text()).not.toContain('/assets/index-');
    });
  });

  describe('queue dashboard', () => {
    it('sends a browser without a session to the console login, then opens the board to an admin cookie', async () => {
      const anonymous = await fetch(`${platform.baseUrl}/admin/queues`, { redirect: 'manual' });
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get('location')).toBe('/connexion?suite=%2Fadmin%2Fqueues');

      const admin = await platform.createStaff(Role.ADMIN);
      const browser = await platform.browserSession(admin.user.email, TEST_PASSWORD);
      const board = await browser.fetch('/admin/queues');
      expect(board.status).toBe(200);
      const page = await board.text();
      expect(page).toContain('Tremplin — files');
      // Offline, and nothing sent to a third party: every stylesheet and script is served from here.
      expect(page).toMatch(/<script defer src="static\/js\/main\.[\w]+\.js">/);
      expect(page).not.toMatch(/(href|src)="(https?:)?\/\//);
      const api = await browser.fetch('/admin/queues/api/queues');
      const queues = (await api.json()) as { queues: Array<{ name: string }> };
      expect(queues.queues.map((q) => q.name).sort()).toEqual(['indicators', 'mail', 'matching', 'scheduling']);
    });

    it('refuses the dashboard to a non-admin session', async () => {
      const referent = await platform.createStaff(Role.REFERENT);
      const response = await fetch(`${platform.baseUrl}/admin/queues`, {
        headers: { authorization: `Bearer ${referent.token}` },
      });
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('Réservé aux administrateurs.');
    });
  });
});
