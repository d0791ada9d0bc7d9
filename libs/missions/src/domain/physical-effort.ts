/** The physical effort a mission asks of the volunteer. */
export enum PhysicalEffort {
  /** Seated or standing work without loads (accueil, secrétariat). */
  LOW = 'LOW',
  /** Standing, walking, light loads (tri, rayonnage, jardinage léger). */
  MODERATE = 'MODERATE',
  /** Sustained effort, loads over 10 kg (manutention, chantiers nature). */
  HIGH = 'HIGH',
}

export const PHYSICAL_EFFORT_LABELS: Record<PhysicalEffort, string> = {
  LOW: 'effort physique faible',
  MODERATE: 'effort physique modéré',
  HIGH: 'effort physique soutenu (port de charges)',
};
