import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { registerFrenchTemplateHelpers } from '../text/french-template-helpers';

registerFrenchTemplateHelpers();

/**
 * The layout of every server-rendered page (beneficiary links, verification, dashboards):
 * French, landmarks, a skip link, large type and AA contrast, no JavaScript required.
 */
const LAYOUT = Handlebars.compile(`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{title}} — Tremplin</title>
<style>
  :root { color-scheme: light; }
  body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 1.125rem; line-height: 1.55; color: #1e1e1e; background: #f4f4f4; }
  .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
  header, footer { background: #00366d; color: #fff; padding: 1rem; }
  header p, footer p { margin: 0; } footer { background: #e8e8e8; color: #333; font-size: .95rem; }
  main { max-width: {{width}}; margin: 0 auto; background: #fff; padding: 1.25rem; }
  h1 { font-size: 1.6rem; line-height: 1.25; color: #00366d; } h2 { font-size: 1.25rem; color: #00366d; }
  a { color: #00366d; } .button, button { display: inline-block; font-size: 1.15rem; font-weight: bold; padding: .85rem 1.4rem; border-radius: 6px; border: 2px solid #00366d; background: #00366d; color: #fff; text-decoration: none; cursor: pointer; margin: .3rem 0; }
  .button.secondary, button.secondary { background: #fff; color: #00366d; }
  .notice { border-left: 6px solid #00366d; background: #eef3f9; padding: .75rem 1rem; }
  .warning { border-left: 6px solid #b34700; background: #fff3e8; padding: .75rem 1rem; }
  label { display: block; font-weight: bold; margin: .5rem 0 .25rem; } select, textarea, input { font-size: 1.05rem; padding: .5rem; max-width: 100%; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccc; padding: .4rem .5rem; text-align: left; vertical-align: top; }
  :focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
</style>
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header role="banner"><p><strong>Tremplin</strong> — Département de l'Ain, Plan insertion 01</p></header>
<main id="contenu" role="main">
{{{body}}}
</main>
<footer role="contentinfo"><p>Tremplin, la plateforme du Département de l'Ain pour le bénévolat et le retour à l'emploi.</p></footer>
</body>
</html>`);

export interface PageTemplate<TData extends object> {
  title: (data: TData) => string;
  render: Handlebars.TemplateDelegate<TData>;
}

/** A page: a title and a Handlebars body (escaped by default). */
export function definePage<TData extends object>(
  title: string | ((data: TData) => string),
  body: string,
): PageTemplate<TData> {
  return {
    title: typeof title === 'string' ? () => title : title,
    render: Handlebars.compile<TData>(body, { strict: false }),
  };
}

@Injectable()
export class PageRenderer {
  render<TData extends object>(page: PageTemplate<TData>, data: TData, options: { wide?: boolean } = {}): string {
    return LAYOUT({ title: page.title(data), body: page.render(data), width: options.wide ? '72rem' : '40rem' });
  }
}
