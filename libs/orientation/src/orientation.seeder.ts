import { Beneficiary, LogbookEntry, LogbookReadGrant } from '@tremplin/beneficiaries';
import { Role, SeedContext, Seeder } from '@tremplin/core';
import { PasswordHasher, Territory, User, insertDemoUser } from '@tremplin/identity';
import { AIN_TERRITORIES, Commune, Competency, Job, MissionDomain } from '@tremplin/referentials';
import { DataSource, EntityManager, In, ObjectLiteral } from 'typeorm';
import { DemoFile, generateDemoFiles } from './demo/demo-files';
import { DEMO_REFERENTS } from './demo/demo-names';
import { Diagnostic, DiagnosticBarrier } from './diagnostic.entity';
import { Orientation } from './orientation.entity';

const asciiLocal = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  target: new () => T,
  rows: object[],
  size = 200,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

/**
 * Demo data of Action 1: a referent or two per CDS, and ~300 fictional beneficiaries with their
 * diagnostics, orientations, re-orientations and logbooks — some late on their deadlines.
 */
export const orientationSeeder: Seeder = {
  name: 'orientation',
  async seed({ app, random, now, demoPassword, credentials }: SeedContext): Promise<void> {
    const dataSource = app.get(DataSource);
    const territories = await dataSource.getRepository(Territory).find({ order: { code: 'ASC' } });
    const byCode = new Map(territories.map((t) => [t.code, t]));

    const hash = await app.get(PasswordHasher).hash(demoPassword);
    for (const referent of DEMO_REFERENTS) {
      const email = `${asciiLocal(referent.firstName)}.${asciiLocal(referent.lastName)}@tremplin.local`;
      await insertDemoUser(dataSource.manager, {
        email,
        passwordHash: hash,
        role: Role.REFERENT,
        firstName: referent.firstName,
        lastName: referent.lastName,
        territoryId: byCode.get(referent.territoryCode)?.id ?? null,
      });
    }
    const referents = await dataSource
      .getRepository(User)
      .find({ where: { role: Role.REFERENT, territoryId: In(territories.map((t) => t.id)) }, order: { email: 'ASC' } });
    const referentsByTerritory = new Map<string, string[]>();
    for (const referent of referents) {
      const list = referentsByTerritory.get(referent.territoryId as string) ?? [];
      list.push(referent.id);
      referentsByTerritory.set(referent.territoryId as string, list);
    }

    const seats = new Map(AIN_TERRITORIES.map((t) => [t.code, t.seatInsee]));
    const files = generateDemoFiles({
      random,
      now,
      territories: territories
        .filter((t) => referentsByTerritory.has(t.id))
        .map((t) => ({ id: t.id, code: t.code, name: t.name, seatInsee: seats.get(t.code) ?? '' })),
      communes: await dataSource.getRepository(Commune).find({ order: { inseeCode: 'ASC' } }),
      referents: referentsByTerritory,
      domainCodes: (await dataSource.getRepository(MissionDomain).find({ order: { code: 'ASC' } })).map((d) => d.code),
      jobCodes: (await dataSource.getRepository(Job).find({ order: { romeCode: 'ASC' } })).map((j) => j.romeCode),
      competencyCodes: (await dataSource.getRepository(Competency).find({ order: { code: 'ASC' } })).map((c) => c.code),
    });

    await dataSource.transaction(async (manager) => {
      await insertInChunks(
        manager,
        Beneficiary,
        files.map((f) => ({ ...f.beneficiary, createdById: f.beneficiary.referentId })),
      );
      await insertInChunks(
        manager,
        Diagnostic,
        files.flatMap((f) =>
          f.diagnostics.map(({ barriers: _barriers, ...d }) => ({ ...d, beneficiaryId: f.beneficiary.id })),
        ),
      );
      await insertInChunks(
        manager,
        DiagnosticBarrier,
        files.flatMap((f) => f.diagnostics.flatMap((d) => d.barriers.map((b) => ({ ...b, diagnosticId: d.id })))),
      );
      await insertInChunks(
        manager,
        Orientation,
        files.flatMap((f) => f.orientations.map((o) => ({ ...o, beneficiaryId: f.beneficiary.id }))),
      );
      await insertInChunks(
        manager,
        LogbookEntry,
        files.flatMap((f) =>
          f.entries.map((e) => ({ ...e, beneficiaryId: f.beneficiary.id, recordedAt: e.occurredAt })),
        ),
      );
      await insertInChunks(
        manager,
        LogbookReadGrant,
        files.flatMap((f: DemoFile) => (f.grant ? [{ ...f.grant, beneficiaryId: f.beneficiary.id }] : [])),
      );
    });

    // A referent of the Bourg-en-Bresse Pierre Goujon CDS, with late files among those they follow.
    const demo = referents.find((r) => r.email === 'amandine.roussel@tremplin.local');
    if (demo) {
      const late = files.filter((f) => f.late && f.beneficiary.referentId === demo.id).length;
      credentials.push({
        role: Role.REFERENT,
        email: demo.email,
        password: demoPassword,
        note: `référente, CDS Bourg-en-Bresse Pierre Goujon — ${files.filter((f) => f.beneficiary.referentId === demo.id).length} personnes suivies, dont ${late} en retard`,
      });
    }
  },
};
