import { periodChoices } from './periods';

describe(periodChoices.name, () => {
  it('offers the last 12 months first, then years and quarters, each as [from, to[', () => {
    expect(periodChoices('2026-02-14')).toEqual([
      { id: 'last-12-months', label: '12 derniers mois', from: '2025-03-01', to: '2026-03-01' },
      { id: 'year-2026', label: 'Année 2026', from: '2026-01-01', to: '2027-01-01' },
      { id: 'year-2025', label: 'Année 2025', from: '2025-01-01', to: '2026-01-01' },
      { id: 'quarter-2026-1', label: '1er trimestre 2026', from: '2026-01-01', to: '2026-04-01' },
      { id: 'quarter-2025-4', label: '4e trimestre 2025', from: '2025-10-01', to: '2026-01-01' },
    ]);
  });

  it('ends the last 12 months with the current month, in December too', () => {
    const [last12, , , quarter, previous] = periodChoices('2026-12-31');
    expect(last12).toMatchObject({ from: '2026-01-01', to: '2027-01-01' });
    expect(quarter).toMatchObject({ label: '4e trimestre 2026', from: '2026-10-01', to: '2027-01-01' });
    expect(previous).toMatchObject({ label: '3e trimestre 2026', from: '2026-07-01', to: '2026-10-01' });
  });
});
