import { AIN_COMMUNE_OUTLINES } from '../data/ain-commune-outlines.data';
import { AIN_COMMUNES } from '@tremplin/referentials';
import { breakdownBarSpec, communeFeatures, domainColour, missionsMapSpec, monthlySeriesSpec } from './charts';
import { presentReport } from './indicator-report';
import { sampleReport } from './report-fixture';

describe(monthlySeriesSpec.name, () => {
  it('draws one point per month and indicator the viewer may read, never a withheld value as 0', () => {
    const report = presentReport(sampleReport(), false);
    const spec = monthlySeriesSpec(report.monthly) as { data: { values: Array<Record<string, unknown>> } };
    expect(spec.data.values).toEqual([
      { month: 'janv. 26', series: 'A5-1 personnes ayant une mission bénévole', value: 5 },
      { month: 'févr. 26', series: 'A5-1 personnes ayant une mission bénévole', value: 7 },
      { month: 'févr. 26', series: 'A5-4 entretiens tripartites tenus', value: 6 },
    ]);
  });
});

describe(breakdownBarSpec.name, () => {
  it('colours bars by domain and leaves out masked and empty lines', () => {
    const report = presentReport(sampleReport(), false);
    const spec = breakdownBarSpec('Missions par domaine', report.missionsByDomain, {
      byDomain: true,
      axisTitle: 'Missions',
    }) as { data: { values: unknown[] }; layer: Array<{ encoding: { color?: { scale?: { range: string[] } } } }> };
    expect(spec.data.values).toEqual([{ label: 'Sport', count: 7 }]);
    expect(spec.layer[0].encoding.color?.scale?.range).toEqual([domainColour('SPORT')]);
  });
});

describe(communeFeatures.name, () => {
  it('gives every commune of the Ain a closed outline', () => {
    const features = communeFeatures(AIN_COMMUNE_OUTLINES);
    expect(features.features.map((f) => f.properties.code).sort()).toEqual(AIN_COMMUNES.map(([code]) => code).sort());
    for (const feature of features.features) {
      for (const polygon of feature.geometry.coordinates) {
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
        }
      }
    }
  });

  it('outlines each current commune around its point, one outline for a merged commune (Valserhône)', () => {
    const inRing = ([x, y]: readonly number[], ring: number[][]) => {
      let inside = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    };
    const features = new Map(communeFeatures(AIN_COMMUNE_OUTLINES).features.map((f) => [f.properties.code, f]));
    const outside = AIN_COMMUNES.filter(
      ([code, , latitude, longitude]) =>
        !features.get(code)?.geometry.coordinates.some((polygon) => inRing([longitude, latitude], polygon[0])),
    );
    expect(outside.map(([code, name]) => `${code} ${name}`)).toEqual([]);
    // The union of Bellegarde-sur-Valserine, Châtillon-en-Michaille and Lancrans: one ring, no inner border.
    expect(features.get('01033')?.geometry.coordinates).toHaveLength(1);
    expect(features.get('01033')?.geometry.coordinates[0]).toHaveLength(1);
  });

  it('stays within the Ain', () => {
    const points = communeFeatures(AIN_COMMUNE_OUTLINES).features.flatMap((f) => f.geometry.coordinates.flat(2));
    const longitudes = points.map(([lon]) => lon);
    const latitudes = points.map(([, lat]) => lat);
    expect(Math.min(...longitudes)).toBeGreaterThan(4.7);
    expect(Math.max(...longitudes)).toBeLessThan(6.2);
    expect(Math.min(...latitudes)).toBeGreaterThan(45.6);
    expect(Math.max(...latitudes)).toBeLessThan(46.6);
  });
});

describe(missionsMapSpec.name, () => {
  it('layers the communes under the missions, coloured by domain', () => {
    const spec = missionsMapSpec(communeFeatures(AIN_COMMUNE_OUTLINES), sampleReport().missions) as {
      layer: Array<{ mark: { type: string }; data: { values: unknown }; encoding?: Record<string, unknown> }>;
    };
    expect(spec.layer.map((l) => l.mark.type)).toEqual(['geoshape', 'circle']);
    expect(spec.layer[1].data.values).toEqual([
      {
        longitude: 5.6556,
        latitude: 46.2561,
        domain: 'Alimentation et lutte contre le gaspillage',
        title: 'Épicerie solidaire <b>accueil</b>',
        host: 'Les Restos',
        commune: 'Oyonnax',
      },
    ]);
    expect(spec.layer[1].encoding?.color).toMatchObject({
      scale: { domain: ['Alimentation et lutte contre le gaspillage'], range: [domainColour('ALIMENTATION')] },
    });
  });
});
