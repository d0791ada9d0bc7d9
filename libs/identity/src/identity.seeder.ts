import { Role, SeedContext, Seeder } from '@tremplin/core';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { Territory } from './territory.entity';
import { User } from './user.entity';

/** Demo staff: one account per role (the association member comes with the demo associations). */
export const identitySeeder: Seeder = {
  name: 'identity',
  async seed({ app, demoPassword, credentials }: SeedContext): Promise<void> {
    const dataSource = app.get(DataSource);
    const hash = await app.get(PasswordHasher).hash(demoPassword);
    const territories = await dataSource.getRepository(Territory).find({ order: { code: 'ASC' } });
    const byCode = new Map(territories.map((t) => [t.code, t]));
    const demo: Array<Partial<User> & { note: string }> = [
      {
        email: 'admin.demo@tremplin.local',
        role: Role.ADMIN,
        firstName: 'Nadia',
        lastName: 'Benali',
        note: 'service Insertion du Département',
      },
      {
        email: 'referente.bourg@tremplin.local',
        role: Role.REFERENT,
        firstName: 'Claire',
        lastName: 'Morel',
        territoryId: byCode.get('CDS-BOURG-CROIX-BLANCHE')?.id ?? null,
        note: 'référente, CDS Bourg-en-Bresse Croix Blanche',
      },
      {
        email: 'referent.oyonnax@tremplin.local',
        role: Role.REFERENT,
        firstName: 'Julien',
        lastName: 'Perrin',
        territoryId: byCode.get('CDS-OYONNAX')?.id ?? null,
        note: 'référent, CDS Oyonnax',
      },
      {
        email: 'responsable.amberieu@tremplin.local',
        role: Role.REFERENT,
        firstName: 'Sophie',
        lastName: 'Girard',
        territoryId: byCode.get('CDS-AMBERIEU')?.id ?? null,
        isTerritoryManager: true,
        note: 'responsable de territoire, CDS Ambérieu-en-Bugey',
      },
      {
        email: 'coordination@tremplin.local',
        role: Role.COORDINATOR,
        firstName: 'Marc',
        lastName: 'Lefèvre',
        note: 'coordinateur France Bénévolat',
      },
    ];
    for (const { note, ...user } of demo) {
      await insertDemoUser(dataSource.manager, { ...user, passwordHash: hash });
      credentials.push({ role: user.role as string, email: user.email as string, password: demoPassword, note });
    }
  },
};

/** A demo account, left as it is when its email already exists (seeding twice changes nothing). */
export async function insertDemoUser(manager: EntityManager, user: Partial<User>): Promise<void> {
  await manager.createQueryBuilder().insert().into(User).values(user).orIgnore().execute();
}
