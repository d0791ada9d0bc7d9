import { MailRenderer } from '@tremplin/core';
import { MAIL_TEMPLATES } from './registry';

describe('the mail previews (npm run mail:preview)', () => {
  const renderer = new MailRenderer(MAIL_TEMPLATES);

  it.each(MAIL_TEMPLATES.map((template) => [template.name, template] as const))(
    'renders %s from its sample data, with no link to the bare console address',
    async (_name, template) => {
      const mail = await renderer.render(template.name, template.preview);
      expect(mail.subject.length).toBeGreaterThan(0);
      const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
      // Every button names a page: the bare address of the console (its root) opens none of them.
      for (const href of hrefs) expect(href).not.toMatch(/^https?:\/\/[^/]+\/?$/);
    },
  );
});
