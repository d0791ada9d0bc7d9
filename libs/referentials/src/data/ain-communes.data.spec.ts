import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AIN_COMMUNES_2018 } from './ain-communes-2018.data';
import { AIN_COMMUNES, AIN_FORMER_COMMUNES, COMMUNES_SOURCE } from './ain-communes.data';

interface OfficialCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
}

// The official list, as installed (a devDependency; tests run from the repository's root).
const PACKAGE = join(process.cwd(), 'node_modules/@etalab/decoupage-administratif');
const official = (JSON.parse(readFileSync(join(PACKAGE, 'data/communes.json'), 'utf8')) as OfficialCommune[]).filter(
  (c) => c.departement === '01' && c.type === 'commune-actuelle',
);

describe('the communes of the Ain', () => {
  it('are the 391 current communes of the official list, with postcodes and population', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(COMMUNES_SOURCE.version).toBe(pkg.version);
    expect(AIN_COMMUNES).toHaveLength(391);
    expect(
      AIN_COMMUNES.map(([code, name, , , postalCodes, population]) => [code, name, postalCodes, population]),
    ).toEqual(
      official
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((c) => [c.code, c.nom, c.codesPostaux ?? [], c.population ?? null]),
    );
    for (const [, , latitude, longitude] of AIN_COMMUNES) {
      expect(latitude).toBeGreaterThan(45.6);
      expect(latitude).toBeLessThan(46.6);
      expect(longitude).toBeGreaterThan(4.7);
      expect(longitude).toBeLessThan(6.2);
    }
  });

  it('keep Valserhône with the communes it replaced, and every 2018 code leads to a current commune', () => {
    expect(AIN_COMMUNES.find(([code]) => code === '01033')?.[1]).toBe('Valserhône');
    expect(AIN_FORMER_COMMUNES.filter(([, , current]) => current === '01033' && true)).toEqual(
      expect.arrayContaining([
        ['01033', 'Bellegarde-sur-Valserine', '01033'],
        ['01091', 'Châtillon-en-Michaille', '01033'],
        ['01205', 'Lancrans', '01033'],
      ]),
    );
    const current = new Set(AIN_COMMUNES.map(([code]) => code));
    const former = new Map(AIN_FORMER_COMMUNES.map(([code, , to]) => [code, to]));
    for (const [code] of AIN_COMMUNES_2018) {
      expect({ code, current: current.has(code) ? code : former.get(code) }).toEqual({
        code,
        current: expect.stringMatching(/^01\d{3}$/) as unknown,
      });
    }
    for (const [code, , to] of AIN_FORMER_COMMUNES) {
      expect({ code, to: current.has(to) }).toEqual({ code, to: true });
      if (current.has(code)) expect(to).toBe(code);
    }
  });

  it('place a merged commune at the centroid of its former communes, not at its chef-lieu', () => {
    const valserhone = AIN_COMMUNES.find(([code]) => code === '01033');
    const bellegarde = AIN_COMMUNES_2018.find(([code]) => code === '01033');
    expect(valserhone?.slice(2, 4)).not.toEqual(bellegarde?.slice(2, 4));
    const unchanged = AIN_COMMUNES.find(([code]) => code === '01283'); // Oyonnax
    expect(unchanged?.slice(0, 4)).toEqual(
      expect.arrayContaining(AIN_COMMUNES_2018.find(([code]) => code === '01283')?.slice(2, 4) ?? []),
    );
  });
});
