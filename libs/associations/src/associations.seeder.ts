import { Role, SeedContext, Seeder } from '@tremplin/core';
import { PasswordHasher, User, insertDemoUser } from '@tremplin/identity';
import { DataSource } from 'typeorm';
import { Association } from './association.entity';
import { DEMO_ASSOCIATIONS } from './demo/demo-associations';
import { AssociationStatus } from './domain/association-status';

/** `W011` + 6 digits from the position: fictional, stable RNA numbers (Ain prefecture prefix). */
const demoRna = (index: number) => `W011${String(100_101 + index * 7_919).padStart(6, '0')}`;

/**
 * Demo host associations (fictional, 20: most validated, two pending, one rejected), each with one
 * member account (`<slug>@asso.tremplin.local`, the demo password).
 */
export const associationsSeeder: Seeder = {
  name: 'associations',
  async seed({ app, demoPassword, credentials, now }: SeedContext): Promise<void> {
    const dataSource = app.get(DataSource);
    const hash = await app.get(PasswordHasher).hash(demoPassword);
    const admin = await dataSource.getRepository(User).findOneBy({ email: 'admin.demo@tremplin.local' });
    await dataSource.transaction(async (manager) => {
      for (const [index, demo] of DEMO_ASSOCIATIONS.entries()) {
        const decided = demo.status !== AssociationStatus.PENDING;
        const createdAt = new Date(now.getTime() - (200 - index * 7) * 24 * 3600 * 1000);
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(Association)
          .values({
            name: demo.name,
            rna: demoRna(index),
            description: demo.description,
            address: demo.address,
            communeCode: demo.communeCode,
            email: `contact@${demo.slug}.asso.test`,
            phone: `04 74 ${String(10 + index).padStart(2, '0')} ${String(20 + index).padStart(2, '0')} 00`,
            domainCodes: demo.domainCodes,
            welcomeContactName: demo.welcome.name,
            welcomeContactEmail: `accueil@${demo.slug}.asso.test`,
            welcomeContactPhone: demo.welcome.phone,
            status: demo.status,
            rejectionReason: demo.rejectionReason ?? null,
            decidedAt: decided ? new Date(createdAt.getTime() + 3 * 24 * 3600 * 1000) : null,
            decidedById: decided ? (admin?.id ?? null) : null,
            createdAt,
          })
          .orIgnore()
          .returning(['id'])
          .execute();
        const row = inserted.raw[0] as { id: string } | undefined;
        if (!row) continue;
        const email = `${demo.slug}@asso.tremplin.local`;
        await insertDemoUser(manager, {
          email,
          passwordHash: hash,
          role: Role.ASSOCIATION,
          firstName: demo.member.firstName,
          lastName: demo.member.lastName,
          associationId: row.id,
        });
        if (index === 0 || demo.status !== AssociationStatus.VALIDATED) {
          credentials.push({
            role: Role.ASSOCIATION,
            email,
            password: demoPassword,
            note: `${demo.name} (${demo.status === AssociationStatus.VALIDATED ? 'validée' : demo.status === AssociationStatus.PENDING ? 'en attente de validation' : 'refusée'})`,
          });
        }
      }
    });
  },
};
