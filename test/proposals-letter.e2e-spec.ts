import { FakeClock } from '@tremplin/core';
import { Mission, MissionStatus } from '@tremplin/missions';
import { Cast, LOGBOOK, createCast } from './support/beneficiary-helpers';
import { pdfText } from './support/passport-helpers';
import {
  PROPOSAL,
  ProposalView,
  WITHDRAW,
  answerToken,
  createConsentingBeneficiary,
  createMissionWithAssociation,
  flat,
  getPage,
  postAnswer,
  proposalFingerprint,
  proposalRow,
  proposeOk,
} from './support/proposal-helpers';
import { StaffAccount, TestPlatform } from './support/test-platform';

const PREVIEW = `query($input: ProposeMissionInput!) {
  proposalEmailPreview(input: $input) { delivery to replyTo subject text html expiresAt } }`;

const RECORD = `mutation($input: RecordProposalAnswerInput!) {
  recordProposalAnswer(input: $input) {
    id status statusLabel answerChannel answeredAt consentAt waitingListRank
    answerRecordedBy { firstName lastName } } }`;

const DELIVERY = `query($id: ID!) { proposal(id: $id) { id delivery statusLabel letterUrl sentAt } }`;

type Book = {
  logbook: { edges: Array<{ node: { type: string; summary: string; author: { firstName: string } | null } }> };
};

interface Recorded {
  id: string;
  status: string;
  statusLabel: string;
  answerChannel: string;
  answeredAt: string;
  consentAt: string | null;
  waitingListRank: number | null;
  answerRecordedBy: { firstName: string; lastName: string } | null;
}

describe('proposals for people without email: the letter and the answers a référent records', () => {
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

  const withoutEmail = () => createConsentingBeneficiary(platform, cast.referent, { email: null, firstName: 'Joël' });
  const record = (account: StaffAccount, input: Record<string, unknown>) =>
    platform.gql<{ recordProposalAnswer: Recorded }>(RECORD, { input }, account.token);
  const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    result.errors?.[0]?.extensions?.code;
  const letter = (id: string, account: StaffAccount) =>
    fetch(`${platform.baseUrl}/proposals/${id}/letter.pdf`, { headers: { authorization: `Bearer ${account.token}` } });
  const logbookOf = async (beneficiaryId: string) =>
    (
      await platform.gqlOk<Book>(
        LOGBOOK.replace('author { id }', 'author { id firstName }'),
        {
          beneficiaryId,
          first: 50,
        },
        cast.referent.token,
      )
    ).logbook.edges.map((e) => e.node);

  describe('the preview of the email', () => {
    it('renders the proposal email of the real template, with the message, and writes nothing', async () => {
      const { mission } = await createMissionWithAssociation(platform, { places: 2 });
      const person = await createConsentingBeneficiary(platform, cast.referent);
      await platform.settle();
      const before = await proposalFingerprint(platform);
      const { proposalEmailPreview: preview } = await platform.gqlOk<{
        proposalEmailPreview: {
          delivery: string;
          to: string;
          replyTo: string;
          subject: string;
          text: string;
          html: string;
        };
      }>(
        PREVIEW,
        { input: { beneficiaryId: person.id, missionId: mission.id, message: 'Bonjour Karima,\nElle est pour vous.' } },
        cast.referent.token,
      );
      expect(preview.delivery).toBe('EMAIL');
      expect(preview.to).toBe(person.email);
      expect(preview.replyTo).toBe(cast.referent.user.email);
      expect(preview.subject).toBe('Claire vous propose une mission bénévole : Accueil à l’épicerie solidaire');
      const text = flat(preview.text);
      expect(text).toContain('Claire Référente, votre référent(e), vous propose une mission de bénévolat.');
      expect(text).toContain('Elle est pour vous.');
      expect(text).toContain('Ce que vous ferez : Accueillir les familles');
      expect(preview.html).toContain('<html lang="fr"');
      expect(await proposalFingerprint(platform)).toEqual(before);

      // Sent for real, the email says the same (but for the personal link).
      await proposeOk(platform, cast.referent, person.id, mission.id, 'Bonjour Karima,\nElle est pour vous.');
      const [mail] = (await platform.smtp.waitFor((m) => m.some((x) => x.to.includes(person.email!)))).filter((m) =>
        m.to.includes(person.email!),
      );
      expect(mail.subject).toBe(preview.subject);
      const strip = (s: string) => flat(s).replace(/https?:\/\/\S+/g, '<lien>');
      expect(strip(mail.text)).toBe(strip(preview.text));
    });

    it('refuses what propose refuses: no consent, a full mission, a file of someone else', async () => {
      const { mission } = await createMissionWithAssociation(platform, { places: 1, placesTaken: 1 });
      const { mission: open } = await createMissionWithAssociation(platform);
      const noConsent = await createConsentingBeneficiary(platform, cast.referent, { volunteeringConsent: false });
      const person = await createConsentingBeneficiary(platform, cast.referent);
      const call = (beneficiaryId: string, missionId: string, account = cast.referent) =>
        platform.gql(PREVIEW, { input: { beneficiaryId, missionId } }, account.token);
      expect(codeOf(await call(noConsent.id, open.id))).toBe('CONSENT_REQUIRED');
      expect(codeOf(await call(person.id, mission.id))).toBe('MISSION_FULL');
      // Someone else's file: refused as proposing it is.
      const proposing = await platform.gql(
        `mutation($input: ProposeMissionInput!) { proposeMission(input: $input) { id } }`,
        { input: { beneficiaryId: person.id, missionId: open.id } },
        cast.belleyReferent.token,
      );
      expect(codeOf(await call(person.id, open.id, cast.belleyReferent))).toBe(codeOf(proposing));
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(proposing));
      expect(codeOf(await call(person.id, open.id, cast.association))).toBe('FORBIDDEN');
      const tooLong = await platform.gql(
        PREVIEW,
        { input: { beneficiaryId: person.id, missionId: open.id, message: 'x'.repeat(1001) } },
        cast.referent.token,
      );
      expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    });

    it('says when the proposal will be a letter', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await withoutEmail();
      const { proposalEmailPreview } = await platform.gqlOk<{ proposalEmailPreview: { delivery: string; to: null } }>(
        PREVIEW,
        { input: { beneficiaryId: person.id, missionId: mission.id } },
        cast.referent.token,
      );
      expect(proposalEmailPreview).toMatchObject({ delivery: 'LETTER', to: null });
    });
  });

  describe('the letter', () => {
    it('is proposed without email, printed as a PDF with the mission and the link of the answer page', async () => {
      const { mission } = await createMissionWithAssociation(platform, { title: 'Tri de vêtements solidaires' });
      const person = await withoutEmail();
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id, 'Bonjour Joël, à mardi.');
      const { proposal } = await platform.gqlOk<{
        proposal: { delivery: string; statusLabel: string; letterUrl: string; sentAt: null };
      }>(DELIVERY, { id: proposed.id }, cast.referent.token);
      expect(proposal).toMatchObject({
        delivery: 'LETTER',
        statusLabel: 'lettre à remettre, en attente de réponse',
        letterUrl: `/proposals/${proposed.id}/letter.pdf`,
        sentAt: null,
      });
      const entries = await logbookOf(person.id);
      expect(entries.map((e) => e.summary)).toContain(
        `Mission bénévole proposée par lettre (la personne n’a pas d’e-mail) : « Tri de vêtements solidaires » (${
          (
            await platform.dataSource.query(
              `SELECT a.name FROM association a JOIN mission m ON m.association_id = a.id WHERE m.id = $1`,
              [mission.id],
            )
          )[0].name
        }). Avec un message personnel.`,
      );

      const response = await letter(proposed.id, cast.referent);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/pdf');
      expect(response.headers.get('content-disposition')).toContain('proposition-tri-de-vetements-solidaires.pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
      const text = await pdfText(bytes);
      expect(text).toContain('Tri de vêtements solidaires');
      expect(text).toContain('Bonjour Joël,');
      expect(text).toContain('Bonjour Joël, à mardi.');
      expect(text).toContain('Vous pouvez répondre jusqu’au 12/03/2026');
      // The letter prints the address of the same signed answer page as the email (its QR code holds it).
      const link = `${platform.baseUrl}/p/${answerToken(platform, await proposalRow(platform, proposed.id))}`;
      expect(text.replace(/\s/g, '')).toContain(link);
      const page = await getPage(link);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Tri de vêtements solidaires');
    });

    it('is for the référent of the file: others get 404, an association 403, an answered proposal no letter', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await withoutEmail();
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      expect((await letter(proposed.id, cast.belleyReferent)).status).toBe(404);
      expect((await letter(proposed.id, cast.association)).status).toBe(403);
      expect((await fetch(`${platform.baseUrl}/proposals/${proposed.id}/letter.pdf`)).status).toBe(401);
      expect((await letter('pas-un-identifiant', cast.referent)).status).toBe(400);
      await platform.gqlOk(WITHDRAW, { input: { proposalId: proposed.id } }, cast.referent.token);
      expect((await letter(proposed.id, cast.referent)).status).toBe(409);
    });
  });

  describe('recordProposalAnswer', () => {
    it('records a yes by phone: a place, the consent, who and how, in the carnet de bord', async () => {
      const { mission } = await createMissionWithAssociation(platform, { places: 2 });
      const person = await withoutEmail();
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      const result = await record(cast.referent, { proposalId: proposed.id, answer: 'ACCEPT', channel: 'PHONE' });
      expect(result.errors).toBeUndefined();
      const recorded = result.data!.recordProposalAnswer;
      expect(recorded).toMatchObject({
        status: 'ACCEPTED',
        statusLabel: 'acceptée',
        answerChannel: 'PHONE',
        answerRecordedBy: { firstName: 'Claire', lastName: 'Référente' },
      });
      expect(recorded.consentAt).toBe(clock.now().toISOString());
      const row = await proposalRow(platform, proposed.id);
      expect(row.answerRecordedById).toBe(cast.referent.user.id);
      expect((await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id })).placesTaken).toBe(
        1,
      );
      const answered = (await logbookOf(person.id)).find((e) => e.type === 'PROPOSAL_ANSWERED');
      expect(answered?.summary).toMatch(
        /^Joël \S+ a répondu « Je suis intéressé\(e\) » à la mission « Accueil à l’épicerie solidaire » .*: une place est réservée\. Réponse recueillie par téléphone par Claire Référente\.$/,
      );
      expect(answered?.author?.firstName).toBe('Claire');
    });

    it('records a no given in person, with its reason', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await withoutEmail();
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      const recorded = (
        await record(cast.referent, {
          proposalId: proposed.id,
          answer: 'DECLINE',
          channel: 'IN_PERSON',
          declineReason: 'TOO_FAR',
        })
      ).data!.recordProposalAnswer;
      expect(recorded).toMatchObject({ status: 'DECLINED', answerChannel: 'IN_PERSON' });
      const answered = (await logbookOf(person.id)).find((e) => e.type === 'PROPOSAL_ANSWERED');
      expect(answered?.summary).toContain('« Non merci »');
      expect(answered?.summary).toContain('(motif : trop loin).');
      expect(answered?.summary).toContain('Réponse recueillie en personne par Claire Référente.');
    });

    it('puts a yes on a full mission on the waiting list, as the link does', async () => {
      const { mission } = await createMissionWithAssociation(platform, { places: 1 });
      const first = await withoutEmail();
      const second = await withoutEmail();
      const a = await proposeOk(platform, cast.referent, first.id, mission.id);
      const b = await proposeOk(platform, cast.referent, second.id, mission.id);
      expect((await record(cast.referent, { proposalId: a.id, answer: 'ACCEPT', channel: 'PHONE' })).data).toBeTruthy();
      const full = (await record(cast.referent, { proposalId: b.id, answer: 'ACCEPT', channel: 'PHONE' })).data!
        .recordProposalAnswer;
      expect(full).toMatchObject({ status: 'WAITING_LIST', waitingListRank: 1 });
      expect((await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id })).placesTaken).toBe(
        1,
      );
    });

    it('refuses an answer already given (by the link or recorded), and keeps the first', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await createConsentingBeneficiary(platform, cast.referent);
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      const row = await proposalRow(platform, proposed.id);
      expect((await postAnswer(platform, answerToken(platform, row), 'decline')).status).toBe(200);
      await platform.settle();
      const before = await proposalFingerprint(platform);
      const again = await record(cast.referent, { proposalId: proposed.id, answer: 'ACCEPT', channel: 'PHONE' });
      expect(codeOf(again)).toBe('INVALID_TRANSITION');
      expect(again.errors?.[0]?.message).toBe(
        'La personne a déjà répondu à cette proposition (refusée) : sa réponse ne peut plus être changée.',
      );
      expect(await proposalFingerprint(platform)).toEqual(before);
    });

    it('takes one of two answers recorded at the same moment: one place, one line in the carnet', async () => {
      const { mission } = await createMissionWithAssociation(platform, { places: 3 });
      const person = await withoutEmail();
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      const input = { proposalId: proposed.id, answer: 'ACCEPT', channel: 'PHONE' };
      const results = await Promise.all([record(cast.referent, input), record(cast.referent, input)]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.map(codeOf).filter(Boolean)).toEqual(['INVALID_TRANSITION']);
      expect((await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id })).placesTaken).toBe(
        1,
      );
      expect((await logbookOf(person.id)).filter((e) => e.type === 'PROPOSAL_ANSWERED')).toHaveLength(1);
    });

    it('refuses a withdrawn proposal and a closed mission', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await withoutEmail();
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      await platform.gqlOk(WITHDRAW, { input: { proposalId: proposed.id } }, cast.referent.token);
      const withdrawn = await record(cast.referent, { proposalId: proposed.id, answer: 'ACCEPT', channel: 'PHONE' });
      expect(codeOf(withdrawn)).toBe('INVALID_TRANSITION');
      expect(withdrawn.errors?.[0]?.message).toBe(
        'Cette proposition n’attend plus de réponse : elle a expiré, elle est retirée ou la mission est fermée.',
      );

      const { mission: closing } = await createMissionWithAssociation(platform);
      const other = await withoutEmail();
      const pending = await proposeOk(platform, cast.referent, other.id, closing.id);
      // Closed behind the proposal's back (as if its close had not reached the proposal yet).
      await platform.dataSource
        .getRepository(Mission)
        .update(closing.id, { status: MissionStatus.CLOSED, closedAt: new Date() });
      const closed = await record(cast.referent, { proposalId: pending.id, answer: 'ACCEPT', channel: 'PHONE' });
      expect(codeOf(closed)).toBe('INVALID_TRANSITION');
    });

    it('is for the référent of the file and the service Insertion only; bad input is refused', async () => {
      const { mission } = await createMissionWithAssociation(platform);
      const person = await withoutEmail();
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      const input = { proposalId: proposed.id, answer: 'DECLINE', channel: 'PHONE' };
      expect(codeOf(await record(cast.association, input))).toBe('FORBIDDEN');
      expect(codeOf(await record(cast.coordinator, input))).toBe('FORBIDDEN');
      expect(codeOf(await record(cast.belleyReferent, input))).toBe('NOT_FOUND');
      // The territory manager reads the file but does not act in the référent's place.
      const manager = await record(cast.manager, input);
      expect(codeOf(manager)).toBe('FORBIDDEN');
      expect(manager.errors?.[0]?.message).toBe(
        'Seul le référent de la personne (ou le service Insertion) peut enregistrer sa réponse.',
      );
      const link = await record(cast.referent, { ...input, channel: 'LINK' });
      expect(codeOf(link)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(link.errors?.[0]?.extensions?.fields)).toContain('téléphone ou en personne');
      const reasonWithYes = await record(cast.referent, { ...input, answer: 'ACCEPT', declineReason: 'TOO_FAR' });
      expect(codeOf(reasonWithYes)).toBe('BAD_USER_INPUT');
      expect(codeOf(await record(cast.referent, { ...input, proposalId: 'pas-un-id' }))).toBe('BAD_USER_INPUT');
      expect((await proposalRow(platform, proposed.id)).status).toBe('PROPOSED');

      const byAdmin = await record(cast.admin, input);
      expect(byAdmin.data?.recordProposalAnswer.answerRecordedBy).toEqual({ firstName: 'Nadia', lastName: 'Admin' });
      const view = await platform.gqlOk<{ proposal: ProposalView }>(PROPOSAL, { id: proposed.id }, cast.referent.token);
      expect(view.proposal.status).toBe('DECLINED');
    });
  });
});
