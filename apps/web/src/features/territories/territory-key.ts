/**
 * The stable short key of a territory, made from its name (« CDS d’Oyonnax » → CDS-OYONNAX):
 * the API wants one (2 to 40 capitals, digits and dashes); staff never type it.
 */
export function territoryKeyOf(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/^CDS\s+(DE\s+|D['’]\s*)?/, '')
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `CDS-${words}`.slice(0, 40).replace(/-+$/, '');
}
