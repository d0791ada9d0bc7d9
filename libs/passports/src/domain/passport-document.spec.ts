import { EngagementStatus } from './engagement-status';
import { AttestedCompetencyFact, EngagementFact, attestationSet, buildPassportEntries } from './passport-document';

const engagement = (id: string, startDate: string, overrides: Partial<EngagementFact> = {}): EngagementFact => ({
  engagementId: id,
  missionTitle: `Mission ${id}`,
  hostName: 'Les Restos du Cœur',
  hostCommune: 'Oyonnax',
  status: EngagementStatus.COMPLETED,
  startDate,
  endDate: '2026-05-29',
  plannedHours: 40,
  hoursDone: 38,
  ...overrides,
});

const fact = (
  attestationId: string,
  engagementId: string,
  code: string,
  level: number,
  at: string,
  overrides: Partial<AttestedCompetencyFact> = {},
): AttestedCompetencyFact => ({
  attestationId,
  engagementId,
  attestedAt: new Date(at),
  attestorName: 'Martine Durand',
  attestorRole: 'Présidente',
  competencyCode: code,
  competencyLabel: `Libellé ${code}`,
  level,
  comment: null,
  ...overrides,
});

describe(buildPassportEntries.name, () => {
  it('keeps only missions with an attestation, oldest mission first', () => {
    const entries = buildPassportEntries(
      [engagement('b', '2026-04-01'), engagement('a', '2026-02-01'), engagement('c', '2026-01-01')],
      [fact('x1', 'b', 'TR_ACCUEIL', 2, '2026-05-30'), fact('x2', 'a', 'SE_EQUIPE', 1, '2026-03-30')],
    );
    expect(entries.map((e) => e.engagementId)).toEqual(['a', 'b']);
    expect(entries[1]).toMatchObject({
      missionTitle: 'Mission b',
      hostName: 'Les Restos du Cœur',
      hoursDone: 38,
      competencies: [
        { code: 'TR_ACCUEIL', label: 'Libellé TR_ACCUEIL', level: 2, levelLabel: 'Pratique', comment: null },
      ],
      attestors: [{ name: 'Martine Durand', role: 'Présidente' }],
    });
  });

  it('takes the latest level of a competency attested twice for the same mission', () => {
    const [entry] = buildPassportEntries(
      [engagement('a', '2026-02-01')],
      [
        fact('late', 'a', 'TR_ACCUEIL', 3, '2026-05-30', {
          comment: 'Autonome',
          attestorName: 'Paul Martin',
          attestorRole: 'Bénévole référent',
        }),
        fact('early', 'a', 'TR_ACCUEIL', 1, '2026-03-01'),
        fact('early', 'a', 'SE_EQUIPE', 2, '2026-03-01'),
      ],
      new Map([
        ['SE_EQUIPE', 1],
        ['TR_ACCUEIL', 15],
      ]),
    );
    expect(entry.competencies.map((c) => [c.code, c.level, c.comment])).toEqual([
      ['SE_EQUIPE', 2, null],
      ['TR_ACCUEIL', 3, 'Autonome'],
    ]);
    expect(entry.attestors.map((a) => a.name)).toEqual(['Martine Durand', 'Paul Martin']);
  });

  it('lists an attestor once even after several attestations', () => {
    const [entry] = buildPassportEntries(
      [engagement('a', '2026-02-01')],
      [fact('one', 'a', 'TR_ACCUEIL', 1, '2026-03-01'), fact('two', 'a', 'SE_EQUIPE', 2, '2026-04-01')],
    );
    expect(entry.attestors).toEqual([
      { name: 'Martine Durand', role: 'Présidente', attestedAt: new Date('2026-04-01') },
    ]);
  });
});

describe(attestationSet.name, () => {
  it('is the same for the same attestations in any order', () => {
    expect(attestationSet(['b', 'a', 'b'])).toEqual(['a', 'b']);
    expect(attestationSet(['a', 'b'])).toEqual(attestationSet(['b', 'a']));
  });
});
