import { Association } from '@tremplin/associations';
import { Role, SeedContext, SeedRandom, Seeder } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Commune } from '@tremplin/referentials';
import { DataSource, In } from 'typeorm';
import { DemoActor, planDemoMissions } from './demo/demo-missions';
import { MissionTransition } from './mission-transition.entity';
import { Mission } from './mission.entity';

/**
 * ~80 demo missions of the demo associations, over the Ain, in every status with their
 * moderation history. They draw from their own random stream, so that adding them leaves the
 * demo data of the other domains unchanged.
 */
export const missionsSeeder: Seeder = {
  name: 'missions',
  async seed({ app, now }: SeedContext): Promise<void> {
    const dataSource = app.get(DataSource);
    if ((await dataSource.getRepository(Mission).count()) > 0) return;
    const associations = await dataSource.getRepository(Association).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const members = await dataSource.getRepository(User).find({
      where: { role: Role.ASSOCIATION, associationId: In(associations.map((a) => a.id)) },
      order: { createdAt: 'ASC' },
    });
    const admin = await dataSource.getRepository(User).findOneBy({ email: 'admin.demo@tremplin.local' });
    const coordinator = await dataSource.getRepository(User).findOneBy({ email: 'coordination@tremplin.local' });
    const communes = await dataSource.getRepository(Commune).find({ order: { inseeCode: 'ASC' } });

    const planned = planDemoMissions({
      random: new SeedRandom(30_004),
      now,
      hosts: associations.map((a) => ({
        id: a.id,
        communeCode: a.communeCode,
        domainCodes: a.domainCodes,
        status: a.status,
      })),
      communes,
    });
    const actorId = (actor: DemoActor, associationId: string): string | null => {
      switch (actor) {
        case 'member':
          return members.find((m) => m.associationId === associationId)?.id ?? null;
        case 'admin':
          return admin?.id ?? null;
        case 'coordinator':
          return coordinator?.id ?? admin?.id ?? null;
        case 'system':
          return null;
      }
    };

    await dataSource.transaction(async (manager) => {
      for (const plan of planned) {
        const { template } = plan;
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(Mission)
          .values({
            associationId: plan.associationId,
            title: plan.title,
            summary: template.summary,
            description: template.description,
            runningOrder: template.runningOrder,
            objectives: template.objectives,
            suitedProfiles: template.suitedProfiles,
            followUps: template.followUps,
            domainCode: template.domainCode,
            competencyCodes: template.competencyCodes,
            communeCode: plan.commune.inseeCode,
            territoryId: plan.commune.territoryId,
            address: null,
            latitude: plan.latitude,
            longitude: plan.longitude,
            weeklySlots: template.weeklySlots,
            startDate: plan.startDate,
            endDate: plan.endDate,
            hoursPerWeek: template.hoursPerWeek,
            durationWeeks: template.durationWeeks,
            places: plan.places,
            placesTaken: plan.placesTaken,
            drivingLicenceRequired: template.drivingLicenceRequired ?? false,
            minimumAge: template.minimumAge ?? null,
            frenchLevel: template.frenchLevel ?? null,
            physicalEffort: template.physicalEffort,
            stepFreeAccess: template.physicalEffort !== 'HIGH',
            publicTransport: ['01053', '01283', '01004', '01034', '01173', '01427', '01033'].includes(
              plan.commune.inseeCode,
            ),
            remote: template.remote ?? false,
            status: plan.status,
            publishedAt: plan.publishedAt,
            closedAt: plan.closedAt,
            createdById: actorId('member', plan.associationId),
            createdAt: plan.createdAt,
            updatedAt: plan.transitions[plan.transitions.length - 1].occurredAt,
          })
          .returning(['id'])
          .execute();
        const missionId = (inserted.raw[0] as { id: string }).id;
        await manager
          .createQueryBuilder()
          .insert()
          .into(MissionTransition)
          .values(
            plan.transitions.map((t) => ({
              missionId,
              action: t.action,
              fromStatus: t.fromStatus,
              toStatus: t.toStatus,
              actorId: actorId(t.actor, plan.associationId),
              reason: t.reason,
              occurredAt: t.occurredAt,
            })),
          )
          .execute();
      }
    });
  },
};
