import { MobilityMode, mobilityModesToMask } from '@tremplin/beneficiaries';
import {
  BOURG,
  SATURDAY_AFTERNOON,
  TUESDAY_MORNING,
  aMission,
  aProfile,
  kmNorthOf,
  matchContext,
} from '../testing/matching-fixtures';
import { explainMatch, projectSentence, scheduleSentence, travelSentence } from './explain-match';
import { projectNeeds } from './criteria';
import { evaluateMatch } from './score-match';
import type { CandidateProfile, MissionFacts } from './matching-types';

const context = matchContext();

function explain(profile: CandidateProfile, mission: MissionFacts): string[] {
  const evaluation = evaluateMatch(profile, mission, context);
  if (!evaluation.ok) throw new Error(`not a match: ${evaluation.failed}`);
  return explainMatch(profile, mission, evaluation.match, context);
}

describe(explainMatch.name, () => {
  it('says where, why for the project and when, in 3 French sentences', () => {
    expect(explain(aProfile(), aMission())).toEqual([
      'À 4 km de son domicile, accessible en transports en commun',
      "Développe l'accueil du public, utile pour son projet d’agente d'accueil",
      'Mardi et jeudi matin, ses créneaux disponibles',
    ]);
  });

  it('names two useful competencies at most, those the project needs most', () => {
    const mission = aMission({ competencyCodes: ['SE_EQUIPE', 'TR_ECOUTE', 'TR_ACCUEIL', 'SE_SERVICE'] });
    const profile = aProfile({ targetJobCodes: ['M1601', 'K1304'], civility: 'MONSIEUR' });
    expect(explain(profile, mission)[1]).toBe(
      "Développe le sens du service et l'écoute et la bienveillance, utiles pour son projet d’agent d'accueil",
    );
  });

  it('always gives between 1 and 3 sentences, the place first', () => {
    const sentences = explain(aProfile({ targetJobCodes: [], interestDomainCodes: [] }), aMission({ remote: true }));
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(sentences[0]).toBe('Mission à distance, sans déplacement');
  });

  it('mentions a domain of interest, or a new domain, when there is room after project and schedule', () => {
    const profile = aProfile({ targetJobCodes: [], triedDomainCodes: ['SPORT'] });
    const sentences = explain(profile, aMission());
    expect(sentences).toContain('Dans un domaine qui l’intéresse : solidarité et insertion');
    const novelty = explain(
      aProfile({ targetJobCodes: [], interestDomainCodes: [], triedDomainCodes: ['SPORT'] }),
      aMission({ domainCode: 'ANIMAUX', weeklySlots: 0 }),
    );
    expect(novelty).toContain('Un domaine nouveau pour elle : protection animale');
  });

  it('speaks to staff about the person, never to the person (« de son domicile », not « de chez vous »)', () => {
    for (const civility of ['MADAME', 'MONSIEUR', null] as const) {
      for (const mission of [
        aMission(),
        aMission({ domainCode: 'ANIMAUX', weeklySlots: 0 }),
        aMission({ weeklySlots: TUESDAY_MORNING | SATURDAY_AFTERNOON }),
      ]) {
        const profile = aProfile({ civility, triedDomainCodes: ['SPORT'] });
        const sentences = [
          ...explain(profile, mission),
          ...explain({ ...profile, targetJobCodes: [], interestDomainCodes: [] }, mission),
        ];
        for (const sentence of sentences) expect(sentence).not.toMatch(/\b(vous|votre|vos)\b/i);
      }
    }
    const novelty = (civility: 'MADAME' | 'MONSIEUR' | null) =>
      explain(
        aProfile({ civility, targetJobCodes: [], interestDomainCodes: [], triedDomainCodes: ['SPORT'] }),
        aMission({ domainCode: 'ANIMAUX', weeklySlots: 0 }),
      );
    expect(novelty('MONSIEUR')).toContain('Un domaine nouveau pour lui : protection animale');
    expect(novelty(null)).toContain('Un domaine nouveau pour la personne : protection animale');
  });

  it('warns when many proposals already wait on the mission', () => {
    const sentences = explain(aProfile(), aMission({ places: 2, placesTaken: 1, pendingProposals: 3 }));
    expect(sentences).toHaveLength(3);
    expect(sentences[2]).toBe('Déjà 3 propositions en attente pour 1 place restante');
  });
});

describe(travelSentence.name, () => {
  it('names the gentlest way to get there', () => {
    const near = aMission({ ...kmNorthOf(BOURG, 0.5) });
    expect(travelSentence(aProfile(), near, 0.5)).toBe("À moins d'1 km de son domicile, accessible à pied");
    const driver = aProfile({ mobilityModes: mobilityModesToMask([MobilityMode.CAR]) });
    expect(travelSentence(driver, aMission(), 12.34)).toBe('À 12 km de son domicile, accessible en voiture');
    expect(travelSentence(aProfile(), aMission(), 4.04)).toBe(
      'À 4 km de son domicile, accessible en transports en commun',
    );
  });
});

describe(scheduleSentence.name, () => {
  it('lists the common slots and says when they are only part of the mission', () => {
    expect(scheduleSentence(aProfile(), aMission())).toBe('Mardi et jeudi matin, ses créneaux disponibles');
    expect(scheduleSentence(aProfile(), aMission({ weeklySlots: TUESDAY_MORNING | SATURDAY_AFTERNOON }))).toBe(
      'Mardi matin, sur ses créneaux disponibles (1 créneau sur 2)',
    );
    expect(scheduleSentence(aProfile(), aMission({ weeklySlots: 0 }))).toBe("Horaires à convenir avec l'association");
  });
});

describe(projectSentence.name, () => {
  it('writes the job in the gender of the person, both forms without civility', () => {
    const needs = projectNeeds(aProfile({ targetJobCodes: ['K1304'] }), context.referential);
    const mission = aMission({ competencyCodes: ['PR_AIDE_PERSONNE'] });
    expect(projectSentence(aProfile({ targetJobCodes: ['K1304'] }), mission, needs, context)).toBe(
      "Développe l'aide aux personnes, utile pour son projet d’aide à domicile",
    );
    const cook = aProfile({ targetJobCodes: ['G1602'], civility: null });
    const cookNeeds = projectNeeds(cook, context.referential);
    expect(projectSentence(cook, aMission({ competencyCodes: ['PR_CUISINE_COLLECTIVE'] }), cookNeeds, context)).toMatch(
      /^Développe la cuisine collective, utile pour son projet de commis de cuisine$/,
    );
  });

  it('is null when the mission develops nothing the project needs', () => {
    const needs = projectNeeds(aProfile(), context.referential);
    expect(projectSentence(aProfile(), aMission({ competencyCodes: ['PR_MANUTENTION'] }), needs, context)).toBeNull();
  });
});
