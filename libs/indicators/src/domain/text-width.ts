/**
 * Width of a text set in Arial/Helvetica, from the font's metrics (per 1000 units of the em),
 * for laying out charts on the server. Vega, without a canvas, estimates every character at 0.8 em,
 * which cuts labels short (« Alimentation et lutte contre l… ») and leaves wide empty margins.
 */
const WIDTHS: Record<string, number> = {};
const groups: Array<[number, string]> = [
  [191, "'"],
  [222, 'ijl’‘'],
  [278, ' !,./:;I[]\\ft'],
  [333, '()-r`{}'],
  [355, '"'],
  [389, '*'],
  [500, 'Jckszvxy«»'],
  [556, '#$0123456789?L_abdeghnopqu€'],
  [584, '+<=>~|'],
  [611, 'FTZ'],
  [667, '&ABEKPSVXY'],
  [722, 'CDHNRUw'],
  [778, 'GOQ'],
  [833, 'Mm'],
  [889, '%'],
  [944, 'W'],
  [1000, '…—'],
  [1015, '@'],
];
for (const [width, characters] of groups) for (const character of characters) WIDTHS[character] = width;

const DEFAULT_WIDTH = 556;

function characterWidth(character: string): number {
  const known = WIDTHS[character];
  if (known !== undefined) return known;
  // An accented letter is as wide as its base letter (é as e, Œ about as O + E).
  const base = character.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base !== character && base.length > 0) return [...base].reduce((sum, c) => sum + (WIDTHS[c] ?? DEFAULT_WIDTH), 0);
  if (character === 'œ') return 944;
  if (character === 'Œ') return 1000;
  return DEFAULT_WIDTH;
}

/**
 * Room a viewer's font may need beyond Arial's metrics: without Arial, browsers and SVG viewers
 * fall back on fonts up to ~12% wider (DejaVu Sans), and a label must not be clipped then.
 */
export const FALLBACK_FONT_MARGIN = 1.12;

/** Width in pixels of `text` at `fontSize` pixels (with the fallback margin); bold is about 8% wider. */
export function arialTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const character of text) units += characterWidth(character);
  return (units / 1000) * fontSize * (bold ? 1.08 : 1) * FALLBACK_FONT_MARGIN;
}
