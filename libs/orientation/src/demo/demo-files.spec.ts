import { LogbookEntryType, ageOn, localDateOf, startOfLocalDay } from '@tremplin/beneficiaries';
import { SeedRandom } from '@tremplin/core';
import { fileDeadlines } from '../domain/deadlines';
import { DemoWorld, generateDemoFiles, seedUuid } from './demo-files';

const now = new Date('2026-03-02T08:00:00.000Z');
const today = localDateOf(now);

function world(seed = 2026): DemoWorld {
  const territories = [
    { id: 't-bourg', code: 'CDS-BOURG-PIERRE-GOUJON', name: 'CDS Bourg-en-Bresse Pierre Goujon', seatInsee: '01053' },
    { id: 't-belley', code: 'CDS-BELLEY', name: 'CDS Belley', seatInsee: '01034' },
  ];
  return {
    random: new SeedRandom(seed),
    now,
    territories,
    communes: [
      { inseeCode: '01053', latitude: 46.2, longitude: 5.2, territoryId: 't-bourg' },
      { inseeCode: '01024', latitude: 46.28, longitude: 5.18, territoryId: 't-bourg' },
      { inseeCode: '01034', latitude: 45.75, longitude: 5.68, territoryId: 't-belley' },
    ],
    referents: new Map([
      ['t-bourg', ['r-1', 'r-2']],
      ['t-belley', ['r-3']],
    ]),
    domainCodes: ['ALIMENTATION', 'SPORT', 'CULTURE_LOISIRS'],
    jobCodes: ['K2204', 'K1304'],
    competencyCodes: ['SE_EQUIPE', 'TR_ACCUEIL', 'SE_RIGUEUR', 'PR_BRICOLAGE', 'TR_ECOUTE'],
  };
}

describe(generateDemoFiles.name, () => {
  const files = generateDemoFiles(world());

  it('follows the profile of the Ain: 55% women, 54% aged 30–49, 40% in the scheme for 4 years or more', () => {
    expect(files).toHaveLength(300);
    expect(files.filter((f) => f.beneficiary.civility === 'MADAME')).toHaveLength(165);
    expect(
      files.filter((f) => ageOn(f.beneficiary.birthDate, today) >= 30 && ageOn(f.beneficiary.birthDate, today) <= 49),
    ).toHaveLength(162);
    expect(files.filter((f) => f.beneficiary.rsaEntryDate <= '2022-03-02')).toHaveLength(120);
    expect(files.every((f) => ageOn(f.beneficiary.birthDate, today) >= 18)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect(generateDemoFiles(world())).toEqual(files);
    expect(generateDemoFiles(world(7))[0].beneficiary.id).not.toBe(files[0].beneficiary.id);
  });

  it('tells events in order, none in the future, each orientation after its diagnostic', () => {
    for (const file of files) {
      const entry = startOfLocalDay(file.beneficiary.rsaEntryDate).getTime();
      for (const event of file.entries) {
        expect(event.occurredAt.getTime()).toBeGreaterThanOrEqual(entry);
        expect(event.occurredAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
      for (const orientation of file.orientations) {
        const diagnostic = file.diagnostics.find((d) => d.id === orientation.diagnosticId);
        expect(diagnostic).toBeDefined();
        expect(orientation.decidedAt.getTime()).toBeGreaterThanOrEqual(diagnostic?.conductedAt.getTime() ?? Infinity);
      }
      const [first, second] = file.orientations;
      if (second) {
        // A re-orientation rests on a diagnostic newer than the first orientation, and states its reason.
        const newer = file.diagnostics.find((d) => d.id === second.diagnosticId);
        expect(newer?.conductedAt.getTime()).toBeGreaterThan(first.decidedAt.getTime());
        expect(second).toMatchObject({ isReorientation: true, reason: expect.any(String) });
        expect(file.entries.some((e) => e.type === LogbookEntryType.REORIENTATION)).toBe(true);
      }
      if (file.grant) expect(file.grant.expiresAt.getTime()).toBeGreaterThan(now.getTime());
    }
  });

  it('marks as late exactly the files the deadline rules find late, and has some of each kind', () => {
    for (const file of files) expect(file.late).toBe(fileDeadlines(file.beneficiary, today).overdue);
    expect(files.filter((f) => f.late).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.orientations.length > 1).length).toBeGreaterThan(3);
    expect(files.filter((f) => f.beneficiary.status !== 'ACTIVE').length).toBeGreaterThan(3);
  });
});

describe(seedUuid.name, () => {
  it('draws version-4 UUIDs', () => {
    const random = new SeedRandom(1);
    for (let i = 0; i < 50; i++) {
      expect(seedUuid(random)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
