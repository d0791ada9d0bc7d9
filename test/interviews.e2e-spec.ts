import {
  BookingNudgeHandler,
  Interview,
  InterviewRemindersHandler,
  InterviewQueries,
  dayPartMaskOf,
  interviewsSeeder,
} from '@tremplin/interviews';
import { randomUUID } from 'node:crypto';
import { FakeClock, JobName, JobQueue, QueueName, Role, SeedRandom, SignedLinks } from '@tremplin/core';
import type { CapturedMail } from '@tremplin/core/testing';
import { Mission } from '@tremplin/missions';
import { Association } from '@tremplin/associations';
import { createAssociation } from './support/association-helpers';
import { BeneficiaryView, LOGBOOK } from './support/beneficiary-helpers';
import {
  AVAILABILITY_FIELDS,
  AvailabilityView,
  CANCEL,
  INTERVIEWS,
  INTERVIEW_SLOTS,
  InterviewView,
  PUBLISH_AVAILABILITY,
  RECORD_OUTCOME,
  RESCHEDULE,
  SCHEDULE,
  SlotOptionView,
  expectNothingWritten,
  interviewFingerprint,
  invitationOf,
  parseCalendar,
} from './support/interview-helpers';
import {
  answerToken,
  createConsentingBeneficiary,
  createMission,
  flat,
  getPage,
  postAnswer,
  proposalRow,
  proposeOk,
  waitUntilSent,
} from './support/proposal-helpers';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';

const OYONNAX = '01283';
const BOURG = '01053';

const UPDATE_AVAILABILITY = `mutation($id: ID!, $input: PublishAvailabilityInput!) {
  updateAvailability(id: $id, input: $input) { ${AVAILABILITY_FIELDS} } }`;
const REMOVE_AVAILABILITY = `mutation($id: ID!) { removeAvailability(id: $id) }`;
const REMOVE_SLOT = `mutation($slotId: ID!) { removeInterviewSlot(slotId: $slotId) { ${AVAILABILITY_FIELDS} } }`;
const AVAILABILITIES = `query($coordinatorId: ID, $first: Int) {
  interviewAvailabilities(coordinatorId: $coordinatorId, first: $first) { totalCount edges { node { id slots { id } } } } }`;

/** Monday 2 March 2026, 9:00 in Paris. */
const START = '2026-03-02T08:00:00.000Z';
const HOUR = 3_600_000;

function officeInput(startsAt: string, endsAt: string, overrides: Record<string, unknown> = {}) {
  return {
    startsAt,
    endsAt,
    slotMinutes: 45,
    place: {
      kind: 'FRANCE_BENEVOLAT',
      label: 'France Bénévolat Ain',
      address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
      communeCode: BOURG,
    },
    ...overrides,
  };
}

interface Book {
  logbook: { edges: Array<{ node: { type: string; summary: string; referenceId: string | null } }> };
}

describe('interviews', () => {
  const clock = new FakeClock(START);
  let platform: TestPlatform;
  let coordinator: StaffAccount;
  let otherCoordinator: StaffAccount;
  let admin: StaffAccount;
  let referent: StaffAccount;
  let strangerReferent: StaffAccount;
  let association: Association;
  let member: StaffAccount;
  let otherMember: StaffAccount;
  let mission: Mission;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Coordinatrice' });
    otherCoordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Marc', lastName: 'Coordinateur' });
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' });
    const oyonnax = await platform.territory('CDS-OYONNAX');
    const belley = await platform.territory('CDS-BELLEY');
    referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Référente',
      territoryId: oyonnax.id,
    });
    strangerReferent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Élise',
      lastName: 'Belley',
      territoryId: belley.id,
    });
    ({ association, member } = await createAssociation(platform));
    ({ member: otherMember } = await createAssociation(platform, { name: 'Autre association' }));
    mission = await createMission(platform, association, { places: 50 });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  async function publish(account: StaffAccount, input: Record<string, unknown>): Promise<AvailabilityView> {
    const data = await platform.gqlOk<{ publishAvailability: AvailabilityView }>(
      PUBLISH_AVAILABILITY,
      { input },
      account.token,
    );
    return data.publishAvailability;
  }

  /** A beneficiary of the referent (available Tuesday and Thursday mornings) whose proposal they accepted. */
  async function acceptedProposal(
    overrides: Record<string, unknown> = {},
    onMission: Mission = mission,
  ): Promise<{ person: BeneficiaryView; proposalId: string; acceptPage: string }> {
    const person = await createConsentingBeneficiary(platform, referent, overrides);
    const proposed = await proposeOk(platform, referent, person.id, onMission.id);
    await waitUntilSent(platform, proposed.id);
    const accepted = await postAnswer(
      platform,
      answerToken(platform, await proposalRow(platform, proposed.id)),
      'accept',
    );
    expect(accepted.status).toBe(200);
    expect((await proposalRow(platform, proposed.id)).status).toBe('ACCEPTED');
    return { person, proposalId: proposed.id, acceptPage: accepted.html };
  }

  interface SlotPage {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: SlotOptionView }>;
  }

  const slotPage = async (proposalId: string, account: StaffAccount, first: number, after?: string | null) =>
    (await platform.gqlOk<{ interviewSlots: SlotPage }>(INTERVIEW_SLOTS, { proposalId, first, after }, account.token))
      .interviewSlots;

  /** Every free slot that fits, page after page of the connection. */
  const slotsFor = async (proposalId: string, account: StaffAccount = referent) => {
    const slots: SlotOptionView[] = [];
    let after: string | null = null;
    for (;;) {
      const page: SlotPage = await slotPage(proposalId, account, 100, after);
      slots.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return slots;
      after = page.pageInfo.endCursor;
    }
  };

  const schedule = (proposalId: string, slotId: string, account: StaffAccount = referent, extra = {}) =>
    platform.gql<{ scheduleInterview: InterviewView }>(
      SCHEDULE,
      { input: { proposalId, slotId, ...extra } },
      account.token,
    );

  const logbookOf = async (beneficiaryId: string) =>
    (await platform.gqlOk<Book>(LOGBOOK, { beneficiaryId, first: 50 }, referent.token)).logbook.edges.map(
      (e) => e.node,
    );

  /** Emails about one interview (its id is in every idempotency key), as captured by the SMTP sink. */
  async function mailsFor(interviewId: string, keyPart: string, count: number): Promise<CapturedMail[]> {
    const rows = await eventually(async () => {
      const found = (await platform.dataSource.query(
        `SELECT message_id, to_address FROM email_message WHERE idempotency_key LIKE $1 AND status = 'SENT'`,
        [`interview:${interviewId}:${keyPart}%`],
      )) as Array<{ message_id: string; to_address: string }>;
      return found.length >= count ? found : null;
    });
    expect(rows).toHaveLength(count);
    const ids = new Set(rows.map((r) => r.message_id));
    return eventually(async () => {
      const mails = platform.smtp.messages.filter((m) => m.messageId && ids.has(m.messageId));
      return mails.length === count ? mails : null;
    });
  }

  interface PlannedReminderRow {
    id: string;
    runAt: Date;
    payload: { interviewId: string; kind: 'H48' | 'H2'; startsAtMs: number };
  }

  /** The reminder jobs promised for an interview (outbox rows), earliest first. */
  const remindersOf = async (interviewId: string): Promise<PlannedReminderRow[]> =>
    (
      (await platform.dataSource.query(
        `SELECT id, run_at, payload FROM outbox_job WHERE job_name = $1 AND payload->>'interviewId' = $2 ORDER BY run_at`,
        [JobName.SendInterviewReminder, interviewId],
      )) as Array<{ id: string; run_at: Date; payload: PlannedReminderRow['payload'] }>
    ).map((row) => ({ id: row.id, runAt: row.run_at, payload: row.payload }));

  const schedulingQueue = () => platform.api.get(JobQueue).queue(QueueName.Scheduling);

  /** The reminder jobs of an interview waiting in the queue, earliest first. */
  async function queuedRemindersOf(interviewId: string): Promise<Array<{ id: string; state: string; delay: number }>> {
    const jobs = (await schedulingQueue().getJobs(['delayed', 'waiting'])).filter(
      (job) =>
        job.name === JobName.SendInterviewReminder && (job.data as { interviewId: string }).interviewId === interviewId,
    );
    jobs.sort((a, b) => a.timestamp + a.delay - (b.timestamp + b.delay));
    return Promise.all(jobs.map(async (job) => ({ id: job.id!, state: await job.getState(), delay: job.delay })));
  }

  /** Runs a delayed job now, as BullMQ would once its delay is over. */
  async function promote(jobId: string): Promise<void> {
    const job = await schedulingQueue().getJob(jobId);
    expect(job).toBeDefined();
    await job!.promote();
  }

  describe('publishAvailability', () => {
    it('cuts a range into bookable slots at the France Bénévolat office', async () => {
      // Thursday 5 March, 9:00-11:30 in Paris: three slots of 45 minutes, the remaining 15 minutes left out.
      const availability = await publish(coordinator, officeInput('2026-03-05T08:00:00Z', '2026-03-05T10:30:00Z'));
      expect(availability).toMatchObject({
        coordinatorId: coordinator.user.id,
        slotMinutes: 45,
        breakMinutes: 0,
        place: {
          kind: 'FRANCE_BENEVOLAT',
          label: 'France Bénévolat Ain',
          address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
          communeCode: BOURG,
          videoUrl: null,
        },
        coordinator: { id: coordinator.user.id },
      });
      expect(availability.slots.map((s) => [s.startsAt, s.endsAt, s.booked])).toEqual([
        ['2026-03-05T08:00:00.000Z', '2026-03-05T08:45:00.000Z', false],
        ['2026-03-05T08:45:00.000Z', '2026-03-05T09:30:00.000Z', false],
        ['2026-03-05T09:30:00.000Z', '2026-03-05T10:15:00.000Z', false],
      ]);
    });

    it('places a CDS availability in the commune of the CDS, and a video one nowhere', async () => {
      const oyonnax = await platform.territory('CDS-OYONNAX');
      // Tuesday 10 March, 9:00-11:15 in Paris, at the CDS of Oyonnax.
      const cds = await publish(
        coordinator,
        officeInput('2026-03-10T08:00:00Z', '2026-03-10T10:15:00Z', {
          place: { kind: 'CDS', territoryId: oyonnax.id, address: '12 rue Anatole France, 01100 Oyonnax' },
        }),
      );
      expect(cds.place).toEqual({
        kind: 'CDS',
        label: 'CDS Oyonnax',
        address: '12 rue Anatole France, 01100 Oyonnax',
        communeCode: OYONNAX,
        videoUrl: null,
      });
      expect(cds.slots).toHaveLength(3);

      // Thursday 12 March, 9:00-10:15, by video, 30 minutes with a pause of 15.
      const video = await publish(
        otherCoordinator,
        officeInput('2026-03-12T08:00:00Z', '2026-03-12T09:15:00Z', {
          slotMinutes: 30,
          breakMinutes: 15,
          place: { kind: 'VIDEO', videoUrl: 'https://visio.ain.fr/fb-entretiens' },
        }),
      );
      expect(video.place).toEqual({
        kind: 'VIDEO',
        label: 'Visioconférence',
        address: null,
        communeCode: null,
        videoUrl: 'https://visio.ain.fr/fb-entretiens',
      });
      expect(video.slots.map((s) => s.startsAt)).toEqual(['2026-03-12T08:00:00.000Z', '2026-03-12T08:45:00.000Z']);
    });

    it('refuses bad ranges and places with coded errors, writing nothing', async () => {
      const attempts: Array<[string, Record<string, unknown>]> = [
        ['BAD_USER_INPUT', officeInput('2026-03-01T08:00:00Z', '2026-03-01T10:00:00Z')],
        ['BAD_USER_INPUT', officeInput('2026-03-20T10:00:00Z', '2026-03-20T08:00:00Z')],
        ['BAD_USER_INPUT', officeInput('2026-03-20T06:00:00Z', '2026-03-20T20:00:00Z')],
        ['BAD_USER_INPUT', officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z', { slotMinutes: 5 })],
        [
          'BAD_USER_INPUT',
          officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z', {
            place: { kind: 'VIDEO', videoUrl: 'javascript:alert(1)' },
          }),
        ],
        [
          'BAD_USER_INPUT',
          officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z', { place: { kind: 'FRANCE_BENEVOLAT' } }),
        ],
        [
          'BAD_USER_INPUT',
          officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z', {
            place: { kind: 'CDS', address: '1 rue de la Gare, 01100 Oyonnax' },
          }),
        ],
        // Overlaps the range published in the first test (Thursday 5 March, 9:00-11:15).
        ['CONFLICT', officeInput('2026-03-05T10:00:00Z', '2026-03-05T11:00:00Z')],
      ];
      for (const [code, input] of attempts) {
        const result = await expectNothingWritten(platform, code, () =>
          platform.gql(PUBLISH_AVAILABILITY, { input }, coordinator.token),
        );
        expect(result.errors?.[0]?.message).toMatch(/[a-zé]/);
      }
      await expectNothingWritten(platform, 'FORBIDDEN', () =>
        platform.gql(
          PUBLISH_AVAILABILITY,
          { input: officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z') },
          referent.token,
        ),
      );
    });

    it('lets the coordinator change or remove a free range, never another coordinator', async () => {
      const availability = await publish(coordinator, officeInput('2026-03-16T08:00:00Z', '2026-03-16T10:00:00Z'));
      await expectNothingWritten(platform, 'FORBIDDEN', () =>
        platform.gql(
          UPDATE_AVAILABILITY,
          { id: availability.id, input: officeInput('2026-03-16T08:00:00Z', '2026-03-16T09:00:00Z') },
          otherCoordinator.token,
        ),
      );
      const updated = await platform.gqlOk<{ updateAvailability: AvailabilityView }>(
        UPDATE_AVAILABILITY,
        {
          id: availability.id,
          input: officeInput('2026-03-16T13:00:00Z', '2026-03-16T15:00:00Z', { slotMinutes: 60 }),
        },
        coordinator.token,
      );
      expect(updated.updateAvailability.slots.map((s) => s.startsAt)).toEqual([
        '2026-03-16T13:00:00.000Z',
        '2026-03-16T14:00:00.000Z',
      ]);

      const afterSlotRemoval = await platform.gqlOk<{ removeInterviewSlot: AvailabilityView }>(
        REMOVE_SLOT,
        { slotId: updated.updateAvailability.slots[0].id },
        coordinator.token,
      );
      expect(afterSlotRemoval.removeInterviewSlot.slots.map((s) => s.startsAt)).toEqual(['2026-03-16T14:00:00.000Z']);

      await expectNothingWritten(platform, 'FORBIDDEN', () =>
        platform.gql(REMOVE_AVAILABILITY, { id: availability.id }, otherCoordinator.token),
      );
      await platform.gqlOk(REMOVE_AVAILABILITY, { id: availability.id }, admin.token);
      const list = await platform.gqlOk<{
        interviewAvailabilities: { edges: Array<{ node: { id: string } }> };
      }>(AVAILABILITIES, { coordinatorId: coordinator.user.id, first: 100 }, coordinator.token);
      expect(list.interviewAvailabilities.edges.map((e) => e.node.id)).not.toContain(availability.id);
      await expectNothingWritten(platform, 'NOT_FOUND', () =>
        platform.gql(REMOVE_AVAILABILITY, { id: availability.id }, coordinator.token),
      );
    });
  });

  describe('the journey: accept, self-book, reschedule, reminders, outcome', () => {
    let person: BeneficiaryView;
    let proposalId: string;
    let bookingUrl: string;
    let interview: InterviewView;
    let uid: string;

    it('offers the free slots that fit the person, 48 h ahead at least, nearest place first', async () => {
      ({ person, proposalId, acceptPage: bookingUrl } = await acceptedProposal());
      bookingUrl = /href="(http:\/\/127\.0\.0\.1:\d+\/rdv\/[\w-]+\.[\w-]+\.[\w-]+)"/.exec(bookingUrl)![1];

      const slots = await slotsFor(proposalId);
      // Home is Oyonnax: the CDS of Oyonnax first, then the office in Bourg, video last.
      expect(slots.map((s) => [s.place.label, s.startsAt])).toEqual([
        ['CDS Oyonnax', '2026-03-10T08:00:00.000Z'],
        ['CDS Oyonnax', '2026-03-10T08:45:00.000Z'],
        ['CDS Oyonnax', '2026-03-10T09:30:00.000Z'],
        ['France Bénévolat Ain', '2026-03-05T08:00:00.000Z'],
        ['France Bénévolat Ain', '2026-03-05T08:45:00.000Z'],
        ['France Bénévolat Ain', '2026-03-05T09:30:00.000Z'],
        ['Visioconférence', '2026-03-12T08:00:00.000Z'],
        ['Visioconférence', '2026-03-12T08:45:00.000Z'],
      ]);
      expect(slots[0].distanceKm).toBeLessThan(1);
      expect(slots[3].distanceKm).toBeGreaterThan(30);
      expect(slots[6].distanceKm).toBeNull();
      expect(slots[0].label).toBe("mardi 10 mars, 9 h — CDS Oyonnax, à moins d'1 km");

      // A Relay connection: pages of the same ranking, the total counted over every slot that fits.
      const first = await slotPage(proposalId, referent, 3);
      expect(first.totalCount).toBe(8);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await slotPage(proposalId, referent, 100, first.pageInfo.endCursor);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect([...first.edges, ...second.edges].map((e) => e.node.slotId)).toEqual(slots.map((s) => s.slotId));
      expect(
        (await platform.gql(INTERVIEW_SLOTS, { proposalId, first: 101 }, referent.token)).errors?.[0]?.extensions?.code,
      ).toBe('BAD_USER_INPUT');

      // Coordinators see the slots too; a referent who does not follow the person, nothing at all.
      expect(await slotsFor(proposalId, coordinator)).toHaveLength(8);
      const stranger = await platform.gql(INTERVIEW_SLOTS, { proposalId }, strangerReferent.token);
      expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('lets the person book from the signed link, and sends three invitations a real parser reads as REQUEST', async () => {
      const page = await getPage(bookingUrl);
      expect(page.status).toBe(200);
      expect(page.html).toContain('<html lang="fr"');
      expect(page.html).toContain('Choisir mon rendez-vous');
      expect(page.html).toContain('Bonjour Karima');
      const order = ['CDS Oyonnax', 'France Bénévolat Ain', 'Visioconférence'].map((label) =>
        page.html.indexOf(`<strong>${label}</strong>`),
      );
      expect(order.every((index) => index > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(page.html).toContain('<legend>');
      expect(page.html).toContain('mardi 10 mars, 9 h – 9 h 45');

      const slots = await slotsFor(proposalId);
      const chosen = slots[0];
      expect(page.html).toContain(`value="${chosen.slotId}"`);
      const response = await fetch(bookingUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ creneau: chosen.slotId }).toString(),
        redirect: 'manual',
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(new URL(bookingUrl).pathname);

      const booked = await getPage(bookingUrl);
      expect(booked.html).toContain('Mon rendez-vous');
      expect(booked.html).toContain('mardi 10 mars 2026 de 9 h à 9 h 45');
      expect(booked.html).toContain('CDS Oyonnax, 12 rue Anatole France, 01100 Oyonnax');

      const list = await platform.gqlOk<{ interviews: { edges: Array<{ node: InterviewView }> } }>(
        INTERVIEWS,
        { proposalId },
        referent.token,
      );
      interview = list.interviews.edges[0].node;
      expect(interview).toMatchObject({
        proposalId,
        beneficiaryId: person.id,
        missionId: mission.id,
        coordinatorId: coordinator.user.id,
        referentId: referent.user.id,
        slotId: chosen.slotId,
        startsAt: '2026-03-10T08:00:00.000Z',
        endsAt: '2026-03-10T08:45:00.000Z',
        status: 'SCHEDULED',
        sequence: 0,
        bookedBy: 'BENEFICIARY',
        place: { kind: 'CDS', label: 'CDS Oyonnax' },
        beneficiary: { firstName: 'Karima', lastName: person.lastName },
        missionTitle: mission.title,
        associationName: association.name,
      });

      const invitations = await mailsFor(interview.id, 'v0:', 3);
      expect(invitations.map((m) => m.to[0]).sort()).toEqual(
        [person.email!, referent.user.email, coordinator.user.email].sort(),
      );
      // One calendar file per email (the event also goes as the text/calendar alternative, unnamed).
      for (const mail of invitations) {
        expect(mail.parsed.attachments.filter((a) => a.filename?.endsWith('.ics')).map((a) => a.filename)).toEqual([
          'entretien.ics',
        ]);
      }
      const calendars = invitations.map(invitationOf);
      uid = calendars[0].uid;
      for (const calendar of calendars) {
        expect(calendar).toMatchObject({
          method: 'REQUEST',
          uid,
          sequence: 0,
          status: 'CONFIRMED',
          start: new Date('2026-03-10T08:00:00Z'),
          end: new Date('2026-03-10T08:45:00Z'),
          location: 'CDS Oyonnax, 12 rue Anatole France, 01100 Oyonnax',
          organizer: coordinator.user.email,
        });
        expect(calendar.attendees).toEqual([person.email!, referent.user.email, coordinator.user.email].sort());
      }
      expect(uid).toContain(interview.id);
      const mine = invitations.find((m) => m.to[0] === person.email)!;
      expect(mine.subject).toBe(
        'Rendez-vous : entretien pour la mission « Accueil à l’épicerie solidaire », mardi 10 mars 2026 de 9 h à 9 h 45',
      );
      expect(mine.text).toContain('Votre rendez-vous est fixé');
      expect(mine.replyTo).toContain(referent.user.email);

      // The host association hears of it (its acceptance email promised it): first name only, no
      // calendar (it does not take part), a button to its volunteers page.
      const [notice] = await mailsFor(interview.id, 'association:v0:', 1);
      expect(notice.to).toEqual([member.user.email]);
      expect(notice.subject).toBe(
        'Entretien de Karima fixé au mardi 10 mars 2026 de 9 h à 9 h 45 (mission « Accueil à l’épicerie solidaire »)',
      );
      expect(flat(notice.text)).toContain(
        'pour la mission « Accueil à l’épicerie solidaire » est fixé au mardi 10 mars 2026 de 9 h à 9 h 45 (CDS Oyonnax)',
      );
      expect(notice.text).not.toContain(person.lastName);
      expect(notice.text).toContain(`${platform.baseUrl}/benevoles`);
      expect(notice.parsed.attachments).toEqual([]);

      const entries = await logbookOf(person.id);
      expect(entries.find((e) => e.type === 'INTERVIEW_SCHEDULED')).toMatchObject({
        referenceId: interview.id,
        summary: expect.stringContaining('choisi par la personne'),
      });
    });

    it('serves the current invitation to staff who may see the interview, and to the person from their link', async () => {
      const fetchIcs = (token?: string) =>
        fetch(`${platform.baseUrl}/interviews/${interview.id}/invite.ics`, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
      for (const account of [referent, coordinator, admin, member]) {
        const response = await fetchIcs(account.token);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/calendar');
        expect(parseCalendar(await response.text())).toMatchObject({ method: 'REQUEST', uid, sequence: 0 });
      }
      expect((await fetchIcs(strangerReferent.token)).status).toBe(404);
      expect((await fetchIcs(otherMember.token)).status).toBe(404);
      expect((await fetchIcs()).status).toBe(401);

      const own = await fetch(`${bookingUrl}/entretien.ics`);
      expect(own.status).toBe(200);
      expect(parseCalendar(await own.text())).toMatchObject({ method: 'REQUEST', uid });
    });

    it('shows each role what it may see of the interview', async () => {
      const seen = async (account: StaffAccount) =>
        (
          await platform.gqlOk<{ interviews: { edges: Array<{ node: InterviewView }> } }>(
            INTERVIEWS,
            { beneficiaryId: person.id },
            account.token,
          )
        ).interviews.edges.map((e) => e.node);
      expect(await seen(coordinator)).toHaveLength(1);
      expect(await seen(admin)).toHaveLength(1);
      expect(await seen(strangerReferent)).toHaveLength(0);
      expect(await seen(otherMember)).toHaveLength(0);
      const forAssociation = await seen(member);
      expect(forAssociation).toHaveLength(1);
      expect(forAssociation[0].beneficiary).toMatchObject({ firstName: 'Karima', lastName: null });
    });

    it('moves the interview with the same UID and SEQUENCE + 1, and frees the former slot', async () => {
      const slots = await slotsFor(proposalId, coordinator);
      const thursday = slots.find((s) => s.startsAt === '2026-03-05T08:00:00.000Z')!;
      const moved = await platform.gqlOk<{ rescheduleInterview: InterviewView }>(
        RESCHEDULE,
        { input: { interviewId: interview.id, slotId: thursday.slotId } },
        coordinator.token,
      );
      expect(moved.rescheduleInterview).toMatchObject({
        id: interview.id,
        status: 'SCHEDULED',
        sequence: 1,
        startsAt: '2026-03-05T08:00:00.000Z',
        place: { kind: 'FRANCE_BENEVOLAT', label: 'France Bénévolat Ain' },
      });
      const invitations = await mailsFor(interview.id, 'v1:', 3);
      for (const mail of invitations) {
        expect(invitationOf(mail)).toMatchObject({
          method: 'REQUEST',
          uid,
          sequence: 1,
          start: new Date('2026-03-05T08:00:00Z'),
        });
        expect(mail.subject.startsWith('Rendez-vous déplacé')).toBe(true);
      }
      expect((await slotsFor(proposalId)).map((s) => s.slotId)).toContain(interview.slotId);
      expect((await logbookOf(person.id)).some((e) => e.type === 'INTERVIEW_RESCHEDULED')).toBe(true);
      const [notice] = await mailsFor(interview.id, 'association:v1:', 1);
      expect(notice.subject).toBe(
        'Entretien de Karima déplacé au jeudi 5 mars 2026 de 9 h à 9 h 45 (mission « Accueil à l’épicerie solidaire »)',
      );
      expect(flat(notice.text)).toContain(
        'prévu le mardi 10 mars 2026 de 9 h à 9 h 45, est déplacé au jeudi 5 mars 2026 de 9 h à 9 h 45 (France Bénévolat Ain)',
      );
      expect(notice.text).not.toContain(person.lastName);
      interview = moved.rescheduleInterview;
    });

    it('plans the reminders 48 h and 2 h before as delayed jobs, sends each once, and moves them with the interview', async () => {
      const handler = platform.worker!.get(InterviewRemindersHandler);
      // Booked then moved on Monday 2 March: the reminders of Thursday 5 March wait in the queue.
      const thursday = await remindersOf(interview.id);
      expect(thursday.map((r) => [r.payload.kind, r.runAt.toISOString()])).toEqual([
        ['H48', '2026-03-03T08:00:00.000Z'],
        ['H2', '2026-03-05T06:00:00.000Z'],
      ]);
      expect(await queuedRemindersOf(interview.id)).toEqual(
        thursday.map((r) => ({ id: r.id, state: 'delayed', delay: r.runAt.getTime() - Date.parse(START) })),
      );
      const [h48, h2] = thursday;

      // Tuesday 3 March, 9:00: the 48 h reminder is due (the test promotes its job rather than wait two days).
      clock.set('2026-03-03T08:00:00Z');
      await promote(h48.id);
      const first = await mailsFor(interview.id, `reminder:H48:${Date.parse('2026-03-05T08:00:00Z')}`, 3);
      expect(first.find((m) => m.to[0] === person.email)!.subject).toBe(
        'Rappel : entretien dans deux jours (jeudi 5 mars 2026 de 9 h à 9 h 45)',
      );
      // The same job run again sends nothing more.
      expect(await handler.remind(h48.payload)).toBe('already-sent');

      // Moved to Thursday 12 March by video, with the other coordinator: the reminders follow.
      const video = (await slotsFor(proposalId)).find((s) => s.place.kind === 'VIDEO')!;
      const moved = await platform.gqlOk<{ rescheduleInterview: InterviewView }>(
        RESCHEDULE,
        { input: { interviewId: interview.id, slotId: video.slotId } },
        referent.token,
      );
      expect(moved.rescheduleInterview).toMatchObject({ sequence: 2, coordinatorId: otherCoordinator.user.id });
      const invitations = await mailsFor(interview.id, 'v2:', 3);
      expect(invitations.map((m) => m.to[0]).sort()).toEqual(
        [person.email!, referent.user.email, otherCoordinator.user.email].sort(),
      );
      expect(invitationOf(invitations[0]).location).toBe('Visioconférence : https://visio.ain.fr/fb-entretiens');
      // The coordinator taken off the interview gets a cancellation of the same event.
      const [released] = await mailsFor(interview.id, 'v2-former:', 1);
      expect(released.to).toEqual([coordinator.user.email]);
      expect(invitationOf(released)).toMatchObject({ method: 'CANCEL', uid, sequence: 2 });

      const nextWeek = await remindersOf(interview.id);
      expect(nextWeek.map((r) => [r.payload.kind, r.runAt.toISOString()])).toEqual([
        ['H48', '2026-03-10T08:00:00.000Z'],
        ['H2', '2026-03-12T06:00:00.000Z'],
      ]);
      // The pending 2 h reminder of the former date left the queue; had it run, it would have sent nothing.
      expect((await queuedRemindersOf(interview.id)).map((job) => job.id)).toEqual(nextWeek.map((r) => r.id));
      clock.set('2026-03-05T06:00:00Z');
      expect(await handler.remind(h2.payload)).toEqual({ dropped: 'entretien déplacé' });

      clock.set('2026-03-10T08:00:00Z'); // 48 h before the new date
      await promote(nextWeek[0].id);
      await mailsFor(interview.id, `reminder:H48:${Date.parse('2026-03-12T08:00:00Z')}`, 3);
      clock.set('2026-03-12T06:00:00Z'); // 2 h before
      await promote(nextWeek[1].id);
      const last = await mailsFor(interview.id, `reminder:H2:${Date.parse('2026-03-12T08:00:00Z')}`, 3);
      expect(last.find((m) => m.to[0] === person.email)!.text).toContain('https://visio.ain.fr/fb-entretiens');
      expect(await handler.remind(nextWeek[1].payload)).toBe('already-sent');
      const reminders = (await platform.dataSource.query(
        `SELECT kind, starts_at FROM interview_reminder WHERE interview_id = $1 ORDER BY sent_at`,
        [interview.id],
      )) as Array<{ kind: string; starts_at: Date }>;
      expect(reminders.map((r) => [r.kind, r.starts_at.toISOString()])).toEqual([
        ['H48', '2026-03-05T08:00:00.000Z'],
        ['H48', '2026-03-12T08:00:00.000Z'],
        ['H2', '2026-03-12T08:00:00.000Z'],
      ]);
      expect((await logbookOf(person.id)).filter((e) => e.type === 'INTERVIEW_REMINDED').map((e) => e.summary)).toEqual(
        [
          'Rappel de l’entretien tripartite du jeudi 12 mars 2026 de 9 h à 9 h 30 envoyé deux heures avant (3 destinataires).',
          'Rappel de l’entretien tripartite du jeudi 12 mars 2026 de 9 h à 9 h 30 envoyé deux jours avant (3 destinataires).',
          'Rappel de l’entretien tripartite du jeudi 5 mars 2026 de 9 h à 9 h 45 envoyé deux jours avant (3 destinataires).',
        ],
      );
      await platform.settle();
      expect(platform.smtp.messages.filter((m) => m.subject.startsWith('Rappel : entretien'))).toHaveLength(9);
    });

    it('refuses an outcome before the interview time, then records it, into the logbook', async () => {
      await expectNothingWritten(platform, 'INVALID_TRANSITION', () =>
        platform.gql(RECORD_OUTCOME, { input: { interviewId: interview.id, outcome: 'HELD' } }, coordinator.token),
      );
      await expect(platform.api.get(InterviewQueries).getHeld(interview.id)).rejects.toMatchObject({
        code: 'INVALID_TRANSITION',
      });
      clock.set('2026-03-12T08:40:00Z');
      await expectNothingWritten(platform, 'FORBIDDEN', () =>
        platform.gql(RECORD_OUTCOME, { input: { interviewId: interview.id, outcome: 'HELD' } }, member.token),
      );
      const held = await platform.gqlOk<{ recordInterviewOutcome: InterviewView }>(
        RECORD_OUTCOME,
        { input: { interviewId: interview.id, outcome: 'HELD', note: 'Très motivée.' } },
        otherCoordinator.token,
      );
      expect(held.recordInterviewOutcome).toMatchObject({
        status: 'HELD',
        outcomeRecordedAt: '2026-03-12T08:40:00.000Z',
        outcomeNote: 'Très motivée.',
      });
      const row: Interview = await platform.api.get(InterviewQueries).getHeld(interview.id);
      expect(row.status).toBe('HELD');
      expect((await logbookOf(person.id)).find((e) => e.type === 'INTERVIEW_HELD')).toMatchObject({
        referenceId: interview.id,
        summary: 'Entretien tripartite réalisé le jeudi 12 mars 2026 de 9 h à 9 h 30 (Visioconférence).',
      });
      await expectNothingWritten(platform, 'INVALID_TRANSITION', () =>
        platform.gql(RECORD_OUTCOME, { input: { interviewId: interview.id, outcome: 'NO_SHOW' } }, coordinator.token),
      );
      await expectNothingWritten(platform, 'INVALID_TRANSITION', () =>
        platform.gql(CANCEL, { input: { interviewId: interview.id, reason: 'Trop tard' } }, coordinator.token),
      );
      // The self-booking link now shows the interview instead of slots.
      expect((await getPage(bookingUrl)).html).toContain('Mon rendez-vous');
    });
  });

  describe('cancellation, bad input and concurrency', () => {
    /** Tuesday 24 March, 9:00-11:15 in Paris at the office (Léa), 9:00-10:30 at the CDS of Oyonnax (Marc). */
    let office: AvailabilityView;
    let cds: AvailabilityView;
    let tooSoon: AvailabilityView;
    let wednesday: AvailabilityView;
    let second: { person: BeneficiaryView; proposalId: string };
    let otherMission: Mission;

    beforeAll(async () => {
      clock.set('2026-03-16T08:00:00Z'); // Monday 16 March, 9:00 in Paris
      const oyonnax = await platform.territory('CDS-OYONNAX');
      office = await publish(coordinator, officeInput('2026-03-24T08:00:00Z', '2026-03-24T10:15:00Z'));
      cds = await publish(
        otherCoordinator,
        officeInput('2026-03-24T08:00:00Z', '2026-03-24T09:30:00Z', {
          place: { kind: 'CDS', territoryId: oyonnax.id, address: '12 rue Anatole France, 01100 Oyonnax' },
        }),
      );
      tooSoon = await publish(coordinator, officeInput('2026-03-17T08:00:00Z', '2026-03-17T08:45:00Z'));
      wednesday = await publish(coordinator, officeInput('2026-03-25T08:00:00Z', '2026-03-25T08:45:00Z'));
      otherMission = await createMission(platform, association, { title: 'Tri des dons', places: 200 });
      second = await acceptedProposal();
    });

    it('invites the welcome contact when asked, and cancels with METHOD:CANCEL to everyone', async () => {
      const booked = await schedule(second.proposalId, office.slots[0].id, referent, { inviteWelcomeContact: true });
      expect(booked.errors).toBeUndefined();
      const created = booked.data!.scheduleInterview;
      expect(created).toMatchObject({ bookedBy: 'STAFF', welcomeContactInvited: true, sequence: 0 });
      const invitations = await mailsFor(created.id, 'v0:', 4);
      const welcome = invitations.find((m) => m.to[0] === association.welcomeContactEmail)!;
      expect(welcome.text).toContain('Karima');
      expect(welcome.text).not.toContain(second.person.lastName);
      expect(invitationOf(welcome).attendees).toContain(association.welcomeContactEmail);

      await expectNothingWritten(platform, 'BAD_USER_INPUT', () =>
        platform.gql(CANCEL, { input: { interviewId: created.id, reason: ' ' } }, referent.token),
      );
      const planned = await remindersOf(created.id);
      expect(planned.map((r) => r.payload.kind)).toEqual(['H48', 'H2']);
      const cancelled = await platform.gqlOk<{ cancelInterview: InterviewView }>(
        CANCEL,
        { input: { interviewId: created.id, reason: 'La coordinatrice est absente ce jour-là.' } },
        referent.token,
      );
      // Its reminders are taken back; a job that escaped would send nothing.
      expect(await remindersOf(created.id)).toEqual([]);
      expect(await queuedRemindersOf(created.id)).toEqual([]);
      clock.set('2026-03-22T08:00:00Z');
      expect(await platform.worker!.get(InterviewRemindersHandler).remind(planned[0].payload)).toEqual({
        dropped: 'entretien annulé ou terminé',
      });
      clock.set('2026-03-16T08:00:00Z');
      expect(cancelled.cancelInterview).toMatchObject({
        status: 'CANCELLED',
        sequence: 1,
        cancelReason: 'La coordinatrice est absente ce jour-là.',
        cancelledAt: '2026-03-16T08:00:00.000Z',
      });
      const cancellations = await mailsFor(created.id, 'v1:', 4);
      const uid = invitationOf(invitations[0]).uid;
      for (const mail of cancellations) {
        expect(invitationOf(mail)).toMatchObject({ method: 'CANCEL', uid, sequence: 1, status: 'CANCELLED' });
        expect(mail.subject).toBe('Rendez-vous annulé : entretien du mardi 24 mars 2026 de 9 h à 9 h 45');
      }
      expect(cancellations.find((m) => m.to[0] === second.person.email)!.text).toContain(
        'Motif : La coordinatrice est absente ce jour-là.',
      );
      // The association's members heard of the booking, then of the cancellation, without its reason
      // (a reason may tell a fact of the person's life).
      const [booking] = await mailsFor(created.id, 'association:v0:', 1);
      expect(booking.to).toEqual([member.user.email]);
      const [cancelNotice] = await mailsFor(created.id, 'association:v1:', 1);
      expect(cancelNotice.to).toEqual([member.user.email]);
      expect(cancelNotice.subject).toBe('Entretien de Karima annulé (mission « Accueil à l’épicerie solidaire »)');
      expect(flat(cancelNotice.text)).toContain(
        'prévu le mardi 24 mars 2026 de 9 h à 9 h 45 pour la mission « Accueil à l’épicerie solidaire » est annulé',
      );
      expect(cancelNotice.text).not.toContain('absente');
      expect(cancelNotice.text).not.toContain(second.person.lastName);
      const ics = await fetch(created.invitationUrl, { headers: { authorization: `Bearer ${referent.token}` } });
      expect(parseCalendar(await ics.text())).toMatchObject({ method: 'CANCEL', uid, sequence: 1 });
      expect((await logbookOf(second.person.id)).find((e) => e.type === 'INTERVIEW_CANCELLED')?.summary).toBe(
        'Entretien tripartite du mardi 24 mars 2026 de 9 h à 9 h 45 annulé. Motif : La coordinatrice est absente ce jour-là.',
      );
      // The slot is free again; the interview cannot be cancelled twice.
      expect((await slotsFor(second.proposalId)).map((s) => s.slotId)).toContain(office.slots[0].id);
      await expectNothingWritten(platform, 'INVALID_TRANSITION', () =>
        platform.gql(CANCEL, { input: { interviewId: created.id, reason: 'Encore' } }, referent.token),
      );
      // And the proposal can be booked again.
      const again = await schedule(second.proposalId, office.slots[1].id, coordinator);
      expect(again.data?.scheduleInterview).toMatchObject({ status: 'SCHEDULED', startsAt: office.slots[1].startsAt });
      await mailsFor(again.data!.scheduleInterview.id, 'v0:', 3);
    });

    it('refuses every bad booking with a coded error, writing and sending nothing', async () => {
      const third = await acceptedProposal();
      // A slot now in the past (Tuesday 10 March), one less than 48 h ahead, one on a Wednesday.
      const pastSlotId = (
        await platform.dataSource.query(
          `SELECT s.id FROM interview_slot s LEFT JOIN interview i ON i.slot_id = s.id AND i.status <> 'CANCELLED'
          WHERE s.starts_at = '2026-03-10T08:45:00Z' AND i.id IS NULL`,
        )
      )[0].id as string;
      const reasons: Array<[string, string]> = [
        [pastSlotId, 'PAST'],
        [tooSoon.slots[0].id, 'TOO_SOON'],
        [wednesday.slots[0].id, 'OUTSIDE_AVAILABILITY'],
        [office.slots[1].id, 'TAKEN'],
      ];
      for (const [slotId, reason] of reasons) {
        const result = await expectNothingWritten(platform, 'SLOT_UNAVAILABLE', () =>
          schedule(third.proposalId, slotId),
        );
        expect(result.errors?.[0]?.extensions?.reason).toBe(reason);
        expect(result.errors?.[0]?.message).toMatch(/créneau|réservé/);
      }
      expect((await slotsFor(third.proposalId)).map((s) => s.slotId)).not.toEqual(
        expect.arrayContaining([tooSoon.slots[0].id, wednesday.slots[0].id, office.slots[1].id]),
      );

      // A person cannot be in two interviews at once, even with two coordinators (exclusion constraint).
      const secondMission = await proposeOk(platform, referent, second.person.id, otherMission.id);
      await waitUntilSent(platform, secondMission.id);
      await postAnswer(platform, answerToken(platform, await proposalRow(platform, secondMission.id)), 'accept');
      const overlapping = cds.slots.find((s) => s.startsAt === office.slots[1].startsAt)!;
      const busy = await expectNothingWritten(platform, 'SLOT_UNAVAILABLE', () =>
        schedule(secondMission.id, overlapping.id, coordinator),
      );
      expect(busy.errors?.[0]?.extensions?.reason).toBe('BENEFICIARY_BUSY');

      // A proposal not accepted (sent, awaiting an answer).
      const pending = await proposeOk(platform, referent, third.person.id, otherMission.id);
      await waitUntilSent(platform, pending.id);
      await expectNothingWritten(platform, 'INVALID_TRANSITION', () => schedule(pending.id, cds.slots[0].id));
      // A proposal already booked, an unknown slot, someone who may not book.
      await expectNothingWritten(platform, 'CONFLICT', () => schedule(second.proposalId, office.slots[2].id));
      await expectNothingWritten(platform, 'NOT_FOUND', () =>
        schedule(third.proposalId, '00000000-0000-4000-8000-000000000000'),
      );
      await expectNothingWritten(platform, 'NOT_FOUND', () =>
        schedule(third.proposalId, cds.slots[0].id, strangerReferent),
      );
      await expectNothingWritten(platform, 'FORBIDDEN', () => schedule(third.proposalId, cds.slots[0].id, member));
      await expectNothingWritten(platform, 'BAD_USER_INPUT', () => schedule(third.proposalId, 'pas-un-id'));

      // Moving onto a slot too soon, or onto a taken one.
      const interviewId = (await platform.api.get(InterviewQueries).openInterviewOf(second.proposalId))!.id;
      const tooSoonMove = await expectNothingWritten(platform, 'SLOT_UNAVAILABLE', () =>
        platform.gql(RESCHEDULE, { input: { interviewId, slotId: tooSoon.slots[0].id } }, coordinator.token),
      );
      expect(tooSoonMove.errors?.[0]?.extensions?.reason).toBe('TOO_SOON');

      // The self-booking page says it in French and books nothing either.
      const bookingUrl = /href="(http:\/\/127\.0\.0\.1:\d+\/rdv\/[\w-]+\.[\w-]+\.[\w-]+)"/.exec(third.acceptPage)![1];
      await platform.settle();
      const before = await interviewFingerprint(platform);
      const refused = await fetch(bookingUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ creneau: tooSoon.slots[0].id }).toString(),
      });
      expect(refused.status).toBe(409);
      const html = await refused.text();
      expect(html).toContain('role="alert"');
      expect(html).toContain('un entretien se réserve au moins 48 heures à l’avance');
      const empty = await fetch(bookingUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: '',
      });
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain('Choisissez un créneau dans la liste.');
      expect(await interviewFingerprint(platform)).toEqual(before);
    });

    it('answers forged, expired, misused and stale links with the French error page, writing nothing', async () => {
      const links = platform.api.get(SignedLinks);
      const valid = links.sign('interview.booking', second.proposalId, new Date(clock.now().getTime() + 24 * HOUR));
      const [header, payload, signature] = valid.split('.');
      const forged = `${header}.${payload}.${signature.slice(0, -3)}${signature.endsWith('AAA') ? 'BBB' : 'AAA'}`;
      const expired = links.sign('interview.booking', second.proposalId, new Date(clock.now().getTime() - 60_000));
      const wrongPurpose = links.sign(
        'proposal.answer',
        second.proposalId,
        new Date(clock.now().getTime() + 24 * HOUR),
      );
      const declined = await createConsentingBeneficiary(platform, referent);
      const no = await proposeOk(platform, referent, declined.id, mission.id);
      await waitUntilSent(platform, no.id);
      await postAnswer(platform, answerToken(platform, await proposalRow(platform, no.id)), 'decline');
      const notAccepted = links.sign('interview.booking', no.id, new Date(clock.now().getTime() + 24 * HOUR));

      await platform.settle();
      const before = await interviewFingerprint(platform);
      for (const token of [forged, expired, wrongPurpose, notAccepted, 'nimportequoi']) {
        const page = await getPage(`${platform.baseUrl}/rdv/${token}`);
        expect(page.status).toBe(404);
        expect(page.html).toContain('<html lang="fr"');
        expect(page.html).toContain("Ce lien n'est pas valide ou a expiré.");
        const post = await fetch(`${platform.baseUrl}/rdv/${token}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: new URLSearchParams({ creneau: office.slots[2].id }).toString(),
        });
        expect(post.status).toBe(404);
        expect(await post.text()).toContain("Ce lien n'est pas valide ou a expiré.");
        expect((await fetch(`${platform.baseUrl}/rdv/${token}/entretien.ics`)).status).toBe(404);
      }
      expect(await interviewFingerprint(platform)).toEqual(before);
    });

    it('books one slot exactly once under 100 concurrent bookings', async () => {
      const [only] = (await publish(coordinator, officeInput('2026-03-26T08:00:00Z', '2026-03-26T08:45:00Z'))).slots;
      const template = await createConsentingBeneficiary(platform, referent);
      const clones = (await platform.dataSource.query(
        `INSERT INTO beneficiary
           SELECT (jsonb_populate_record(NULL::beneficiary, to_jsonb(b) || jsonb_build_object(
             'id', gen_random_uuid(), 'first_name', 'Clone' || chr(65 + n % 26) || chr(65 + n / 26), 'email', NULL))).*
           FROM beneficiary b, generate_series(1, 100) n WHERE b.id = $1
         RETURNING id`,
        [template.id],
      )) as Array<{ id: string }>;
      const proposals = (await platform.dataSource.query(
        `INSERT INTO proposal (beneficiary_id, mission_id, referent_id, status, answered_at, consent_at, expires_at, created_at)
           SELECT id, $2, $3, 'ACCEPTED', $4, $4, $4::timestamptz + interval '10 days', $4::timestamptz - interval '1 day'
           FROM unnest($1::uuid[]) id
         RETURNING id`,
        [clones.map((c) => c.id), otherMission.id, referent.user.id, clock.now()],
      )) as Array<{ id: string }>;
      expect(proposals).toHaveLength(100);

      const results = await Promise.all(proposals.map((p) => schedule(p.id, only.id, coordinator)));
      const booked = results.filter((r) => r.data?.scheduleInterview);
      const refused = results.filter((r) => r.errors?.length);
      expect(booked).toHaveLength(1);
      expect(refused).toHaveLength(99);
      expect(new Set(refused.map((r) => r.errors![0].extensions?.code))).toEqual(new Set(['SLOT_UNAVAILABLE']));
      const rows = (await platform.dataSource.query(`SELECT id FROM interview WHERE slot_id = $1`, [
        only.id,
      ])) as Array<{
        id: string;
      }>;
      expect(rows).toEqual([{ id: booked[0].data!.scheduleInterview.id }]);
      const entries = (await platform.dataSource.query(
        `SELECT count(*)::int AS n FROM logbook_entry WHERE type = 'INTERVIEW_SCHEDULED' AND beneficiary_id = ANY($1)`,
        [clones.map((c) => c.id)],
      )) as Array<{ n: number }>;
      expect(entries[0].n).toBe(1);
      // The winner has no email address: the referent and the coordinator are invited.
      await mailsFor(rows[0].id, 'v0:', 2);
    }, 60_000);
  });

  describe('after a « oui » without a booking, and when a proposal is withdrawn', () => {
    it('reminds the person to book three days later, once, unless they booked', async () => {
      const waiting = await acceptedProposal();
      const [job] = (await platform.dataSource.query(
        `SELECT run_at, payload FROM outbox_job WHERE job_name = $1 AND dedup_key = $2`,
        [JobName.SendInterviewBookingNudge, `interview-booking-nudge:${waiting.proposalId}`],
      )) as Array<{ run_at: Date; payload: { proposalId: string } }>;
      expect(job.payload).toEqual({ proposalId: waiting.proposalId });
      expect(job.run_at.getTime()).toBe(clock.now().getTime() + 72 * HOUR);

      const handler = platform.worker!.get(BookingNudgeHandler);
      clock.advance(72 * HOUR);
      expect(await handler.nudge({ proposalId: waiting.proposalId })).toBe('sent');
      expect(await handler.nudge({ proposalId: waiting.proposalId })).toBe('already-sent');
      const mail = await eventually(async () =>
        platform.smtp.to(waiting.person.email!).find((m) => m.subject.startsWith('Choisissez votre rendez-vous')),
      );
      expect(mail.subject).toBe('Choisissez votre rendez-vous pour la mission « Accueil à l’épicerie solidaire »');
      const token = /\/rdv\/([\w-]+\.[\w-]+\.[\w-]+)/.exec(mail.text)![1];
      expect(platform.api.get(SignedLinks).verify(token, 'interview.booking')).toBe(waiting.proposalId);
      expect(mail.text).toContain('mardi 24 mars, 9 h — CDS Oyonnax');

      const booked = await acceptedProposal();
      await schedule(booked.proposalId, (await slotsFor(booked.proposalId))[0].slotId);
      expect(await handler.nudge({ proposalId: booked.proposalId })).toBe('booked');
    });

    it('cancels the interview of a withdrawn proposal and tells everyone', async () => {
      const person = await acceptedProposal();
      const [slot] = await slotsFor(person.proposalId);
      const created = (await schedule(person.proposalId, slot.slotId)).data!.scheduleInterview;
      await platform.gqlOk(
        `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { id status } }`,
        { input: { proposalId: person.proposalId, reason: 'La mission est reportée.' } },
        referent.token,
      );
      const row = await platform.dataSource.getRepository(Interview).findOneByOrFail({ id: created.id });
      expect(row).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'La proposition de mission a été retirée.',
        cancelledById: null,
        sequence: 1,
      });
      const cancellations = await mailsFor(created.id, 'v1:', 3);
      expect(cancellations.map((m) => invitationOf(m).method)).toEqual(['CANCEL', 'CANCEL', 'CANCEL']);
    });
  });

  describe('at scale', () => {
    it('finds the slots that fit the person behind thousands that do not, with no cap on what is read', async () => {
      const { proposalId } = await acceptedProposal();
      const [home] = (await platform.dataSource.query(`SELECT latitude, longitude FROM commune WHERE insee_code = $1`, [
        OYONNAX,
      ])) as Array<{ latitude: number; longitude: number }>;
      // 2,100 slots on Wednesday afternoons (the person is available on Tuesday and Thursday mornings),
      // then one on a Tuesday morning after all of them: a read capped at 2,000 rows never reached it.
      const firstWednesday = new Date('2026-04-01T12:00:00.000Z');
      const week = 7 * 86_400_000;
      const wednesdays = Array.from({ length: 2_100 }, (_, i) => {
        const startsAt = new Date(firstWednesday.getTime() + Math.floor(i / 8) * week + (i % 8) * 15 * 60_000);
        return { startsAt, endsAt: new Date(startsAt.getTime() + 15 * 60_000) };
      });
      const tuesday = { startsAt: new Date('2032-03-02T08:00:00.000Z'), endsAt: new Date('2032-03-02T08:15:00.000Z') };
      let lastDay = '';
      // One availability per day (at most 12 hours each), as the coordinator would publish them.
      const availabilityIds: string[] = [];
      const slotIds: string[] = [];
      for (const period of [...wednesdays, tuesday]) {
        const day = period.startsAt.toISOString().slice(0, 10);
        if (day !== lastDay) {
          availabilityIds.push(randomUUID());
          lastDay = day;
          await platform.dataSource.query(
            `INSERT INTO interview_availability (id, coordinator_id, starts_at, ends_at, slot_minutes, place_kind,
               place_label, place_address, commune_code, latitude, longitude)
             VALUES ($1, $2, $3, $4, 15, 'FRANCE_BENEVOLAT', 'France Bénévolat Oyonnax', '2 place de la Mairie', $5, $6, $7)`,
            [
              availabilityIds[availabilityIds.length - 1],
              otherCoordinator.user.id,
              `${day}T06:00:00.000Z`,
              `${day}T18:00:00.000Z`,
              OYONNAX,
              home.latitude,
              home.longitude,
            ],
          );
        }
        const id = randomUUID();
        slotIds.push(id);
        await platform.dataSource.query(
          `INSERT INTO interview_slot (id, availability_id, coordinator_id, starts_at, ends_at, day_part_mask)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            id,
            availabilityIds[availabilityIds.length - 1],
            otherCoordinator.user.id,
            period.startsAt,
            period.endsAt,
            dayPartMaskOf(period),
          ],
        );
      }
      try {
        const slots = await slotsFor(proposalId);
        const ids = new Set(slots.map((slot) => slot.slotId));
        expect(ids.has(slotIds[slotIds.length - 1])).toBe(true);
        expect(slotIds.slice(0, -1).filter((id) => ids.has(id))).toEqual([]);
      } finally {
        await platform.dataSource.query(`DELETE FROM interview_slot WHERE availability_id = ANY($1)`, [
          availabilityIds,
        ]);
        await platform.dataSource.query(`DELETE FROM interview_availability WHERE id = ANY($1)`, [availabilityIds]);
      }
    }, 120_000);
  });

  describe('demo data', () => {
    it('publishes three weeks of availabilities for the demo coordinator, once', async () => {
      const demo = await platform.createStaff(Role.COORDINATOR, { email: 'coordination@tremplin.local' });
      const context = {
        app: platform.api,
        random: new SeedRandom(1),
        demoPassword: 'x',
        credentials: [],
        now: clock.now(),
      };
      await interviewsSeeder.seed(context);
      const count = async () =>
        (
          (await platform.dataSource.query(
            `SELECT place_kind, count(*)::int AS n FROM interview_availability WHERE coordinator_id = $1
              GROUP BY place_kind ORDER BY place_kind`,
            [demo.user.id],
          )) as Array<{ place_kind: string; n: number }>
        ).map((row) => [row.place_kind, row.n]);
      expect(await count()).toEqual([
        ['CDS', 3],
        ['FRANCE_BENEVOLAT', 6],
        ['VIDEO', 3],
      ]);
      await interviewsSeeder.seed(context);
      expect((await count()).reduce((sum, [, n]) => sum + Number(n), 0)).toBe(12);
    });
  });
});
