/**
 * A count and its noun as French writes them: singular below 2 (« 0 dossier », « 1 place »,
 * « 1,5 heure »), plural from 2 (« 3 places »), a decimal comma. The plural form defaults to the
 * singular plus « s » (« autre dossier » needs « autres dossiers » given).
 */
export function countFr(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${String(count).replace('.', ',')} ${Math.abs(count) >= 2 ? pluralForm : singular}`;
}
