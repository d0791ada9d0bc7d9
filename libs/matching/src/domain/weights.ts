/**
 * The soft criteria of a match, each a number in [0, 1], and the weights that combine them into
 * a score in [0, 100]. Weights are configuration (MATCHING_WEIGHTS), not code.
 */
export const CRITERIA = ['projectFit', 'interestFit', 'proximity', 'scheduleFit', 'fairShare', 'novelty'] as const;

export type Criterion = (typeof CRITERIA)[number];

export type MatchingWeights = Readonly<Record<Criterion, number>>;

export type CriteriaValues = Record<Criterion, number>;

export const DEFAULT_WEIGHTS: MatchingWeights = {
  projectFit: 35,
  interestFit: 15,
  proximity: 20,
  scheduleFit: 15,
  fairShare: 10,
  novelty: 5,
};

/** French names of the criteria (breakdowns shown to referents). */
export const CRITERION_LABELS: Record<Criterion, string> = {
  projectFit: 'adéquation au projet professionnel',
  interestFit: "centres d'intérêt",
  proximity: 'proximité',
  scheduleFit: 'compatibilité des horaires',
  fairShare: 'répartition des propositions',
  novelty: 'découverte d’un nouveau domaine',
};

/** Throws when a weight is negative or not finite, or when they are all zero. */
export function checkWeights(weights: MatchingWeights): MatchingWeights {
  for (const criterion of CRITERIA) {
    const weight = weights[criterion];
    if (!Number.isFinite(weight) || weight < 0) throw new Error(`weight of ${criterion} must be a number ≥ 0`);
  }
  if (CRITERIA.every((criterion) => weights[criterion] === 0)) throw new Error('at least one weight must be > 0');
  return weights;
}

/**
 * Parses « projectFit=35,proximity=20 » (criteria left out keep their default weight).
 * Throws with a French message naming the bad part.
 */
export function parseWeights(
  text: string | undefined | null,
  defaults: MatchingWeights = DEFAULT_WEIGHTS,
): MatchingWeights {
  const weights: CriteriaValues = { ...defaults };
  if (!text?.trim()) return weights;
  for (const part of text.split(',')) {
    const match = /^\s*([a-zA-Z]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!match || !(CRITERIA as readonly string[]).includes(match[1])) {
      throw new Error(
        `poids invalide « ${part.trim()} » (attendu : critère=nombre, critères : ${CRITERIA.join(', ')})`,
      );
    }
    weights[match[1] as Criterion] = Number(match[2]);
  }
  try {
    return checkWeights(weights);
  } catch {
    throw new Error('au moins un poids doit être strictement positif');
  }
}

/**
 * Weighted mean of the criteria, scaled to [0, 100]. Both the brute-force scorer and the index
 * call this one function with the same values, so that their scores are bit-for-bit equal.
 */
export function combineScore(
  weights: MatchingWeights,
  projectFit: number,
  interestFit: number,
  proximity: number,
  scheduleFit: number,
  fairShare: number,
  novelty: number,
): number {
  const total =
    weights.projectFit +
    weights.interestFit +
    weights.proximity +
    weights.scheduleFit +
    weights.fairShare +
    weights.novelty;
  const sum =
    weights.projectFit * projectFit +
    weights.interestFit * interestFit +
    weights.proximity * proximity +
    weights.scheduleFit * scheduleFit +
    weights.fairShare * fairShare +
    weights.novelty * novelty;
  return (100 * sum) / total;
}
