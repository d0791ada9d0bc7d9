import { Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

/** Where `npm run build` writes the console (vite build of apps/web). */
export const CONSOLE_BUILD_DIR = join(process.cwd(), 'dist', 'web');

/**
 * The console's HTML page (dist/web/index.html), served on every console route and on unknown
 * paths (with a 404 status). What the page shows before its scripts run — or without them — is
 * filled in here, so that a 404 says « Page introuvable » even to a client without JavaScript.
 */
@Injectable()
export class ConsoleShell {
  private cached: string | null | undefined;

  constructor(private readonly directory = CONSOLE_BUILD_DIR) {}

  /** Whether the console was built (the API still runs without it, GraphQL and links only). */
  get available(): boolean {
    return this.template() !== null;
  }

  page(placeholder?: { title: string; message: string }): string | null {
    const html = this.template();
    if (html === null) return null;
    if (!placeholder) return html;
    const body = `<main style="max-width:40rem;margin:2rem auto;font-family:system-ui,sans-serif"><h1>${Handlebars.escapeExpression(
      placeholder.title,
    )}</h1><p>${Handlebars.escapeExpression(placeholder.message)}</p><p><a href="/">Retour à l’accueil</a></p></main>`;
    return html
      .replace('<div id="root"></div>', `<div id="root">${body}</div>`)
      .replace(/<title>[^<]*<\/title>/, `<title>${Handlebars.escapeExpression(placeholder.title)} — Tremplin</title>`);
  }

  private template(): string | null {
    if (this.cached === undefined) {
      const file = join(this.directory, 'index.html');
      this.cached = existsSync(file) ? readFileSync(file, 'utf8') : null;
    }
    return this.cached;
  }
}
