import { Association, AssociationStatus } from '@tremplin/associations';
import type { Browser, Page } from 'playwright-core';
import { createAssociation, randomRna } from '../support/association-helpers';
import { TestPlatform } from '../support/test-platform';
import { auditPage, launchBrowser, newContext } from './support/browser';

const SUITE = 'association';
const SLOW = 120_000;

describe('the public sign-up of an association in the browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let takenRna: string;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start(), launchBrowser()]);
    takenRna = (await createAssociation(platform, { name: 'Déjà inscrite' })).association.rna as string;
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  }, SLOW);

  const audit = (page: Page, name: string) => auditPage(page, SUITE, name);

  const field = (page: Page, label: RegExp) => page.locator('.field').filter({ hasText: label });

  it(
    'registers a structure from the login page, with French errors next to their fields (the server’s too), then says what happens next',
    async () => {
      const page = await (await newContext(browser)).newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${platform.baseUrl}/connexion`);
      await page.getByRole('link', { name: 'Inscrire votre structure' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inscrire votre structure' }).waitFor();
      await page.getByRole('checkbox', { name: 'Alimentation et lutte contre le gaspillage' }).waitFor();
      expect(await audit(page, 'inscription')).toEqual([]);

      // Checked before sending, in French, next to each field.
      await page.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      expect(await page.getByText('Ce champ est obligatoire.').count()).toBeGreaterThanOrEqual(5);
      await page.getByRole('textbox', { name: 'Nom de la structure' }).fill('Les Jardins de Brou');
      await page.getByLabel(/^Numéro SIRET/).fill('732 829 320 00075');
      await page.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      await field(page, /^Numéro SIRET/)
        .getByText('Le numéro SIRET n’est pas un numéro SIRET valide (clé de contrôle incorrecte).')
        .waitFor();
      expect(await audit(page, 'inscription-erreurs')).toEqual([]);

      await page.getByLabel(/^Numéro SIRET/).fill('');
      await page.getByLabel(/^Numéro RNA/).fill(takenRna.toLowerCase());
      await page.getByRole('checkbox', { name: 'Alimentation et lutte contre le gaspillage' }).check({ force: true });
      await page.getByLabel('Adresse (numéro et voie)').fill('63 boulevard de Brou');
      await page.getByRole('combobox', { name: /Commune/ }).fill('Bourg-en');
      await page.getByRole('option', { name: 'Bourg-en-Bresse' }).click();
      await page.getByLabel('Adresse e-mail de la structure').fill('contact@jardins-brou.test');
      await page.getByLabel('Téléphone de la structure').fill('04 74 00 11 22');
      await page.getByLabel('Prénom et nom').fill('Odile Favre');
      await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill('accueil@jardins-brou.test');
      await page.getByLabel('Prénom', { exact: true }).fill('Rémi');
      await page.getByLabel('Nom', { exact: true }).fill('Garnier');
      await page.getByLabel(/^Votre adresse e-mail/).fill('remi.garnier@jardins-brou.test');
      await page.getByLabel(/^Mot de passe/).fill('Des-Tomates-En-Hiver-2026');
      await page.getByLabel('Confirmez le mot de passe').fill('Des-Tomates-En-Hiver-2026');
      await page.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      await page.getByText('Acceptez la charte pour envoyer l’inscription.').waitFor();
      await page.getByRole('checkbox', { name: /J’ai lu la charte/ }).check({ force: true });

      // The server refuses the RNA number of a registered structure: its message next to the field, nothing lost.
      await page.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      await page.getByRole('alert').getByText('Un champ est à corriger').waitFor();
      await field(page, /^Numéro RNA/)
        .getByText('Une association est déjà inscrite avec ce numéro RNA.')
        .waitFor();
      expect(await page.getByRole('textbox', { name: 'Nom de la structure' }).inputValue()).toBe('Les Jardins de Brou');
      expect(await page.getByLabel(/^Mot de passe/).inputValue()).toBe('Des-Tomates-En-Hiver-2026');
      expect(await audit(page, 'inscription-erreur-serveur')).toEqual([]);
      expect(await platform.dataSource.getRepository(Association).countBy({ name: 'Les Jardins de Brou' })).toBe(0);

      const rna = randomRna();
      await page.getByLabel(/^Numéro RNA/).fill(rna);
      await page.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inscription envoyée' }).waitFor();
      await page.getByText('Votre inscription attend la validation du Département').waitFor();
      await page.getByText('remi.garnier@jardins-brou.test').waitFor();
      expect(await audit(page, 'inscription-envoyee')).toEqual([]);

      const saved = await platform.dataSource
        .getRepository(Association)
        .findOneByOrFail({ name: 'Les Jardins de Brou' });
      expect(saved).toMatchObject({
        rna,
        siret: null,
        status: AssociationStatus.PENDING,
        communeCode: '01053',
        domainCodes: ['ALIMENTATION'],
        welcomeContactName: 'Odile Favre',
      });
      await page.context().close();
    },
    SLOW,
  );
});
