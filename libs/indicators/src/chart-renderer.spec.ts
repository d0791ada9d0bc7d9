import { ChartRenderer, scopeSvgIds } from './chart-renderer';
import { AIN_COMMUNE_OUTLINES } from './data/ain-commune-outlines.data';
import { breakdownBarSpec, communeFeatures, missionsMapSpec, monthlySeriesSpec } from './domain/charts';
import { presentReport } from './domain/indicator-report';
import { sampleReport } from './domain/report-fixture';

describe(ChartRenderer.name, () => {
  const renderer = new ChartRenderer();
  const report = presentReport(sampleReport(), true);

  it('renders the monthly series to an accessible SVG document', async () => {
    const svg = await renderer.toSvg(monthlySeriesSpec(report.monthly), { id: 'serie', label: 'Série « A5 »' });
    expect(svg.startsWith('<svg role="img" aria-label="Série « A5 »"')).toBe(true);
    expect(svg).toContain('viewBox=');
    expect(svg).toContain('janv. 26');
    expect(svg).toContain('A5-4 entretiens tripartites tenus');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('renders bars with their labels', async () => {
    const svg = await renderer.toSvg(
      breakdownBarSpec('Compétences', report.competenciesAttested, { axisTitle: 'Attestations' }),
      { id: 'competences', label: 'Compétences attestées' },
    );
    expect(svg).toContain('Accueil du public');
    expect(svg).toContain('Travailler en équipe');
  });

  it('renders the map of missions over the communes, escaping what users typed', async () => {
    const svg = await renderer.toSvg(missionsMapSpec(communeFeatures(AIN_COMMUNE_OUTLINES), report.missions), {
      id: 'carte',
      label: 'Carte des missions',
    });
    expect(svg).toContain('Alimentation et lutte contre le gaspillage');
    expect(svg).not.toContain('<b>');
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(1);
    expect(svg.length).toBeLessThan(400_000);
  });

  it('renders a map without missions', async () => {
    const svg = await renderer.toSvg(missionsMapSpec(communeFeatures(AIN_COMMUNE_OUTLINES), []), {
      id: 'vide',
      label: 'Carte',
    });
    expect(svg).toContain('<path');
  });
});

describe(scopeSvgIds.name, () => {
  it('prefixes ids and their references', () => {
    expect(scopeSvgIds('<svg><clipPath id="clip1"/><g clip-path="url(#clip1)"/><use href="#clip1"/></svg>', 'c')).toBe(
      '<svg><clipPath id="c-clip1"/><g clip-path="url(#c-clip1)"/><use href="#c-clip1"/></svg>',
    );
  });
});
