import { UnitOfWork } from '@tremplin/core';
import { Mission, MissionAction, MissionStatus } from '@tremplin/missions';
import { Commune } from '@tremplin/referentials';
import { MissionWorkflow } from '../../libs/missions/src/mission-workflow';
import type { TestPlatform } from './test-platform';

/** A mission of `associationId` at `communeCode`, written in the database and moved through the real workflow. */
export async function createMission(
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

/** Applies a move of the mission workflow (publish, close…) as a moderator would, events and all. */
export async function moveMission(platform: TestPlatform, missionId: string, action: MissionAction): Promise<Mission> {
  const workflow = platform.api.get(MissionWorkflow, { strict: false });
  return platform.api.get(UnitOfWork).run(async (tx) => {
    const mission = await tx.manager.findOneOrFail(Mission, {
      where: { id: missionId },
      lock: { mode: 'pessimistic_write' },
    });
    return workflow.apply(tx, mission, action, null, null);
  });
}

export async function publishedMission(
  platform: TestPlatform,
  associationId: string,
  fields: Partial<Mission> & { communeCode: string },
): Promise<Mission> {
  const mission = await createMission(platform, associationId, fields);
  return moveMission(platform, mission.id, MissionAction.PUBLISH);
}
