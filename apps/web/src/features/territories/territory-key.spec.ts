import { territoryKeyOf } from './territory-key';

describe(territoryKeyOf.name, () => {
  it('makes a key of capitals and dashes from the name, without accents nor the « CDS de »', () => {
    expect(territoryKeyOf('CDS d’Oyonnax')).toBe('CDS-OYONNAX');
    expect(territoryKeyOf("CDS d'Ambérieu-en-Bugey")).toBe('CDS-AMBERIEU-EN-BUGEY');
    expect(territoryKeyOf('CDS de Bourg-en-Bresse')).toBe('CDS-BOURG-EN-BRESSE');
    expect(territoryKeyOf('Pays de Gex')).toBe('CDS-PAYS-DE-GEX');
  });

  it('stays within 40 characters', () => {
    const key = territoryKeyOf('Saint-Didier-sur-Chalaronne et Val de Saône réunis');
    expect(key.length).toBeLessThanOrEqual(40);
    expect(key).toMatch(/^[A-Z0-9][A-Z0-9-]{1,39}$/);
  });
});
