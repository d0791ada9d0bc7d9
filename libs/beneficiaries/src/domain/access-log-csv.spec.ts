import { SensitiveDataKind } from './sensitive-data';
import { ACCESS_LOG_CSV_COLUMNS, accessLogCsv, accessLogCsvFileName, formatCsvInstant } from './access-log-csv';

describe(accessLogCsv.name, () => {
  const line = {
    accessedAt: new Date('2026-12-04T01:45:07.000Z'),
    userName: 'Claire Martin',
    userRole: 'REFERENT',
    dataKind: SensitiveDataKind.DIAGNOSTIC_BARRIERS,
    personName: 'Karima Benali',
    beneficiaryId: '8c1f9a52-5b7e-4c1e-9d0a-2f4b6c8d0e1f',
  };

  it('writes a header and one line per read, for French spreadsheets (BOM, semicolons, CRLF)', () => {
    const csv = accessLogCsv([line]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, first, end] = csv.slice(1).split('\r\n');
    expect(header).toBe(ACCESS_LOG_CSV_COLUMNS.join(';'));
    expect(first).toBe(
      '04/12/2026 02:45:07;Claire Martin;référent(e) de parcours;freins identifiés lors du diagnostic;Karima Benali;8c1f9a52-5b7e-4c1e-9d0a-2f4b6c8d0e1f',
    );
    expect(end).toBe('');
  });

  it('says when the account or the file no longer exists', () => {
    const csv = accessLogCsv([{ ...line, userName: null, userRole: null, personName: null }]);
    expect(csv).toContain(';compte supprimé;;freins identifiés lors du diagnostic;dossier effacé;');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(accessLogCsv([{ ...line, personName: '=HYPERLINK("x")' }])).toContain(`;"'=HYPERLINK(""x"")";`);
  });
});

describe(accessLogCsvFileName.name, () => {
  it('names the file after the day in Paris', () => {
    expect(accessLogCsvFileName(new Date('2026-12-31T23:30:00.000Z'))).toBe('journal-des-acces-2027-01-01.csv');
  });
});

describe(formatCsvInstant.name, () => {
  it('writes Paris time in summer too', () => {
    expect(formatCsvInstant(new Date('2026-07-01T10:00:00.000Z'))).toBe('01/07/2026 12:00:00');
  });
});
