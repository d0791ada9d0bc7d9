import Handlebars from 'handlebars';
import { FRENCH_TEMPLATE_HELPERS } from './french';

/** Registers `{{de name}}`, `{{que name}}`, `{{au name}}`, `{{le noun}}`, `{{la noun}}` on Handlebars (idempotent). */
export function registerFrenchTemplateHelpers(handlebars: typeof Handlebars = Handlebars): void {
  for (const [name, helper] of Object.entries(FRENCH_TEMPLATE_HELPERS)) handlebars.registerHelper(name, helper);
}
