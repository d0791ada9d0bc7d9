/**
 * The words of a French free-text search, lower-cased and without accents (the database compares
 * them with `immutable_unaccent(lower(...))` of the missions' text, by trigram word similarity so
 * that typos are tolerated). Words shorter than 3 letters (« de », « à ») carry no signal for
 * trigrams and are dropped, as are duplicates; at most 8 words are kept.
 */
export function searchWords(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3);
  return [...new Set(words)].slice(0, 8);
}
