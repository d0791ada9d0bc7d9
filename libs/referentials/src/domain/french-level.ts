/** Level of French, on the CEFR scale (used for mission requirements and profiles). */
export enum FrenchLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

export const FRENCH_LEVEL_LABELS: Record<FrenchLevel, string> = {
  A1: 'A1 — découverte (quelques mots, phrases simples)',
  A2: 'A2 — survie (échanges simples du quotidien)',
  B1: 'B1 — seuil (se débrouiller dans la plupart des situations)',
  B2: 'B2 — avancé (comprendre et s’exprimer avec aisance)',
  C1: 'C1 — autonome',
  C2: 'C2 — maîtrise',
};

const ORDER = Object.values(FrenchLevel);

/** Rank from 1 (A1) to 6 (C2); 0 when unknown. */
export function frenchLevelRank(level: FrenchLevel | null | undefined): number {
  return level ? ORDER.indexOf(level) + 1 : 0;
}

/** True when `actual` meets `required` (no requirement is always met; unknown level meets none). */
export function meetsFrenchLevel(
  actual: FrenchLevel | null | undefined,
  required: FrenchLevel | null | undefined,
): boolean {
  return !required || frenchLevelRank(actual) >= frenchLevelRank(required);
}
