import { Role } from '@tremplin/core';
import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, TestPlatform } from '../support/test-platform';
import { auditPage, launchBrowser, logIn, newContext } from './support/browser';

const SUITE = 'auth';

/** The console link (`/mot-de-passe/nouveau?jeton=…`) of the last email with this subject to this address. */
async function passwordLinkSentTo(platform: TestPlatform, email: string, subject: string): Promise<string> {
  const mails = await platform.smtp.waitFor((all) => all.some((m) => m.to.includes(email) && m.subject === subject));
  const mail = mails.filter((m) => m.to.includes(email) && m.subject === subject).at(-1)!;
  const url = /(http:\/\/[^\s\]]+\/mot-de-passe\/nouveau\?jeton=[\w.-]+)/.exec(mail.text)?.[1];
  if (!url) throw new Error(`no console link in: ${mail.text}`);
  return url;
}

describe('console in the browser: login, logout, passwords, 404, accessibility statement', () => {
  let platform: TestPlatform;
  let browser: Browser;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ worker: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function freshPage(): Promise<Page> {
    return (await newContext(browser)).newPage();
  }

  it('shows an accessible French login page and refuses wrong credentials in French', async () => {
    const page = await freshPage();
    await page.goto(`${platform.baseUrl}/`);
    await page.waitForURL(`${platform.baseUrl}/connexion`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    expect(await page.title()).toBe('Connexion — Tremplin');
    expect(await auditPage(page, SUITE, 'connexion')).toEqual([]);

    // Checked before sending, as the server would.
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Ce champ est obligatoire.').first().waitFor();

    await page.getByLabel('Adresse e-mail').fill('inconnu@test.tremplin.fr');
    await page.getByLabel('Mot de passe', { exact: true }).fill('mauvais-mot-de-passe');
    // Once the field is left, its corrected value clears the errors shown — and the button moves up:
    // a click during that shift would press where the button was (mousedown blurs the field).
    await page.getByLabel('Mot de passe', { exact: true }).blur();
    await page.getByText('Ce champ est obligatoire.').first().waitFor({ state: 'detached' });
    // Waiting for the server's answer tells a click the form did not send apart from a slow server.
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && Boolean(response.request().postData()?.includes('OpenSession')),
      { timeout: 45_000 },
    );
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await answered;
    await page.getByRole('alert').getByText('Adresse e-mail ou mot de passe incorrect, ou compte désactivé.').waitFor();
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('inconnu@test.tremplin.fr');
    expect(await auditPage(page, SUITE, 'connexion-erreur')).toEqual([]);
    await page.context().close();
  });

  it('logs in, keeps a deep link through the login page, and logs out for good', async () => {
    const referent = await platform.createStaff(Role.REFERENT, { firstName: 'Amandine', lastName: 'Roussel' });
    const page = await freshPage();
    await page.goto(`${platform.baseUrl}/compte`);
    await page.waitForURL(`${platform.baseUrl}/connexion?suite=%2Fcompte`);
    await logIn(page, platform, referent.user.email, TEST_PASSWORD, '/connexion?suite=%2Fcompte');
    expect(new URL(page.url()).pathname).toBe('/compte');
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await page.getByText('Référent(e) de parcours').first().waitFor();
    expect(await auditPage(page, SUITE, 'compte')).toEqual([]);

    await page.getByRole('link', { name: 'Accueil', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour Amandine' }).waitFor();
    expect(await auditPage(page, SUITE, 'accueil')).toEqual([]);

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${platform.baseUrl}/connexion`);
    expect((await page.context().cookies()).filter((c) => c.name === 'tremplin_session')).toEqual([]);
    await page.goto(`${platform.baseUrl}/accueil`);
    await page.waitForURL(`${platform.baseUrl}/connexion`);
    await page.context().close();
  });

  it('lets an invited person choose a password from the email and land in the console', async () => {
    const admin = await platform.createStaff(Role.ADMIN);
    const email = 'nouvelle.coordinatrice@test.tremplin.fr';
    await platform.gqlOk(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, role: 'COORDINATOR', firstName: 'Inès', lastName: 'Morel' } },
      admin.token,
    );
    const link = await passwordLinkSentTo(
      platform,
      email,
      'Votre compte Tremplin est ouvert : choisissez votre mot de passe',
    );
    const page = await freshPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Tremplin' }).waitFor();
    expect(await auditPage(page, SUITE, 'choisir-mot-de-passe')).toEqual([]);

    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
    await page.getByLabel('Confirmez le mot de passe').fill('court');
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await page.getByText('Le mot de passe doit contenir au moins 12 caractères.').waitFor();

    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('une phrase de passe solide');
    await page.getByLabel('Confirmez le mot de passe').fill('une phrase de passe solide');
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await page.waitForURL(`${platform.baseUrl}/accueil`);
    await page.getByRole('heading', { level: 1, name: 'Bonjour Inès' }).waitFor();

    // The link has served: opened again, it says so and offers a new one.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Lien invalide ou expiré' }).waitFor();
    await page.getByRole('link', { name: 'Recevoir un nouveau lien' }).click();
    await page.waitForURL(`${platform.baseUrl}/mot-de-passe/oublie`);
    await page.context().close();
  });

  it('resets a forgotten password from the login page', async () => {
    const coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Noé' });
    const page = await freshPage();
    await page.goto(`${platform.baseUrl}/connexion`);
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    expect(await auditPage(page, SUITE, 'mot-de-passe-oublie')).toEqual([]);
    await page.getByLabel('Adresse e-mail de votre compte').fill(coordinator.user.email);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await page.getByRole('status').getByText(`Si un compte actif correspond à ${coordinator.user.email}`).waitFor();

    const link = await passwordLinkSentTo(
      platform,
      coordinator.user.email,
      'Tremplin : choisir un nouveau mot de passe',
    );
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Nouveau mot de passe' }).waitFor();
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('la nouvelle phrase de Noé');
    await page.getByLabel('Confirmez le mot de passe').fill('la nouvelle phrase de Noé');
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour Noé' }).waitFor();
    await page.context().close();

    const again = await freshPage();
    await logIn(again, platform, coordinator.user.email, 'la nouvelle phrase de Noé');
    expect(new URL(again.url()).pathname).toBe('/accueil');
    await again.context().close();
  });

  it('changes the password from « Mon compte », with the errors next to their fields', async () => {
    const referent = await platform.createStaff(Role.REFERENT);
    const page = await freshPage();
    await logIn(page, platform, referent.user.email, TEST_PASSWORD, '/connexion?suite=%2Fcompte');
    await page.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot-de-passe');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('une phrase toute neuve');
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('une phrase toute neuve');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('le mot de passe actuel est incorrect').waitFor();
    // What was typed in the other fields is kept.
    expect(await page.getByLabel('Nouveau mot de passe', { exact: true }).inputValue()).toBe('une phrase toute neuve');

    await page.getByLabel('Mot de passe actuel').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByRole('status').getByText('Votre mot de passe a été changé.').waitFor();
    // This browser stays logged in.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await page.context().close();
  });

  it('shows a real 404 page whose link works, and the accessibility statement', async () => {
    const page = await freshPage();
    const response = await page.goto(`${platform.baseUrl}/nulle-part`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    expect(await auditPage(page, SUITE, '404')).toEqual([]);
    await page.getByRole('link', { name: 'Aller à l’accueil' }).click();
    await page.waitForURL(`${platform.baseUrl}/connexion`);

    await page.getByRole('link', { name: 'Accessibilité : non conforme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
    expect(await page.getByText('aucune violation détectée').count()).toBe(1);
    expect(await auditPage(page, SUITE, 'accessibilite')).toEqual([]);
    await page.context().close();
  });
});
