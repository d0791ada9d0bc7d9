import { Mission } from '@tremplin/missions';
import { Proposal } from '@tremplin/proposals';
import { createCast } from './support/beneficiary-helpers';
import {
  answerToken,
  createConsentingBeneficiary,
  createMissionWithAssociation,
  getPage,
  postAnswer,
  proposalFingerprint,
  proposalRow,
  proposeOk,
} from './support/proposal-helpers';
import { TestPlatform } from './support/test-platform';

const PEOPLE = 50;
const PLACES = 3;

/** The real clock here: the order of the answers is the order the database saw them. */
describe('50 simultaneous yeses on a mission with 3 places', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(async () => {
    await platform.stop();
  });

  it('gives exactly 3 places and a waiting list of 47 in answer order, and changes nothing when replayed', async () => {
    const cast = await createCast(platform);
    const { mission } = await createMissionWithAssociation(platform, { places: PLACES });
    const tokens: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const person = await createConsentingBeneficiary(platform, cast.referent);
      const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
      tokens.push(answerToken(platform, await proposalRow(platform, proposed.id)));
    }

    const pages = await Promise.all(tokens.map((token) => postAnswer(platform, token, 'accept')));
    expect(pages.every((page) => page.status === 200)).toBe(true);
    expect(pages.filter((page) => page.html.includes('Votre place est réservée'))).toHaveLength(PLACES);
    const waitingPages = pages.filter((page) => page.html.includes("Vous êtes sur la liste d'attente"));
    expect(waitingPages).toHaveLength(PEOPLE - PLACES);
    // Each waiting person read a different rank, 1 to 47.
    const ranks = waitingPages.map((page) => Number(/n° (\d+)/.exec(page.html)![1])).sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: PEOPLE - PLACES }, (_, i) => i + 1));

    const rows = await platform.dataSource.getRepository(Proposal).findBy({ missionId: mission.id });
    const accepted = rows.filter((row) => row.status === 'ACCEPTED');
    const waiting = rows
      .filter((row) => row.status === 'WAITING_LIST')
      .sort((a, b) => a.waitingListPosition! - b.waitingListPosition!);
    expect(accepted).toHaveLength(PLACES);
    expect(waiting.map((row) => row.waitingListPosition)).toEqual(
      Array.from({ length: PEOPLE - PLACES }, (_, i) => i + 1),
    );
    // In order: the list follows the answers as the mission's row lock admitted them.
    const lastAccepted = Math.max(...accepted.map((row) => row.answeredAt!.getTime()));
    expect(waiting[0].answeredAt!.getTime()).toBeGreaterThanOrEqual(lastAccepted);
    for (let i = 1; i < waiting.length; i++) {
      expect(waiting[i].answeredAt!.getTime()).toBeGreaterThanOrEqual(waiting[i - 1].answeredAt!.getTime());
    }
    const after = await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id });
    expect(after).toMatchObject({ places: PLACES, placesTaken: PLACES, status: 'FULL' });

    // Everyone clicks again, at once: nothing moves.
    const before = await proposalFingerprint(platform);
    const replays = await Promise.all(tokens.map((token) => postAnswer(platform, token, 'accept')));
    expect(replays.filter((page) => page.html.includes('Votre place est réservée'))).toHaveLength(PLACES);
    const fingerprint = await proposalFingerprint(platform);
    expect(fingerprint.proposal).toBe(before.proposal);
    expect(fingerprint.mission).toBe(before.mission);
    expect(fingerprint.logbook_entry).toBe(before.logbook_entry);
  }, 180_000);
});

describe('rate limit of the proposal links', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false, env: { LINK_RATE_LIMIT: '5' } });
  });
  afterAll(async () => {
    await platform.stop();
  });

  it('refuses a client that tries too many links in a minute, in French', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await getPage(`${platform.baseUrl}/p/essai-${i}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    const limited = await getPage(`${platform.baseUrl}/p/essai-6`);
    expect(limited.status).toBe(429);
    expect(limited.html).toContain('Trop de tentatives');
    const posted = await postAnswer(platform, 'essai-7', 'accept');
    expect(posted.status).toBe(429);
  });
});
