import { Mission, MissionStatus } from '@tremplin/missions';
import { Commune } from '@tremplin/referentials';
import type { StaffAccount, TestPlatform } from './test-platform';

const PUBLISH = `mutation($id: ID!) { publishMission(id: $id) { id status } }`;
const CLOSE = `mutation($input: CloseMissionInput!) { closeMission(input: $input) { id status } }`;

/** A mission of `associationId` at `communeCode`, submitted for moderation (written in the database). */
export async function submittedMission(
  platform: TestPlatform,
  associationId: string,
  fields: Partial<Mission> & { communeCode: string },
): Promise<Mission> {
  const commune = await platform.dataSource.getRepository(Commune).findOneByOrFail({ inseeCode: fields.communeCode });
  const repository = platform.dataSource.getRepository(Mission);
  return repository.save(
    repository.create({
      associationId,
      title: 'Accueil à l’épicerie solidaire',
      summary: 'Accueillir les bénéficiaires et tenir la caisse',
      description: 'Vous accueillez les personnes, les orientez dans le magasin et tenez la caisse.',
      domainCode: 'SOLIDARITE_INSERTION',
      competencyCodes: ['TR_ACCUEIL', 'SE_EQUIPE'],
      territoryId: commune.territoryId,
      latitude: commune.latitude,
      longitude: commune.longitude,
      weeklySlots: 0,
      places: 2,
      publicTransport: true,
      status: MissionStatus.SUBMITTED,
      ...fields,
    }),
  );
}

/** Publishes a submitted mission through the API, as a moderator would. */
export async function publishMission(platform: TestPlatform, moderator: StaffAccount, id: string): Promise<void> {
  await platform.gqlOk(PUBLISH, { id }, moderator.token);
}

export async function closeMission(platform: TestPlatform, moderator: StaffAccount, missionId: string): Promise<void> {
  await platform.gqlOk(CLOSE, { input: { missionId, reason: 'Mission terminée' } }, moderator.token);
}

/** A mission submitted then published by `moderator`. */
export async function publishedMission(
  platform: TestPlatform,
  moderator: StaffAccount,
  associationId: string,
  fields: Partial<Mission> & { communeCode: string },
): Promise<Mission> {
  const mission = await submittedMission(platform, associationId, fields);
  await publishMission(platform, moderator, mission.id);
  return mission;
}
