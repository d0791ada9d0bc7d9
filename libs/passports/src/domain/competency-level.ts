/**
 * The three levels at which a host association attests a competency shown during a mission
 * (the scale of the Passeport Bénévole).
 */
export enum CompetencyLevel {
  DISCOVERY = 1,
  PRACTICE = 2,
  MASTERY = 3,
}

export const MIN_LEVEL = CompetencyLevel.DISCOVERY;
export const MAX_LEVEL = CompetencyLevel.MASTERY;

export const LEVEL_LABELS: Record<CompetencyLevel, string> = {
  1: 'Découverte',
  2: 'Pratique',
  3: 'Maîtrise',
};

export const LEVEL_DESCRIPTIONS: Record<CompetencyLevel, string> = {
  1: 'a découvert cette compétence et l’a mise en œuvre avec un accompagnement',
  2: 'la met en œuvre seul(e) dans les situations courantes',
  3: 'la met en œuvre en autonomie, y compris dans des situations nouvelles, et peut la transmettre',
};

export function isLevel(value: unknown): value is CompetencyLevel {
  return Number.isInteger(value) && (value as number) >= MIN_LEVEL && (value as number) <= MAX_LEVEL;
}

/** « Maîtrise (3/3) » */
export function levelLabel(level: number): string {
  return isLevel(level) ? `${LEVEL_LABELS[level]} (${level}/${MAX_LEVEL})` : `niveau ${level}`;
}
