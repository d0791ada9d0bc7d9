import { Mission, MissionStatus, MissionTransition } from '@tremplin/missions';
import { Commune } from '@tremplin/referentials';
import type { TestPlatform } from './test-platform';

/** A valid `CreateMissionInput` (Bourg-en-Bresse, 2 places, Tuesday and Thursday mornings). */
export function missionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Accueil et mise en rayon à l’épicerie solidaire',
    summary: 'Accueillir les bénéficiaires et ranger les produits avec l’équipe de bénévoles.',
    description:
      'Vous accueillez les familles, les aidez à faire leurs courses et participez à la mise en rayon des produits reçus de la banque alimentaire.',
    runningOrder: 'Accueil à 8 h 45 par la responsable, binôme avec un bénévole expérimenté.',
    objectives: 'Reprendre un rythme, travailler en équipe, découvrir la logistique.',
    suitedProfiles: 'Personne souhaitant travailler dans le commerce ou la logistique.',
    followUps: 'Attestation de compétences ; contact avec l’enseigne partenaire pour un stage.',
    domainCode: 'ALIMENTATION',
    competencyCodes: ['TR_ACCUEIL', 'PR_GESTION_STOCK', 'SE_EQUIPE'],
    communeCode: '01053',
    address: '12 rue Bourgmayer',
    weeklySlots: [
      { day: 'TUESDAY', part: 'MORNING' },
      { day: 'THURSDAY', part: 'MORNING' },
    ],
    hoursPerWeek: 6,
    durationWeeks: 12,
    places: 2,
    drivingLicenceRequired: false,
    minimumAge: 18,
    frenchLevel: 'A2',
    physicalEffort: 'MODERATE',
    stepFreeAccess: true,
    publicTransport: true,
    remote: false,
    ...overrides,
  };
}

/**
 * A mission written directly in the database (PUBLISHED unless told otherwise), at its commune's
 * coordinates unless given — the factory for the tests of the domains downstream of missions.
 */
export async function insertMission(
  platform: TestPlatform,
  associationId: string,
  fields: Partial<Mission> = {},
): Promise<Mission> {
  const communeCode = fields.communeCode ?? '01053';
  const commune = await platform.dataSource.getRepository(Commune).findOneByOrFail({ inseeCode: communeCode });
  const status = fields.status ?? MissionStatus.PUBLISHED;
  const repository = platform.dataSource.getRepository(Mission);
  const mission = await repository.save(
    repository.create({
      title: 'Aide à la distribution alimentaire',
      summary: 'Préparer et distribuer les colis avec l’équipe.',
      description: 'Tri des denrées, préparation des colis et accueil des familles le mardi matin.',
      domainCode: 'ALIMENTATION',
      competencyCodes: ['TR_ACCUEIL', 'SE_EQUIPE'],
      latitude: commune.latitude,
      longitude: commune.longitude,
      territoryId: commune.territoryId,
      weeklySlots: 0b10, // Monday afternoon
      places: 2,
      placesTaken: 0,
      publishedAt: status === MissionStatus.DRAFT || status === MissionStatus.SUBMITTED ? null : new Date(),
      closedAt: status === MissionStatus.CLOSED ? new Date() : null,
      ...fields,
      communeCode,
      status,
      associationId,
    }),
  );
  await platform.dataSource.getRepository(MissionTransition).insert({
    missionId: mission.id,
    action: 'CREATE' as never,
    fromStatus: null,
    toStatus: MissionStatus.DRAFT,
    actorId: null,
    reason: null,
    occurredAt: new Date(),
  });
  return mission;
}
