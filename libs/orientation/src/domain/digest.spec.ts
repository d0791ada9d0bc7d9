import { countsByTerritory, digestLines, OverdueFileRow } from './digest';

const row = (fields: Partial<OverdueFileRow>): OverdueFileRow => ({
  beneficiaryId: 'b',
  firstName: 'Karima',
  lastName: 'Benali',
  territoryName: 'CDS Oyonnax',
  rsaEntryDate: '2026-01-31',
  status: 'ACTIVE',
  orientedAt: null,
  firstActionAt: null,
  ...fields,
});

describe(digestLines.name, () => {
  it('describes each late deadline in French with the initial of the last name only', () => {
    const [line] = digestLines([row({})], '2026-04-01');
    expect(line.name).toBe('Karima B.');
    expect(line.lateness).toBe(
      'orientation en retard de 32 jours (attendue le 28/02/2026) ; première action d’accompagnement en retard de 1 jour (attendue le 31/03/2026)',
    );
    expect(line.daysLate).toBe(32);
  });

  it('lists the most late first and leaves out files that are on time', () => {
    const lines = digestLines(
      [
        row({ firstName: 'Paul', rsaEntryDate: '2026-02-20' }),
        row({ firstName: 'Inès', rsaEntryDate: '2026-01-10' }),
        row({ firstName: 'Léo', rsaEntryDate: '2026-03-20' }),
        row({ firstName: 'Zoé', rsaEntryDate: '2026-01-10', status: 'SUSPENDED' }),
      ],
      '2026-04-01',
    );
    expect(lines.map((l) => l.name)).toEqual(['Inès B.', 'Paul B.']);
  });
});

describe(countsByTerritory.name, () => {
  it('counts late files per territory and per deadline', () => {
    const counts = countsByTerritory(
      [
        row({}),
        row({ orientedAt: new Date('2026-02-10T10:00:00Z') }),
        row({ territoryName: 'CDS Belley', rsaEntryDate: '2026-03-20' }),
      ],
      '2026-04-01',
    );
    expect(counts).toEqual([{ territoryName: 'CDS Oyonnax', orientation: 1, accompaniment: 2, files: 2 }]);
  });
});
