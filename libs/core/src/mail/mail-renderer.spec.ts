import { MailRenderer } from './mail-renderer';
import { defineMailTemplate } from './mail-template';

const TEMPLATE = defineMailTemplate<{ firstName: string; message?: string; url: string }>({
  name: 'test.sample',
  subject: 'Bonjour {{firstName}}',
  body: `<mj-section><mj-column>
    <mj-text>Bonjour {{firstName}}, voici une proposition.</mj-text>
    <mj-raw>{{#if message}}</mj-raw><mj-text>Message : {{message}}</mj-text><mj-raw>{{/if}}</mj-raw>
    <mj-button href="{{url}}">Je suis intéressé(e)</mj-button>
  </mj-column></mj-section>`,
  preview: { firstName: 'Léa', url: 'http://localhost/p/x' },
});

describe(MailRenderer.name, () => {
  const renderer = new MailRenderer([TEMPLATE]);

  it('renders the subject, a responsive French HTML part and a plain-text part from one template', async () => {
    const mail = await renderer.render('test.sample', {
      firstName: 'Léa',
      message: 'À bientôt',
      url: 'https://tremplin.ain.fr/p/abc',
    });
    expect(mail.subject).toBe('Bonjour Léa');
    expect(mail.html).toContain('<html lang="fr"');
    expect(mail.html).toContain('Bonjour Léa, voici une proposition.');
    expect(mail.html).toContain('href="https://tremplin.ain.fr/p/abc"');
    expect(mail.text).toContain('Bonjour Léa, voici une proposition.');
    expect(mail.text).toContain('Message : À bientôt');
    expect(mail.text).toContain('https://tremplin.ain.fr/p/abc');
    expect(mail.text).not.toContain('<');
  });

  it('leaves out conditional sections without data', async () => {
    const mail = await renderer.render('test.sample', { firstName: 'Léa', url: 'https://x.fr' });
    expect(mail.text).not.toContain('Message :');
  });

  it('escapes data in the HTML part', async () => {
    const mail = await renderer.render('test.sample', { firstName: '<script>alert(1)</script>', url: 'https://x.fr' });
    expect(mail.html).not.toContain('<script>alert(1)</script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it('refuses unknown and duplicate templates', async () => {
    await expect(renderer.render('inconnu', {})).rejects.toThrow('Unknown mail template inconnu');
    expect(() => new MailRenderer([TEMPLATE, TEMPLATE])).toThrow('Two mail templates are named test.sample');
  });
});
