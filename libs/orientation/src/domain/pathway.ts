/** The three pathways of the RSA orientation (« parcours »). */
export enum OrientationPathway {
  /** Towards employment, usually with France Travail. */
  PROFESSIONAL = 'PROFESSIONAL',
  /** Employment and social barriers together (PLIE, SIAE, CDS…). */
  SOCIO_PROFESSIONAL = 'SOCIO_PROFESSIONAL',
  /** Social barriers first (health, housing, family), with a social worker of the CDS. */
  SOCIAL = 'SOCIAL',
}

export const PATHWAY_LABELS: Record<OrientationPathway, string> = {
  PROFESSIONAL: 'professionnel',
  SOCIO_PROFESSIONAL: 'socio-professionnel',
  SOCIAL: 'social',
};
