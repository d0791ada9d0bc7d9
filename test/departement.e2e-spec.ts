import { Role } from '@tremplin/core';
import { Association, AssociationStatus } from '@tremplin/associations';
import { MissionStatus, MissionTransition } from '@tremplin/missions';
import { createAssociation } from './support/association-helpers';
import { insertMission } from './support/mission-helpers';
import { type StaffAccount, TestPlatform } from './support/test-platform';

// What the Département's console pages rely on: the moderation queues come the longest waiting
// first (they used to come newest first, so the oldest requests sank to the bottom), and accounts
// change role and territory and are re-enabled.

const QUEUE = `query($first: Int, $after: String) {
  missions(status: [SUBMITTED], first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { title submittedAt } }
  }
}`;
const ALL = `query { missions(first: 10) { edges { node { title } } } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { role isTerritoryManager territory { code } }
}`;
const ENABLE_USER = `mutation($id: ID!) { enableUser(id: $id) { disabledAt } }`;
const DISABLE_USER = `mutation($id: ID!) { disableUser(id: $id) { disabledAt } }`;
const ME = `query { me { role territory { code } } }`;
const PENDING = `query { associations(status: PENDING, first: 10) { edges { node { name createdAt } } } }`;

describe('Département workspace: moderation queues and accounts (e2e)', () => {
  let platform: TestPlatform;
  let admin: StaffAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    admin = await platform.createStaff(Role.ADMIN);
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('lists submitted missions by the time they were last submitted, oldest first, across pages', async () => {
    const { association } = await createAssociation(platform);
    // Created A, B, C (C is the newest); submitted B, then C, then A (re-submitted after a send-back).
    const submissions: Array<[string, string[]]> = [
      ['Mission A', ['2026-01-05T09:00:00Z', '2026-01-20T09:00:00Z']],
      ['Mission B', ['2026-01-10T09:00:00Z']],
      ['Mission C', ['2026-01-15T09:00:00Z']],
    ];
    for (const [title, times] of submissions) {
      const mission = await insertMission(platform, association.id, { title, status: MissionStatus.SUBMITTED });
      for (const time of times) {
        await platform.dataSource.getRepository(MissionTransition).insert({
          missionId: mission.id,
          action: 'SUBMIT' as never,
          fromStatus: MissionStatus.DRAFT,
          toStatus: MissionStatus.SUBMITTED,
          actorId: null,
          reason: null,
          occurredAt: new Date(time),
        });
      }
    }
    await insertMission(platform, association.id, { title: 'Mission publiée', status: MissionStatus.PUBLISHED });

    type Queue = {
      missions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { title: string; submittedAt: string } }>;
      };
    };
    const first = await platform.gqlOk<Queue>(QUEUE, { first: 2 }, admin.token);
    expect(first.missions.totalCount).toBe(3);
    expect(first.missions.edges.map((e) => e.node)).toEqual([
      { title: 'Mission B', submittedAt: '2026-01-10T09:00:00.000Z' },
      { title: 'Mission C', submittedAt: '2026-01-15T09:00:00.000Z' },
    ]);
    expect(first.missions.pageInfo.hasNextPage).toBe(true);
    const second = await platform.gqlOk<Queue>(
      QUEUE,
      { first: 2, after: first.missions.pageInfo.endCursor },
      admin.token,
    );
    expect(second.missions.edges.map((e) => e.node)).toEqual([
      { title: 'Mission A', submittedAt: '2026-01-20T09:00:00.000Z' },
    ]);
    expect(second.missions.pageInfo.hasNextPage).toBe(false);

    // Without the moderation filter the list stays newest first.
    const all = await platform.gqlOk<{ missions: { edges: Array<{ node: { title: string } }> } }>(ALL, {}, admin.token);
    expect(all.missions.edges.map((e) => e.node.title)).toEqual([
      'Mission publiée',
      'Mission C',
      'Mission B',
      'Mission A',
    ]);
  });

  it('lists associations waiting for validation by registration date, oldest first', async () => {
    const repository = platform.dataSource.getRepository(Association);
    for (const [name, createdAt] of [
      ['Amicale récente', '2026-02-20T09:00:00Z'],
      ['Zèbre solidaire, la plus ancienne', '2026-02-01T09:00:00Z'],
      ['Maison du quartier', '2026-02-10T09:00:00Z'],
    ]) {
      const { association } = await createAssociation(platform, { name, status: AssociationStatus.PENDING });
      await repository.update({ id: association.id }, { createdAt: new Date(createdAt) });
    }
    const result = await platform.gqlOk<{ associations: { edges: Array<{ node: { name: string } }> } }>(
      PENDING,
      {},
      admin.token,
    );
    expect(result.associations.edges.map((e) => e.node.name)).toEqual([
      'Zèbre solidaire, la plus ancienne',
      'Maison du quartier',
      'Amicale récente',
    ]);
  });

  describe('accounts', () => {
    it('changes a role and a territory, effective on the next request of the same session', async () => {
      const [first, second] = (await platform.dataSource.query(
        `SELECT id, code FROM territory ORDER BY code LIMIT 2`,
      )) as Array<{ id: string; code: string }>;
      const coordinator = await platform.createStaff(Role.COORDINATOR);
      const result = await platform.gqlOk<{ updateUser: unknown }>(
        UPDATE_USER,
        { id: coordinator.user.id, input: { role: 'REFERENT', territoryId: first.id, isTerritoryManager: true } },
        admin.token,
      );
      expect(result.updateUser).toEqual({
        role: 'REFERENT',
        isTerritoryManager: true,
        territory: { code: first.code },
      });
      expect((await platform.gqlOk<{ me: unknown }>(ME, {}, coordinator.token)).me).toEqual({
        role: 'REFERENT',
        territory: { code: first.code },
      });
      // Only the fields sent change.
      const moved = await platform.gqlOk<{ updateUser: unknown }>(
        UPDATE_USER,
        { id: coordinator.user.id, input: { territoryId: second.id } },
        admin.token,
      );
      expect(moved.updateUser).toEqual({
        role: 'REFERENT',
        isTerritoryManager: true,
        territory: { code: second.code },
      });
    });

    it('refuses a référent without territory, an association role and a change of one’s own role, in French', async () => {
      const referent = await platform.createStaff(Role.REFERENT, {
        territoryId: ((await platform.dataSource.query(`SELECT id FROM territory LIMIT 1`)) as Array<{ id: string }>)[0]
          .id,
      });
      const noTerritory = await platform.gql(
        UPDATE_USER,
        { id: referent.user.id, input: { territoryId: null } },
        admin.token,
      );
      expect(noTerritory.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(noTerritory.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'territoryId', messages: ['est obligatoire pour un référent'] },
      ]);

      const toAssociation = await platform.gql(
        UPDATE_USER,
        { id: referent.user.id, input: { role: 'ASSOCIATION' } },
        admin.token,
      );
      expect((toAssociation.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual([
        'role',
      ]);

      const self = await platform.gql(UPDATE_USER, { id: admin.user.id, input: { role: 'COORDINATOR' } }, admin.token);
      expect(self.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'role', messages: ['vous ne pouvez pas changer votre propre rôle'] },
      ]);
      expect((await platform.gqlOk<{ me: { role: string } }>(ME, {}, admin.token)).me.role).toBe('ADMIN');
    });

    it('re-enables a disabled account: its holder logs in again', async () => {
      const coordinator = await platform.createStaff(Role.COORDINATOR);
      await platform.gqlOk(DISABLE_USER, { id: coordinator.user.id }, admin.token);
      expect((await platform.gql(ME, {}, coordinator.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await platform.gqlOk(ENABLE_USER, { id: coordinator.user.id }, admin.token)).toEqual({
        enableUser: { disabledAt: null },
      });
      const login = await platform.gqlOk<{ login: { token: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { email: coordinator.user.email, password: coordinator.password } },
      );
      expect((await platform.gqlOk<{ me: { role: string } }>(ME, {}, login.login.token)).me.role).toBe('COORDINATOR');
    });
  });
});
