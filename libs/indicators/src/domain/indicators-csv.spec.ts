import { presentReport } from './indicator-report';
import { CSV_COLUMNS, csvFileName, indicatorsCsv, neutralizeFormula } from './indicators-csv';
import { sampleReport } from './report-fixture';

describe(indicatorsCsv.name, () => {
  const csv = indicatorsCsv(presentReport(sampleReport(), false));
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte order mark and a header separated by semicolons', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(lines[0]).toBe(
      'Code;Indicateur;Détail;Valeur;Unité;Numérateur;Dénominateur;Début de période;Fin de période (incluse);Territoire;Définition',
    );
    expect(lines[0].split(';')).toEqual([...CSV_COLUMNS]);
  });

  it('ends every line with CRLF and never uses a bare LF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes values with a decimal comma, dates as DD/MM/YYYY, and the small-number rule', () => {
    const a11 = lines.find((l) => l.startsWith('A1-1;'));
    expect(a11?.split(';').slice(0, 10)).toEqual([
      'A1-1',
      'Bénéficiaires du RSA orientés en moins d’un mois suivant l’entrée dans le dispositif',
      '',
      '62,5',
      '%',
      '5',
      '8',
      '01/01/2026',
      '31/03/2026',
      'CDS Oyonnax',
    ]);
    expect(lines.find((l) => l.startsWith('A5-2;'))?.split(';')[3]).toBe('< 5');
    expect(
      lines
        .find((l) => l.startsWith('A2-3;'))
        ?.split(';')
        .slice(3, 7),
    ).toEqual(['non diffusé', '%', '< 5', '9']);
  });

  it('adds one line per breakdown item, exchange and month', () => {
    expect(lines.filter((l) => l.includes(';Domaine : ')).map((l) => l.split(';')[3])).toEqual(['7', '< 5']);
    expect(lines.filter((l) => l.startsWith('A5-Q2;')).map((l) => l.split(';')[2])).toEqual([
      'CDS Oyonnax, février 2026 : propositions de mission envoyées',
      'CDS Oyonnax, février 2026 : entretiens tripartites tenus',
      'CDS Oyonnax, février 2026 : messages aux structures d’accueil',
    ]);
    expect(lines.filter((l) => l.includes(';Mois : ')).map((l) => l.split(';').slice(0, 4).join(';'))).toContain(
      'A5-4;Entretiens tripartites tenus;Mois : janvier 2026;< 5',
    );
  });

  it('keeps spreadsheet formulas out of text typed by users', () => {
    const host = lines.find((l) => l.includes('Structure d’accueil : '));
    expect(host).toContain('"Structure d’accueil : =HYPERLINK(""x"")"');
    expect(neutralizeFormula('=SOMME(A1)')).toBe("'=SOMME(A1)");
    expect(neutralizeFormula('-3')).toBe("'-3");
    expect(neutralizeFormula('< 5')).toBe('< 5');
  });

  it('names the file after the scope and the period', () => {
    const report = presentReport(sampleReport(), true);
    expect(csvFileName(report)).toBe('indicateurs-cds-oyonnax-2026-01-01-2026-04-01.csv');
    expect(csvFileName({ ...report, territoryId: null })).toBe('indicateurs-departement-2026-01-01-2026-04-01.csv');
  });
});
