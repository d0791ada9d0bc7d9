/**
 * The Centres Départementaux de la Solidarité (CDS) seeded at installation, each with the
 * commune that hosts it and the point from which its catchment area is approximated: a commune
 * belongs to the CDS whose point is nearest. The real catchment lists are admin-editable data;
 * this approximation gives every commune a territory from the first start.
 */
export interface TerritorySeed {
  code: string;
  name: string;
  seatInsee: string;
  catchment: readonly [number, number];
}

export const AIN_TERRITORIES: readonly TerritorySeed[] = [
  {
    code: 'CDS-BOURG-CROIX-BLANCHE',
    name: 'CDS Bourg-en-Bresse Croix Blanche',
    seatInsee: '01053',
    catchment: [46.27, 5.3],
  },
  {
    code: 'CDS-BOURG-PIERRE-GOUJON',
    name: 'CDS Bourg-en-Bresse Pierre Goujon',
    seatInsee: '01053',
    catchment: [46.15, 5.18],
  },
  { code: 'CDS-OYONNAX', name: 'CDS Oyonnax', seatInsee: '01283', catchment: [46.26112, 5.65253] },
  { code: 'CDS-AMBERIEU', name: 'CDS Ambérieu-en-Bugey', seatInsee: '01004', catchment: [45.96105, 5.37235] },
  { code: 'CDS-BELLEY', name: 'CDS Belley', seatInsee: '01034', catchment: [45.74982, 5.68381] },
  { code: 'CDS-BELLEGARDE', name: 'CDS Bellegarde-sur-Valserine', seatInsee: '01033', catchment: [46.10666, 5.83246] },
  { code: 'CDS-PAYS-DE-GEX', name: 'CDS Pays de Gex', seatInsee: '01173', catchment: [46.3, 6.05] },
  { code: 'CDS-TREVOUX', name: 'CDS Trévoux', seatInsee: '01427', catchment: [45.94084, 4.77067] },
  { code: 'CDS-MIRIBEL', name: 'CDS Miribel – Côtière', seatInsee: '01249', catchment: [45.86, 5.0] },
  {
    code: 'CDS-CHATILLON',
    name: 'CDS Châtillon-sur-Chalaronne – Dombes',
    seatInsee: '01093',
    catchment: [46.08, 4.98],
  },
  { code: 'CDS-PONT-DE-VAUX', name: 'CDS Pont-de-Vaux – Bresse', seatInsee: '01305', catchment: [46.4, 4.98] },
];
