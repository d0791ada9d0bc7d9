import { countFr, countSlots, describeSlots, formatDistanceFr } from '@tremplin/referentials';
import { projectNeeds } from './criteria';
import { capitalize, competencyPhrase, deFr, jobNameFor, joinFr, lowerFirst } from './french';
import type { CandidateProfile, MissionFacts } from './matching-types';
import type { MatchContext, PreparedNeeds, ScoredMatch } from './score-match';
import { TRAVEL_PHRASES, reachesOf, travelModeFor } from './travel';

/** Below this fair-share value the explanation warns that the mission is much sought after. */
export const CROWDED_FAIR_SHARE = 0.5;

/** Competencies named at most in the project sentence. */
const MAX_NAMED_COMPETENCIES = 2;

/**
 * 1 to 3 short French sentences telling staff (referent, coordinator, admin) why this mission suits the
 * person, written about the person (« son domicile », « ses créneaux »), never to them (« chez vous »):
 * where it is and how to get there (always), then the first two reasons in this order: what it
 * develops for the professional project, when (the common slots), a domain of interest, a domain
 * not tried yet; the last gives way to a warning when many proposals already wait on the mission.
 */
export function explainMatch(
  profile: CandidateProfile,
  mission: MissionFacts,
  match: ScoredMatch,
  context: MatchContext,
  needs: PreparedNeeds = projectNeeds(profile, context.referential),
): string[] {
  const { breakdown } = match;
  const reasons: string[] = [];
  const project = breakdown.projectFit > 0 ? projectSentence(profile, mission, needs, context) : null;
  if (project) reasons.push(project);
  reasons.push(scheduleSentence(profile, mission));
  if (profile.interestDomainCodes.length > 0 && breakdown.interestFit === 1) {
    reasons.push(
      `Dans un domaine qui l’intéresse : ${lowerFirst(context.referential.domainLabel(mission.domainCode))}`,
    );
  }
  if (profile.triedDomainCodes.length > 0 && breakdown.novelty === 1) {
    reasons.push(
      `Un domaine nouveau pour ${pronounOf(profile)} : ${lowerFirst(context.referential.domainLabel(mission.domainCode))}`,
    );
  }

  const sentences = [travelSentence(profile, mission, breakdown.distanceKm), ...reasons.slice(0, 2)];
  if (breakdown.fairShare < CROWDED_FAIR_SHARE) {
    const placesLeft = mission.places - mission.placesTaken;
    const warning = `Déjà ${countFr(mission.pendingProposals, 'proposition')} en attente pour ${countFr(placesLeft, 'place restante', 'places restantes')}`;
    sentences.splice(Math.min(sentences.length, 2), 1, warning);
  }
  return sentences;
}

/** « elle », « lui », or « la personne » without civility. */
function pronounOf(profile: CandidateProfile): string {
  if (profile.civility === 'MADAME') return 'elle';
  if (profile.civility === 'MONSIEUR') return 'lui';
  return 'la personne';
}

/** « À 4 km de son domicile, accessible en transports en commun », « Mission à distance, sans déplacement ». */
export function travelSentence(profile: CandidateProfile, mission: MissionFacts, distanceKm: number | null): string {
  if (mission.remote || distanceKm === null) return 'Mission à distance, sans déplacement';
  const mode = travelModeFor(reachesOf(profile), distanceKm, mission.publicTransport);
  const where = `${capitalize(formatDistanceFr(distanceKm))} de son domicile`;
  return mode ? `${where}, ${TRAVEL_PHRASES[mode]}` : where;
}

/** « Mardi et jeudi matin, ses créneaux disponibles » (or the part covered, or hours to agree on). */
export function scheduleSentence(profile: CandidateProfile, mission: MissionFacts): string {
  if (mission.weeklySlots === 0) return "Horaires à convenir avec l'association";
  const common = mission.weeklySlots & profile.availabilityMask;
  const when = capitalize(describeSlots(common));
  if (common === mission.weeklySlots) return `${when}, ses créneaux disponibles`;
  const covered = countSlots(common);
  const total = countSlots(mission.weeklySlots);
  return `${when}, sur ses créneaux disponibles (${covered} créneau${covered > 1 ? 'x' : ''} sur ${total})`;
}

/**
 * « Développe l'accueil du public et le travail en équipe, utiles pour son projet d’agent
 * d'accueil »: the competencies of the mission the project needs most, and the target job that
 * needs most of them. Null when the mission develops nothing the project needs.
 */
export function projectSentence(
  profile: CandidateProfile,
  mission: MissionFacts,
  needs: PreparedNeeds,
  context: MatchContext,
): string | null {
  const referential = context.referential;
  const useful = [...new Set(mission.competencyCodes)]
    .filter((code) => (needs.weights.get(code) ?? 0) > 0)
    .sort(
      (a, b) =>
        (needs.weights.get(b) ?? 0) - (needs.weights.get(a) ?? 0) ||
        referential.competencyBit(a) - referential.competencyBit(b),
    );
  if (useful.length === 0) return null;
  const named = useful.slice(0, MAX_NAMED_COMPETENCIES);
  let bestJob: { label: string; count: number } | null = null;
  for (const romeCode of new Set(profile.targetJobCodes)) {
    const job = referential.job(romeCode);
    if (!job) continue;
    const count = named.filter((code) => job.competencyBits.includes(referential.competencyBit(code))).length;
    if (!bestJob || count > bestJob.count) bestJob = { label: job.label, count };
  }
  const phrases = named.map((code) => competencyPhrase(code, referential.competencyLabel(code)));
  const pluralUseful = named.length > 1 || phrases[0].startsWith('les ');
  const jobName = bestJob ? jobNameFor(bestJob.label, profile.civility) : '';
  return `Développe ${joinFr(phrases)}, ${pluralUseful ? 'utiles' : 'utile'} pour son projet ${deFr(jobName)}`;
}
