import { AssociationStatus } from '@tremplin/associations';
import { FakeClock, Role } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { ModerationDigestHandler } from '@tremplin/missions';
import { createAssociation } from './support/association-helpers';
import { missionInput } from './support/mission-helpers';
import { type StaffAccount, TestPlatform, eventually } from './support/test-platform';

const CREATE = `mutation($input: CreateMissionInput!) { createMission(input: $input) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitMission(id: $id) { id status } }`;
const PUBLISH = `mutation($id: ID!) { publishMission(id: $id) { id status } }`;
const VALIDATE = `mutation($input: ValidateAssociationInput!) { validateAssociation(input: $input) { id status } }`;

/** Monday 2 March 2026, 7:40 in Paris. */
const MONDAY_MORNING = '2026-03-02T06:40:00Z';

describe('moderation digest (missions to moderate, associations to validate)', () => {
  const clock = new FakeClock('2026-02-27T09:00:00Z');
  let platform: TestPlatform;
  let admin: StaffAccount;
  let coordinator: StaffAccount;
  let referent: StaffAccount;
  let member: StaffAccount;
  let pendingAssociationId: string;
  let missionId: string;

  const digest = () => platform.worker!.get(ModerationDigestHandler).sendDigests();
  const digestMails = () =>
    platform.smtp.messages.filter((m) => m.subject.startsWith('Tremplin : ') && /modérer|valider/.test(m.subject));
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Nadia' });
    coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Marc' });
    referent = await platform.createStaff(Role.REFERENT);
    const away = await platform.createStaff(Role.COORDINATOR, { firstName: 'Absent' });
    await platform.dataSource.getRepository(User).update({ id: away.user.id }, { disabledAt: new Date() });
    ({ member } = await createAssociation(platform, { name: 'Épicerie solidaire La Passerelle' }));
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('sends nothing when nothing waits', async () => {
    clock.set(MONDAY_MORNING);
    expect(await digest()).toEqual({ sent: 0, alreadySent: 0 });
    expect(digestMails()).toHaveLength(0);
  });

  it('tells each active moderator, once a day, what waits for their decision', async () => {
    clock.set('2026-02-27T09:00:00Z'); // Friday: the mission is submitted, the association registers
    const { createMission } = await platform.gqlOk<{ createMission: { id: string } }>(
      CREATE,
      { input: missionInput({ title: 'Atelier vélo du samedi' }) },
      member.token,
    );
    missionId = createMission.id;
    await platform.gqlOk(SUBMIT, { id: missionId }, member.token);
    pendingAssociationId = (
      await createAssociation(platform, {
        name: 'Accueil de jour Le Pont',
        status: AssociationStatus.PENDING,
        createdAt: clock.now(),
      })
    ).association.id;

    clock.set('2026-03-03T06:40:00Z'); // Tuesday 7:40
    const moderators = await platform.dataSource
      .getRepository(User)
      .find({ where: [{ role: Role.ADMIN }, { role: Role.COORDINATOR }] });
    const active = moderators
      .filter((u) => u.disabledAt === null)
      .map((u) => u.email)
      .sort();
    expect(await digest()).toEqual({ sent: active.length, alreadySent: 0 });
    const mails = await eventually(async () => (digestMails().length === active.length ? digestMails() : null));
    expect(mails.map((m) => m.to[0]).sort()).toEqual(active);
    expect(platform.smtp.to(referent.user.email)).toHaveLength(0);

    const toAdmin = mails.find((m) => m.to[0] === admin.user.email)!;
    expect(toAdmin.subject).toBe('Tremplin : 1 mission à modérer et 1 association à valider');
    expect(flat(toAdmin.text)).toContain('Bonjour Nadia');
    expect(flat(toAdmin.text)).toContain(
      '« Atelier vélo du samedi » — Épicerie solidaire La Passerelle, soumise le 27/02/2026',
    );
    expect(flat(toAdmin.text)).toContain('Accueil de jour Le Pont (Bourg-en-Bresse), inscrite le 27/02/2026');
    expect(toAdmin.html).toContain('Associations en attente de validation');

    const toCoordinator = mails.find((m) => m.to[0] === coordinator.user.email)!;
    expect(toCoordinator.subject).toBe('Tremplin : 1 mission à modérer');
    expect(flat(toCoordinator.text)).toContain('« Atelier vélo du samedi »');
    expect(toCoordinator.text).not.toContain('Accueil de jour Le Pont');
    expect(toCoordinator.text).not.toContain('Associations en attente de validation');
    expect(toCoordinator.html).not.toContain('Associations en attente de validation');

    // The job running again the same day sends nothing more.
    expect(await digest()).toEqual({ sent: 0, alreadySent: active.length });
    expect(digestMails()).toHaveLength(active.length);
  });

  it('stops once the mission is published and the association validated', async () => {
    await platform.gqlOk(PUBLISH, { id: missionId }, coordinator.token);
    await platform.gqlOk(
      VALIDATE,
      { input: { associationId: pendingAssociationId, decision: 'VALIDATED' } },
      admin.token,
    );
    clock.set('2026-03-04T06:40:00Z'); // Wednesday
    expect(await digest()).toEqual({ sent: 0, alreadySent: 0 });
  });
});
