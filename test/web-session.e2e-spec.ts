import { Role } from '@tremplin/core';
import { TEST_PASSWORD, TestPlatform } from './support/test-platform';

/** Posts the login form without following the redirect; returns the response. */
async function submitLogin(platform: TestPlatform, fields: Record<string, string>): Promise<Response> {
  return fetch(`${platform.baseUrl}/connexion`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

describe('staff pages: login form, session cookie, queue dashboard', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false });
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('shows an accessible French login form', async () => {
    const response = await fetch(`${platform.baseUrl}/connexion?suite=/admin/queues`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<label for="email">Adresse e-mail</label>');
    expect(html).toContain('<label for="password">Mot de passe</label>');
    expect(html).toContain('value="/admin/queues"');
  });

  it('sends a browser without session to the login form, then to the dashboard once logged in as admin', async () => {
    const anonymous = await fetch(`${platform.baseUrl}/admin/queues`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/connexion?suite=%2Fadmin%2Fqueues');

    const admin = await platform.createStaff(Role.ADMIN);
    const login = await submitLogin(platform, {
      email: admin.user.email,
      password: TEST_PASSWORD,
      suite: '/admin/queues',
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/admin/queues');
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tremplin_session=[^;]+; .*HttpOnly/);
    expect(cookie).toContain('SameSite=Lax');

    const board = await fetch(`${platform.baseUrl}/admin/queues`, { headers: { cookie: cookie.split(';')[0] } });
    expect(board.status).toBe(200);
    const page = await board.text();
    expect(page).toContain('Tremplin — files');
    // Offline, and nothing sent to a third party: every stylesheet and script is served from here.
    expect(page).toMatch(/<script defer src="static\/js\/main\.[\w]+\.js">/);
    expect(page).not.toMatch(/(href|src)="(https?:)?\/\//);
    const api = await fetch(`${platform.baseUrl}/admin/queues/api/queues`, {
      headers: { cookie: cookie.split(';')[0] },
    });
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

  it('shows the form again with a French error after wrong credentials, without setting a cookie', async () => {
    const response = await submitLogin(platform, {
      email: 'inconnu@test.tremplin.fr',
      password: 'mauvais',
      suite: '/admin/queues',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Adresse e-mail ou mot de passe incorrect, ou compte désactivé.');
  });

  it('never redirects to another site after login', async () => {
    const admin = await platform.createStaff(Role.ADMIN);
    for (const suite of ['https://exemple.com/', '//exemple.com', '/\\exemple.com']) {
      const response = await submitLogin(platform, { email: admin.user.email, password: TEST_PASSWORD, suite });
      expect(response.headers.get('location')).toBe('/graphql');
    }
  });

  it('does not accept the session cookie for GraphQL (bearer token only)', async () => {
    const admin = await platform.createStaff(Role.ADMIN);
    const login = await submitLogin(platform, { email: admin.user.email, password: TEST_PASSWORD });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const response = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
