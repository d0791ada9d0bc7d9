/**
 * French elision and contraction before a name or a noun, for every generated text (emails,
 * pages, logbook lines, messages): « d’Amandine », « qu’Épicerie solidaire », « des Restos du
 * Cœur », « au Relais ». One place, so a template never writes « de Amandine ».
 */

const APOSTROPHE = '’';

/**
 * Words whose initial h is aspirated (no elision: « le hameau », « de Haute-Savoie »). Every other
 * h is read as mute (« d’Hélène », « l’hôpital »), which is the rule for most words and first names.
 */
const ASPIRATED_H = new Set([
  'hache',
  'haie',
  'haine',
  'hall',
  'halle',
  'halles',
  'halte',
  'hamac',
  'hameau',
  'hameaux',
  'hanche',
  'handball',
  'handicap',
  'handicapé',
  'handicapée',
  'handicapés',
  'handicapées',
  'hangar',
  'hanneton',
  'harcèlement',
  'hardi',
  'haricot',
  'haricots',
  'harpe',
  'hasard',
  'hâte',
  'hausse',
  'haut',
  'haute',
  'hauts',
  'hautes',
  'hauteur',
  'havre',
  'héron',
  'héros',
  'hérisson',
  'hernie',
  'hêtre',
  'hibou',
  'hiérarchie',
  'hockey',
  'hollande',
  'homard',
  'hongrie',
  'honte',
  'hors',
  'hotte',
  'houblon',
  'housse',
  'houx',
  'huit',
  'huitième',
  'hurlement',
  'hutte',
]);

const VOWEL = /^[aeiouàâäéèêëîïôöûüùœæ]/i;

/** Whether a word or name starts with a vowel sound (vowel, mute h, « Yves » but not « Yannick »). */
export function startsWithVowelSound(text: string): boolean {
  const word = text.trim();
  if (VOWEL.test(word)) return true;
  const first = word.charAt(0).toLocaleLowerCase('fr-FR');
  if (first === 'y') return word.length > 1 && !VOWEL.test(word.slice(1)); // Yves, Ygrande / Yann, Yoann
  if (first === 'h') {
    const head = word.split(/[\s'’-]/)[0].toLocaleLowerCase('fr-FR');
    return !ASPIRATED_H.has(head);
  }
  return false;
}

/** A name that opens with the article « le » or « les » (« Les Restos du Cœur », « Le Relais »). */
function leadingArticle(text: string): { article: 'le' | 'les'; rest: string } | null {
  const match = /^(le|les)\s+(\S.*)$/i.exec(text.trim());
  if (!match) return null;
  return { article: match[1].toLowerCase() as 'le' | 'les', rest: match[2] };
}

/** « de Paul », « d’Amandine », « d’Hélène », « du Relais », « des Restos du Cœur », « de Haute-Savoie ». */
export function deFr(text: string): string {
  const article = leadingArticle(text);
  if (article) return `${article.article === 'le' ? 'du' : 'des'} ${article.rest}`;
  return startsWithVowelSound(text) ? `d${APOSTROPHE}${text.trim()}` : `de ${text.trim()}`;
}

/** « à Paul », « au Relais », « aux Restos du Cœur ». */
export function aFr(text: string): string {
  const article = leadingArticle(text);
  if (article) return `${article.article === 'le' ? 'au' : 'aux'} ${article.rest}`;
  return `à ${text.trim()}`;
}

/** « que Paul », « qu’Épicerie solidaire », « qu’Hélène ». */
export function queFr(text: string): string {
  return startsWithVowelSound(text) ? `qu${APOSTROPHE}${text.trim()}` : `que ${text.trim()}`;
}

/** The definite article of a masculine noun: « le message », « l’e-mail », « le hameau ». */
export function leFr(text: string): string {
  return startsWithVowelSound(text) ? `l${APOSTROPHE}${text.trim()}` : `le ${text.trim()}`;
}

/** The definite article of a feminine noun: « la mission », « l’association ». */
export function laFr(text: string): string {
  return startsWithVowelSound(text) ? `l${APOSTROPHE}${text.trim()}` : `la ${text.trim()}`;
}

/** The helpers as Handlebars helpers (`{{de associationName}}`), registered on every renderer. */
export const FRENCH_TEMPLATE_HELPERS: Readonly<Record<string, (text: unknown) => string>> = {
  de: (text) => deFr(String(text ?? '')),
  au: (text) => aFr(String(text ?? '')),
  que: (text) => queFr(String(text ?? '')),
  le: (text) => leFr(String(text ?? '')),
  la: (text) => laFr(String(text ?? '')),
};
