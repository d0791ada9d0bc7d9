import Handlebars from 'handlebars';
import { compile as compileHtmlToText } from 'html-to-text';
import mjml2html from 'mjml';
import { MAIL_LAYOUT } from './mail-layout';
import { MailTemplate } from './mail-template';
import { registerFrenchTemplateHelpers } from '../text/french-template-helpers';
import { registerConsoleLinkHelper } from './console-link-helper';

registerFrenchTemplateHelpers();
registerConsoleLinkHelper();

/**
 * HTML to plain text, compiled once: `convert(html, options)` compiles its selectors again at
 * every call, which cost more than the conversion itself (a sixth of a worker's time in a campaign).
 */
const htmlToText = compileHtmlToText({
  wordwrap: 78,
  selectors: [
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'title', format: 'skip' },
    // MJML's hidden inbox preview (<mj-preview>) is not part of the message.
    { selector: 'div[style*="display:none"]', format: 'skip' },
    { selector: 'p', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
  ],
});

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

interface CompiledTemplate {
  subject: Handlebars.TemplateDelegate;
  html: Handlebars.TemplateDelegate;
}

/**
 * Renders templates with Handlebars (escaping, conditionals, loops) inside an MJML layout
 * (responsive HTML that mail clients agree on). MJML runs once per template, at first use;
 * each email then costs one Handlebars call and one HTML-to-text conversion.
 */
export class MailRenderer {
  private readonly compiled = new Map<string, Promise<CompiledTemplate>>();
  private readonly templates = new Map<string, MailTemplate>();

  constructor(templates: MailTemplate<object>[]) {
    for (const template of templates) {
      if (this.templates.has(template.name)) throw new Error(`Two mail templates are named ${template.name}`);
      this.templates.set(template.name, template);
    }
  }

  registered(): MailTemplate[] {
    return [...this.templates.values()];
  }

  template(name: string): MailTemplate {
    const template = this.templates.get(name);
    if (!template) throw new Error(`Unknown mail template ${name}`);
    return template;
  }

  async render(name: string, data: object): Promise<RenderedMail> {
    const compiled = await this.compile(this.template(name));
    const subject = compiled.subject(data).trim();
    const html = compiled.html({ ...data, subject });
    const text = htmlToText(html)
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return { subject, html, text };
  }

  private compile(template: MailTemplate): Promise<CompiledTemplate> {
    let compiled = this.compiled.get(template.name);
    if (!compiled) {
      compiled = (async () => {
        const result = await mjml2html(MAIL_LAYOUT.replace('{{BODY}}', template.body), { validationLevel: 'strict' });
        return {
          subject: Handlebars.compile(template.subject, { strict: false, noEscape: true }),
          html: Handlebars.compile(result.html, { strict: false }),
        };
      })();
      this.compiled.set(template.name, compiled);
    }
    return compiled;
  }
}
