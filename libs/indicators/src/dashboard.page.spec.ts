import { FakeClock, PageRenderer } from '@tremplin/core';
import { ChartRenderer } from './chart-renderer';
import { DashboardPage, defaultPeriod } from './dashboard.page';
import { presentReport } from './domain/indicator-report';
import { sampleReport } from './domain/report-fixture';

describe(defaultPeriod.name, () => {
  it('opens on the last 12 months up to today, not on the calendar year', () => {
    expect(defaultPeriod('2026-12-03')).toEqual({ from: '2025-12-04', to: '2026-12-04' });
    expect(defaultPeriod('2026-03-15')).toEqual({ from: '2025-03-16', to: '2026-03-16' });
    expect(defaultPeriod('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-03-01' });
  });
});

describe(DashboardPage.name, () => {
  const page = new DashboardPage(new PageRenderer(), new ChartRenderer(), new FakeClock('2026-04-02T06:00:00Z'));

  it('renders the table, four SVG charts and the map, escaping what users typed', async () => {
    const html = await page.render(
      presentReport(sampleReport(), false),
      [{ id: 'terr-oyonnax', name: 'CDS Oyonnax' }],
      false,
    );
    expect(html).toContain('<html lang="fr">');
    expect((html.match(/<svg /g) ?? []).length).toBe(4);
    expect(html).toContain('Protection des petits effectifs : un nombre compris entre 1 et 4 est affiché « &lt; 5 »');
    expect(html).toContain('Épicerie solidaire &lt;b&gt;accueil&lt;/b&gt;');
    expect(html).not.toContain('<b>accueil</b>');
    expect(html).toContain('Une mission ouverte pendant la période');
    expect(html).not.toContain('<option value="">Ensemble du département</option>');
    expect(html).toContain('<option value="terr-oyonnax" selected>CDS Oyonnax</option>');
  });
});
