import { MailRenderer } from './mail-renderer';
import { defineMailTemplate } from './mail-template';
import { consolePageUrl } from './console-link-helper';

describe(consolePageUrl.name, () => {
  it('fills the route parameters and sends the other values to the query string', () => {
    expect(consolePageUrl('https://tremplin.ain.fr/', 'missionEdit', { missionId: 'a b' })).toBe(
      'https://tremplin.ain.fr/missions/a%20b/modifier',
    );
    expect(consolePageUrl('http://localhost:3000', 'personTab', { personId: 'p1', tab: 'propositions' })).toBe(
      'http://localhost:3000/personnes/p1/propositions',
    );
    expect(consolePageUrl('http://localhost:3000', 'login', { suite: '/missions' })).toBe(
      'http://localhost:3000/connexion?suite=%2Fmissions',
    );
  });

  it('refuses an unknown page, a missing parameter or a missing base address', () => {
    expect(() => consolePageUrl('http://x', 'nowhere')).toThrow('no console page is named nowhere');
    expect(() => consolePageUrl('http://x', 'missionEdit', {})).toThrow('missing parameter missionId');
    expect(() => consolePageUrl('', 'missions')).toThrow('no appUrl');
  });
});

describe('the consoleUrl template helper', () => {
  const TEMPLATE = defineMailTemplate<{ appUrl: string; missionId: string }>({
    name: 'test.console-link',
    subject: 'Lien',
    body: `<mj-section><mj-column>
      <mj-button href="{{consoleUrl 'missionEdit' missionId=missionId}}">Modifier la mission</mj-button>
    </mj-column></mj-section>`,
    preview: { appUrl: 'http://localhost:3000', missionId: 'm1' },
  });
  const renderer = new MailRenderer([TEMPLATE]);

  it('renders the console page of the button on the email’s appUrl, in the HTML and the text', async () => {
    const mail = await renderer.render('test.console-link', { appUrl: 'https://tremplin.ain.fr', missionId: 'm-42' });
    expect(mail.html).toContain('href="https://tremplin.ain.fr/missions/m-42/modifier"');
    expect(mail.text).toContain('https://tremplin.ain.fr/missions/m-42/modifier');
  });

  it('fails to render when the data lacks the page’s parameter', async () => {
    await expect(renderer.render('test.console-link', { appUrl: 'https://tremplin.ain.fr' })).rejects.toThrow(
      'missing parameter missionId',
    );
  });
});
