import { EmailMessage, FakeClock, JobName, JobQueue, QueueName, Role, SignedLinks } from '@tremplin/core';
import { Mission, MissionStatus } from '@tremplin/missions';
import { Proposal, ProposalStats, ProposalsService } from '@tremplin/proposals';
import { createAssociation } from './support/association-helpers';
import { Cast, LOGBOOK, createBeneficiary, createCast } from './support/beneficiary-helpers';
import {
  PROPOSAL,
  PROPOSALS,
  ProposalView,
  WITHDRAW,
  answerToken,
  createConsentingBeneficiary,
  createMission,
  createMissionWithAssociation,
  flat,
  getPage,
  pageLinkOf,
  postAnswer,
  propose,
  proposalFingerprint,
  proposalRow,
  proposeOk,
  waitUntilSent,
} from './support/proposal-helpers';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';

type Book = { logbook: { edges: Array<{ node: { type: string; summary: string; referenceId: string | null } }> } };

const DAY = 24 * 3600 * 1000;

describe('proposals', () => {
  // Monday 2 March 2026, 10:00 in Paris.
  const clock = new FakeClock('2026-03-02T09:00:00.000Z');
  let platform: TestPlatform;
  let cast: Cast;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    cast = await createCast(platform);
  });
  afterAll(async () => {
    await platform.stop();
  });

  const tokenOf = (id: string) => proposalRow(platform, id).then((row) => answerToken(platform, row));
  const view = async (id: string, account: StaffAccount = cast.referent) =>
    (await platform.gqlOk<{ proposal: ProposalView }>(PROPOSAL, { id }, account.token)).proposal;
  const logbookOf = async (beneficiaryId: string) =>
    (await platform.gqlOk<Book>(LOGBOOK, { beneficiaryId, first: 50 }, cast.referent.token)).logbook.edges.map(
      (e) => e.node,
    );
  /** Runs the sweep through its queue, as the recurring scheduler does, and waits for it to finish. */
  const sweep = async () => {
    const job = await platform.api.get(JobQueue).queue(QueueName.Scheduling).add(JobName.SweepProposals, {});
    await eventually(async () => {
      const state = await job.getState();
      if (state === 'failed') throw new Error('sweep failed');
      // Completed jobs are removed: 'unknown' means done.
      return state === 'completed' || state === 'unknown';
    });
  };

  describe('the journey: propose, one email, open the link, accept', () => {
    it('sends exactly one French email whose link opens the page, then records the yes with its consent', async () => {
      const { mission, member } = await createMissionWithAssociation(platform, { places: 2 });
      const person = await createConsentingBeneficiary(platform, cast.referent);
      const proposed = await proposeOk(
        platform,
        cast.referent,
        person.id,
        mission.id,
        'Bonjour Karima,\nComme on en a parlé mardi, je pense que cette mission peut vous plaire.',
      );
      expect(proposed.status).toBe('PROPOSED');
      expect(new Date(proposed.expiresAt).getTime() - clock.now().getTime()).toBe(10 * DAY);

      const [mail] = (await platform.smtp.waitFor((m) => m.some((x) => x.to.includes(person.email!)))).filter((m) =>
        m.to.includes(person.email!),
      );
      expect(mail.subject).toBe('Claire vous propose une mission bénévole : Accueil à l’épicerie solidaire');
      expect(mail.replyTo).toContain(cast.referent.user.email);
      expect(mail.html).toContain('<html lang="fr"');
      expect(mail.text.length).toBeGreaterThan(200);
      const text = flat(mail.text);
      for (const expected of [
        'Claire Référente, votre référent(e), vous propose une mission de bénévolat.',
        'Comme on en a parlé mardi',
        'Ce que vous ferez : Accueillir les familles',
        "Où : Oyonnax (à moins d'1 km de chez vous)",
        'Quand : Mardi et jeudi matin, à partir du 16/03/2026',
        'Combien de temps : Environ 4 heures par semaine, pendant 8 semaines',
        'Travailler en équipe',
        'Et après ? Une formation',
        'Qui vous accueille : Martine',
        "Vous pouvez répondre jusqu'au 12/03/2026",
      ]) {
        expect(text).toContain(expected);
      }

      const sent = await waitUntilSent(platform, proposed.id);
      expect(sent.status).toBe('SENT');
      expect(sent.messageId).toBe(mail.messageId);

      const link = pageLinkOf(mail);
      const page = await getPage(link);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Bonjour Karima, une mission bénévole pour vous');
      expect(page.html).toContain('<form method="post" action="/p/');
      expect(page.html).toContain('Comme on en a parlé mardi');

      const token = link.split('/p/')[1];
      const accepted = await postAnswer(platform, token, 'accept');
      expect(accepted.status).toBe(200);
      expect(accepted.html).toContain('Merci Karima !');
      expect(accepted.html).toContain('Votre place est réservée');
      expect(accepted.html).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/rdv\/[\w-]+\.[\w-]+\.[\w-]+"/);

      const row = await proposalRow(platform, proposed.id);
      expect(row.status).toBe('ACCEPTED');
      expect(row.answeredAt).toEqual(clock.now());
      expect(row.consentAt).toEqual(clock.now());
      const missionAfter = await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id });
      expect(missionAfter.placesTaken).toBe(1);

      // The referent is told; the person gets the next step with the self-booking link.
      const notice = await eventually(async () =>
        platform.smtp.to(cast.referent.user.email).find((m) => m.subject.includes('a accepté la mission')),
      );
      expect(notice.subject).toBe('Tremplin : Karima E. a accepté la mission « Accueil à l’épicerie solidaire »');
      const next = await eventually(async () =>
        platform.smtp.to(person.email!).find((m) => m.subject.startsWith('C’est noté')),
      );
      const booking = /\/rdv\/([\w-]+\.[\w-]+\.[\w-]+)/.exec(next.text)![1];
      // The association is told, as its publication email promised: first name only, a link to the mission.
      const told = await eventually(async () =>
        platform.smtp.to(member.user.email).find((m) => m.subject.includes('a accepté votre mission')),
      );
      expect(told.subject).toBe('Karima a accepté votre mission « Accueil à l’épicerie solidaire »');
      expect(flat(told.text)).toContain('une place lui est réservée (1 place sur 2 reste libre)');
      expect(told.text).not.toContain(person.lastName);
      expect(told.text).toContain(`${platform.baseUrl}/missions/${mission.id}`);
      expect(platform.api.get(SignedLinks).verify(booking, 'interview.booking')).toBe(proposed.id);

      // Every step in the carnet de bord.
      const entries = await logbookOf(person.id);
      const mine = entries.filter((e) => e.referenceId === proposed.id).map((e) => e.type);
      expect(mine.sort()).toEqual(['MISSION_PROPOSED', 'PROPOSAL_ANSWERED', 'PROPOSAL_FOLLOW_UP'].sort());
      expect(entries.find((e) => e.type === 'PROPOSAL_ANSWERED')!.summary).toContain('une place est réservée');

      // Answering again, either way, shows the current state and changes nothing.
      const before = await proposalFingerprint(platform);
      const again = await postAnswer(platform, token, 'accept');
      expect(again.status).toBe(200);
      expect(again.html).toContain('Votre place est réservée');
      expect(again.html).not.toContain('Merci Karima');
      const changedMind = await postAnswer(platform, token, 'decline', 'TOO_FAR');
      expect(changedMind.html).toContain('Votre place est réservée');
      expect(await proposalFingerprint(platform)).toEqual(before);
      // Exactly one proposal email to the person, whatever happened since.
      expect(
        platform.smtp.to(person.email!).filter((m) => m.subject.includes('vous propose une mission')),
      ).toHaveLength(1);

      // For interviews: the accepted proposal.
      await expect(platform.api.get(ProposalsService).getAccepted(proposed.id)).resolves.toMatchObject({
        id: proposed.id,
      });
    });
  });

  describe('declining', () => {
    it('records « Non merci » with its reason, tells the referent and shows the French confirmation', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      await waitUntilSent(platform, proposed.id);
      const page = await postAnswer(platform, await tokenOf(proposed.id), 'decline', 'TOO_FAR');
      expect(page.status).toBe(200);
      expect(page.html).toContain('votre réponse est enregistrée');
      expect(page.html).toContain('Cela ne change rien à votre RSA');

      const proposal = await view(proposed.id);
      expect(proposal).toMatchObject({ status: 'DECLINED', declineReason: 'TOO_FAR', consentAt: null });
      expect(proposal.answeredAt).toBe(clock.now().toISOString());
      const notice = await eventually(async () =>
        platform.smtp.to(cast.referent.user.email).find((m) => m.subject.includes('a répondu non')),
      );
      expect(flat(notice.text)).toContain('Motif indiqué : trop loin.');
      const entry = (await logbookOf(person.id)).find(
        (e) => e.referenceId === proposed.id && e.type === 'PROPOSAL_ANSWERED',
      );
      expect(entry!.summary).toContain('« Non merci »');
      expect(entry!.summary).toContain('(motif : trop loin)');
      await expect(platform.api.get(ProposalsService).getAccepted(proposed.id)).rejects.toMatchObject({
        code: 'INVALID_TRANSITION',
      });
      // Declined: the pair is free again for matching after 90 days only.
      const excluded = await platform.api.get(ProposalStats).excludedMissionIds(person.id, clock.now());
      expect(excluded.has(mission.id)).toBe(true);
      const later = await platform.api
        .get(ProposalStats)
        .excludedMissionIds(person.id, new Date(clock.now().getTime() + 91 * DAY));
      expect(later.has(mission.id)).toBe(false);
    });

    it('ignores an unknown reason rather than storing it', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      await postAnswer(platform, await tokenOf(proposed.id), 'decline', "'; DROP TABLE proposal; --");
      expect(await proposalRow(platform, proposed.id)).toMatchObject({ status: 'DECLINED', declineReason: null });
    });
  });

  describe('reminder and expiry', () => {
    it('reminds once after 4 days, expires after 10, and the link then shows the neutral page', async () => {
      const start = clock.now();
      try {
        const { mission } = await createMissionWithAssociation(platform);
        const person = await createConsentingBeneficiary(platform, cast.referent);
        const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
        await waitUntilSent(platform, proposed.id);
        const token = await tokenOf(proposed.id);
        const reminders = () => platform.smtp.to(person.email!).filter((m) => m.subject.startsWith('Rappel'));

        clock.advance(4 * DAY - 60_000);
        await sweep();
        await sweep();
        clock.advance(60_000);
        await sweep();
        const [reminder] = await eventually(async () => (reminders().length ? reminders() : null));
        expect(flat(reminder.text)).toContain("Nous n'avons pas encore votre réponse");
        expect(pageLinkOf(reminder)).toBe(`${platform.baseUrl}/p/${token}`);
        expect((await proposalRow(platform, proposed.id)).remindedAt).toEqual(clock.now());

        clock.advance(1 * DAY);
        await sweep();
        clock.advance(5 * DAY - 1);
        await sweep();
        expect((await proposalRow(platform, proposed.id)).status).toBe('SENT');
        expect(reminders()).toHaveLength(1);

        clock.advance(1);
        await sweep();
        const expired = await eventually(async () => {
          const row = await proposalRow(platform, proposed.id);
          return row.status === 'EXPIRED' ? row : null;
        });
        expect(expired.expiredAt).toEqual(clock.now());
        const notice = await eventually(async () =>
          platform.smtp.to(cast.referent.user.email).find((m) => m.subject.includes("n'a pas répondu")),
        );
        expect(notice.subject).toContain('Accueil à l’épicerie solidaire');
        const types = (await logbookOf(person.id)).filter((e) => e.referenceId === proposed.id).map((e) => e.summary);
        expect(types.some((s) => s.startsWith('Relance envoyée'))).toBe(true);
        expect(types.some((s) => s.includes('expirée sans réponse'))).toBe(true);

        const page = await getPage(`${platform.baseUrl}/p/${token}`);
        expect(page.status).toBe(404);
        expect(page.html).toContain('Ce lien ne fonctionne plus');
        const before = await proposalFingerprint(platform);
        expect((await postAnswer(platform, token, 'accept')).status).toBe(404);
        expect(await proposalFingerprint(platform)).toEqual(before);
        expect(reminders()).toHaveLength(1);
      } finally {
        clock.set(start);
      }
    });
  });

  describe('withdrawal', () => {
    it('stops the links and tells no one who had not answered', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      await waitUntilSent(platform, proposed.id);
      const token = await tokenOf(proposed.id);
      const withdrawn = await platform.gqlOk<{ withdrawProposal: { status: string } }>(
        WITHDRAW,
        { input: { proposalId: proposed.id, reason: 'La personne a trouvé une formation.' } },
        cast.referent.token,
      );
      expect(withdrawn.withdrawProposal.status).toBe('WITHDRAWN');
      const page = await getPage(`${platform.baseUrl}/p/${token}`);
      expect(page.status).toBe(404);
      expect(page.html).not.toContain('Accueil');
      const entry = (await logbookOf(person.id)).find((e) => e.summary.includes('retirée par le référent'));
      expect(entry!.summary).toContain('La personne a trouvé une formation.');
      // A second withdrawal is refused.
      const again = await platform.gql(WITHDRAW, { input: { proposalId: proposed.id } }, cast.referent.token);
      expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
      await platform.settle();
      expect(platform.smtp.to(person.email!)).toHaveLength(1);
    });

    it('cancels the email of a proposal withdrawn before it went', async () => {
      await platform.stopWorker();
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      await platform.gqlOk(WITHDRAW, { input: { proposalId: proposed.id } }, cast.referent.token);
      await platform.startWorker();
      const email = await eventually(async () => {
        const row = await platform.dataSource
          .getRepository(EmailMessage)
          .findOneBy({ idempotencyKey: `proposal:${proposed.id}:new` });
        return row && (row.status === 'SENT' || row.status === 'FAILED') ? row : null;
      });
      expect(email.status).toBe('FAILED');
      expect(email.lastError).toContain('Annulé');
      expect(platform.smtp.to(person.email!)).toHaveLength(0);
      expect((await proposalRow(platform, proposed.id)).sentAt).toBeNull();
    });

    it('tells the person who had said yes, frees the place and gives it to the first in line', async () => {
      const { mission, member } = await createMissionWithAssociation(platform, { places: 1 });
      const first = await createConsentingBeneficiary(platform, cast.referent);
      const second = await createConsentingBeneficiary(platform, cast.referent);
      const a = await proposeOk(platform, cast.referent, first.id, mission.id);
      const b = await proposeOk(platform, cast.referent, second.id, mission.id);
      expect((await postAnswer(platform, await tokenOf(a.id), 'accept')).html).toContain('Votre place est réservée');
      const waiting = await postAnswer(platform, await tokenOf(b.id), 'accept');
      expect(waiting.html).toContain("Vous êtes sur la liste d'attente");
      expect(waiting.html).toContain('n° 1');
      expect(await view(b.id)).toMatchObject({ status: 'WAITING_LIST', waitingListRank: 1 });
      expect((await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id })).status).toBe(
        'FULL',
      );

      await platform.gqlOk(WITHDRAW, { input: { proposalId: a.id } }, cast.referent.token);
      expect(await proposalRow(platform, a.id)).toMatchObject({ status: 'WITHDRAWN' });
      expect(await proposalRow(platform, b.id)).toMatchObject({ status: 'ACCEPTED', waitingListPosition: null });
      const missionAfter = await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id });
      expect(missionAfter).toMatchObject({ placesTaken: 1, status: 'FULL' });

      const cancelled = await eventually(async () =>
        platform.smtp.to(first.email!).find((m) => m.subject.includes('est annulée')),
      );
      expect(cancelled.subject).toBe('La mission « Accueil à l’épicerie solidaire » est annulée');
      const promoted = await eventually(async () =>
        platform.smtp.to(second.email!).find((m) => m.subject.startsWith('Une place s’est libérée')),
      );
      expect(flat(promoted.text)).toContain('Choisir mon rendez-vous');
      // The association heard of each yes that held the place: the first, then the one from the list.
      const told = await eventually(async () => {
        const found = platform.smtp.to(member.user.email).filter((m) => m.subject.includes('a accepté votre mission'));
        return found.length >= 2 ? found : null;
      });
      expect(told.map((m) => flat(m.text)).every((t) => t.includes('la mission est désormais complète'))).toBe(true);
      const page = await getPage(`${platform.baseUrl}/p/${await tokenOf(b.id)}`);
      expect(page.html).toContain('Votre place est réservée');
    });
  });

  describe('a mission that fills up', () => {
    it('tells the pending proposals (page and referent) and puts later yeses on the waiting list in order', async () => {
      const { mission } = await createMissionWithAssociation(platform, { places: 2, title: 'Tri de vêtements' });
      const people = await Promise.all([0, 1, 2, 3].map(() => createConsentingBeneficiary(platform, cast.referent)));
      const proposals = [];
      for (const person of people) proposals.push(await proposeOk(platform, cast.referent, person.id, mission.id));
      await postAnswer(platform, await tokenOf(proposals[0].id), 'accept');
      await postAnswer(platform, await tokenOf(proposals[1].id), 'accept');
      const full = await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id });
      expect(full).toMatchObject({ status: 'FULL', placesTaken: 2 });

      const pending = await getPage(`${platform.baseUrl}/p/${await tokenOf(proposals[2].id)}`);
      expect(pending.html).toContain('Toutes les places sont prises pour le moment.');
      const notices = await eventually(async () => {
        const found = platform.smtp
          .to(cast.referent.user.email)
          .filter((m) => m.subject === 'Tremplin : La mission « Tri de vêtements » est complète');
        return found.length >= 2 ? found : null;
      });
      expect(notices).toHaveLength(2);

      await postAnswer(platform, await tokenOf(proposals[3].id), 'accept');
      await postAnswer(platform, await tokenOf(proposals[2].id), 'accept');
      expect(await proposalRow(platform, proposals[3].id)).toMatchObject({
        status: 'WAITING_LIST',
        waitingListPosition: 1,
      });
      expect(await proposalRow(platform, proposals[2].id)).toMatchObject({
        status: 'WAITING_LIST',
        waitingListPosition: 2,
      });
      const rows = await platform.dataSource
        .getRepository(Proposal)
        .findBy({ missionId: mission.id, status: 'ACCEPTED' as never });
      expect(rows).toHaveLength(2);
    });

    it('withdraws what a closed mission leaves open, and keeps the accepted proposals', async () => {
      const { mission, member } = await createMissionWithAssociation(platform, { places: 1 });
      const [a, b, c] = await Promise.all([0, 1, 2].map(() => createConsentingBeneficiary(platform, cast.referent)));
      const pa = await proposeOk(platform, cast.referent, a.id, mission.id);
      const pb = await proposeOk(platform, cast.referent, b.id, mission.id);
      const pc = await proposeOk(platform, cast.referent, c.id, mission.id);
      await postAnswer(platform, await tokenOf(pa.id), 'accept');
      await postAnswer(platform, await tokenOf(pb.id), 'accept');
      // The association closes its mission.
      await platform.gqlOk(
        `mutation($input: CloseMissionInput!) { closeMission(input: $input) { id status } }`,
        { input: { missionId: mission.id, reason: 'Fin de la saison.' } },
        member.token,
      );
      expect((await proposalRow(platform, pa.id)).status).toBe('ACCEPTED');
      expect((await proposalRow(platform, pb.id)).status).toBe('WITHDRAWN');
      expect((await proposalRow(platform, pc.id)).status).toBe('WITHDRAWN');
      expect((await proposalRow(platform, pc.id)).withdrawnById).toBeNull();
      await eventually(async () => platform.smtp.to(b.email!).find((m) => m.subject.includes('est annulée')));
    });
  });

  describe('who sees what', () => {
    it('shows an association only the accepted proposals of its own missions, with first name and contact only', async () => {
      const { mission, member } = await createMissionWithAssociation(platform);
      const { member: otherMember } = await createAssociation(platform, { name: 'Autre association' });
      const yes = await createConsentingBeneficiary(platform, cast.referent, { firstName: 'Inès' });
      const pending = await createConsentingBeneficiary(platform, cast.referent);
      const accepted = await proposeOk(platform, cast.referent, yes.id, mission.id, 'Message privé');
      const open = await proposeOk(platform, cast.referent, pending.id, mission.id);
      await postAnswer(platform, await tokenOf(accepted.id), 'accept');

      const list = await platform.gqlOk<{
        proposals: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> };
      }>(PROPOSALS, { missionId: mission.id }, member.token);
      expect(list.proposals.totalCount).toBe(1);
      expect(list.proposals.edges[0].node).toEqual({
        id: accepted.id,
        status: 'ACCEPTED',
        message: null,
        candidate: { firstName: 'Inès', email: yes.email, phone: '06 39 98 12 34' },
        beneficiary: null,
        mission: { id: mission.id },
      });
      const notYet = await platform.gql(PROPOSAL, { id: open.id }, member.token);
      expect(notYet.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const other = await platform.gql(PROPOSAL, { id: accepted.id }, otherMember.token);
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const otherList = await platform.gqlOk<{ proposals: { totalCount: number } }>(PROPOSALS, {}, otherMember.token);
      expect(otherList.proposals.totalCount).toBe(0);

      // The referent sees everything; a colleague nothing; the territory manager reads it.
      expect(await view(accepted.id)).toMatchObject({ message: 'Message privé', beneficiary: { id: yes.id } });
      const colleague = await platform.gql(PROPOSAL, { id: accepted.id }, cast.colleague.token);
      expect(colleague.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await view(accepted.id, cast.manager)).viewerCanWithdraw).toBe(false);
      // A coordinator sees the accepted one (to organise the interview), as an association would.
      const coordinator = await view(accepted.id, cast.coordinator);
      expect(coordinator).toMatchObject({ beneficiary: null, message: null, candidate: { firstName: 'Inès' } });
      const filtered = await platform.gqlOk<{ proposals: { totalCount: number } }>(
        PROPOSALS,
        { beneficiaryId: pending.id, status: ['SENT', 'PROPOSED'] },
        cast.referent.token,
      );
      expect(filtered.proposals.totalCount).toBe(1);
    });

    it('pages through a referent’s proposals', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const referent = await platform.createStaff(Role.REFERENT, {
        territoryId: (await platform.territory('CDS-OYONNAX')).id,
      });
      const ids = [];
      for (let i = 0; i < 3; i++) {
        const person = await createConsentingBeneficiary(platform, referent);
        ids.push((await proposeOk(platform, referent, person.id, mission.id)).id);
        clock.advance(1000);
      }
      const page1 = await platform.gqlOk<{
        proposals: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string } }>;
        };
      }>(PROPOSALS, { first: 2, referentId: referent.user.id }, referent.token);
      expect(page1.proposals.totalCount).toBe(3);
      expect(page1.proposals.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
      const page2 = await platform.gqlOk<{ proposals: { edges: Array<{ node: { id: string } }> } }>(
        PROPOSALS,
        { first: 2, after: page1.proposals.pageInfo.endCursor, referentId: referent.user.id },
        referent.token,
      );
      expect(page2.proposals.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    });
  });

  describe('bad input: a coded error, nothing written, nothing sent', () => {
    async function refused(code: string, attempt: () => ReturnType<typeof propose>): Promise<void> {
      await platform.settle();
      const before = await proposalFingerprint(platform);
      const mails = platform.smtp.messages.length;
      const result = await attempt();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.data ?? null).toBeNull();
      expect(await proposalFingerprint(platform)).toEqual(before);
      await platform.settle();
      expect(platform.smtp.messages.length).toBe(mails);
    }

    it('refuses a person without consent', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createBeneficiary(platform, cast.referent, { email: 'sans.accord@exemple.test' });
      await refused('CONSENT_REQUIRED', () => propose(platform, cast.referent, person.id, mission.id));
    });

    it('refuses a mission that is not published, or full', async () => {
      const { association } = await createAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      for (const status of [MissionStatus.DRAFT, MissionStatus.SUBMITTED, MissionStatus.CLOSED]) {
        const mission = await createMission(platform, association, { status });
        await refused('INVALID_TRANSITION', () => propose(platform, cast.referent, person.id, mission.id));
      }
      const full = await createMission(platform, association, {
        status: MissionStatus.FULL,
        places: 1,
        placesTaken: 1,
      });
      await refused('MISSION_FULL', () => propose(platform, cast.referent, person.id, full.id));
      await refused('NOT_FOUND', () =>
        propose(platform, cast.referent, person.id, '00000000-0000-4000-8000-000000000000'),
      );
    });

    it('refuses a second open proposal of the same pair', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      await proposeOk(platform, cast.referent, person.id, mission.id);
      await refused('CONFLICT', () => propose(platform, cast.referent, person.id, mission.id));
      // Even when two arrive at once: the partial unique index decides.
      const other = await createConsentingBeneficiary(platform, cast.referent);
      const results = await Promise.all([0, 1, 2, 3].map(() => propose(platform, cast.referent, other.id, mission.id)));
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(3);
    });

    it("refuses someone else's beneficiary, and staff who may not propose", async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      await refused('FORBIDDEN', () => propose(platform, cast.colleague, person.id, mission.id));
      await refused('FORBIDDEN', () => propose(platform, cast.manager, person.id, mission.id));
      await refused('FORBIDDEN', () => propose(platform, cast.association, person.id, mission.id));
      await refused('FORBIDDEN', () => propose(platform, cast.coordinator, person.id, mission.id));
      const withdraw = await platform.gql(WITHDRAW, { input: { proposalId: mission.id } }, cast.referent.token);
      expect(withdraw.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses a message over 1,000 characters', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      await refused('BAD_USER_INPUT', () => propose(platform, cast.referent, person.id, mission.id, 'x'.repeat(1001)));
      const ok = await proposeOk(platform, cast.referent, person.id, mission.id, `  ${'é'.repeat(1000)}  `);
      expect((await proposalRow(platform, ok.id)).message).toHaveLength(1000);
    });

    it('shows the same neutral page for every bad token and changes nothing', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const [a, b] = await Promise.all([0, 1].map(() => createConsentingBeneficiary(platform, cast.referent)));
      const pa = await proposeOk(platform, cast.referent, a.id, mission.id);
      const pb = await proposeOk(platform, cast.referent, b.id, mission.id);
      const token = await tokenOf(pa.id);
      const other = await tokenOf(pb.id);
      const [header, payload, signature] = token.split('.');
      const flip = (s: string) => s.slice(0, -2) + (s.at(-2) === 'A' ? 'B' : 'A') + s.at(-1);
      const links = platform.api.get(SignedLinks);
      const bad = {
        tampered: `${header}.${payload}.${flip(signature)}`,
        truncated: token.slice(0, -5),
        'other payload': `${header}.${other.split('.')[1]}.${signature}`,
        'other purpose': links.sign('interview.booking', pa.id, new Date(clock.now().getTime() + DAY)),
        'unknown proposal': links.sign(
          'proposal.answer',
          '00000000-0000-4000-8000-000000000000',
          new Date(clock.now().getTime() + DAY),
        ),
        expired: links.sign('proposal.answer', pa.id, new Date(clock.now().getTime() - 1000)),
        garbage: 'pas-un-jeton',
      };
      await platform.settle();
      const reference = await getPage(`${platform.baseUrl}/p/${bad.garbage}`);
      expect(reference.status).toBe(404);
      expect(reference.html).toContain('Ce lien ne fonctionne plus');
      const before = await proposalFingerprint(platform);
      for (const [name, value] of Object.entries(bad)) {
        const shown = await getPage(`${platform.baseUrl}/p/${value}`);
        expect({ name, status: shown.status, html: shown.html }).toEqual({ name, ...reference });
        for (const answer of ['accept', 'decline'] as const) {
          const posted = await postAnswer(platform, value, answer, 'OTHER');
          expect({ name, status: posted.status, html: posted.html }).toEqual({ name, ...reference });
        }
      }
      expect(await proposalFingerprint(platform)).toEqual(before);
      // The genuine link still works.
      expect((await getPage(`${platform.baseUrl}/p/${token}`)).status).toBe(200);
    });
  });

  describe('referent notifications', () => {
    it('gathers the events of a referent who chose the daily summary into one email', async () => {
      const referent = await platform.createStaff(Role.REFERENT, {
        firstName: 'Hélène',
        territoryId: (await platform.territory('CDS-OYONNAX')).id,
      });
      const SET = `mutation($mode: ProposalNotificationMode!) { setProposalNotificationMode(mode: $mode) }`;
      const GET = `query { proposalNotificationMode }`;
      expect(
        (await platform.gqlOk<{ proposalNotificationMode: string }>(GET, {}, referent.token)).proposalNotificationMode,
      ).toBe('IMMEDIATE');
      await platform.gqlOk(SET, { mode: 'DAILY_DIGEST' }, referent.token);
      expect(
        (await platform.gqlOk<{ proposalNotificationMode: string }>(GET, {}, referent.token)).proposalNotificationMode,
      ).toBe('DAILY_DIGEST');
      const { mission } = await createMissionWithAssociation(platform, { title: 'Jardin partagé' });
      const [a, b] = await Promise.all([0, 1].map(() => createConsentingBeneficiary(platform, referent)));
      const pa = await proposeOk(platform, referent, a.id, mission.id);
      const pb = await proposeOk(platform, referent, b.id, mission.id);
      await postAnswer(platform, await tokenOf(pa.id), 'accept');
      await postAnswer(platform, await tokenOf(pb.id), 'decline', 'NOT_AVAILABLE');
      await platform.settle();
      expect(platform.smtp.to(referent.user.email)).toHaveLength(0);

      const digest = async () => {
        const job = await platform.api.get(JobQueue).queue(QueueName.Scheduling).add(JobName.SendProposalDigests, {});
        await eventually(async () => ['completed', 'unknown'].includes(await job.getState()));
        await platform.settle();
      };
      await digest();
      const [summary] = platform.smtp.to(referent.user.email);
      expect(summary.subject).toBe('Tremplin : 2 nouvelles sur vos propositions de mission');
      const text = flat(summary.text);
      expect(text).toContain('a accepté la mission « Jardin partagé »');
      expect(text).toContain('a répondu non à la mission « Jardin partagé »');
      await digest();
      expect(platform.smtp.to(referent.user.email)).toHaveLength(1);
      const refused = await platform.gql(SET, { mode: 'DAILY_DIGEST' }, cast.association.token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('ProposalStats', () => {
    it('counts proposals awaiting an answer per mission and excludes open pairs', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const people = await Promise.all([0, 1, 2].map(() => createConsentingBeneficiary(platform, cast.referent)));
      const ps = [];
      for (const person of people) ps.push(await proposeOk(platform, cast.referent, person.id, mission.id));
      await postAnswer(platform, await tokenOf(ps[0].id), 'accept');
      const stats = platform.api.get(ProposalStats);
      expect((await stats.pendingCountsByMission([mission.id])).get(mission.id)).toBe(2);
      expect(await stats.pendingCountsByMission([])).toEqual(new Map());
      expect((await stats.excludedMissionIds(people[0].id, clock.now())).has(mission.id)).toBe(true);
      expect((await stats.excludedMissionIds(people[1].id, clock.now())).has(mission.id)).toBe(true);
    });
  });
});
