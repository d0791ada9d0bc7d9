import {
  COMMENT_MAX_LENGTH,
  MAX_COMPETENCIES_PER_ATTESTATION,
  attestationProblems,
  normalizeAttestation,
} from './attestation-rules';

const known = new Set(['TR_ACCUEIL', 'SE_EQUIPE', 'PR_LOGISTIQUE']);
const draft = (overrides = {}) => ({
  attestorName: 'Martine Durand',
  attestorRole: 'Présidente',
  competencies: [
    { competencyCode: 'TR_ACCUEIL', level: 2, comment: 'Accueil chaleureux des familles' },
    { competencyCode: 'SE_EQUIPE', level: 3 },
  ],
  ...overrides,
});

describe('attestationProblems', () => {
  it('accepts known competencies at levels 1 to 3', () => {
    expect(attestationProblems(draft(), known)).toEqual([]);
    expect(
      attestationProblems(draft({ competencies: [{ competencyCode: 'PR_LOGISTIQUE', level: 1 }] }), known),
    ).toEqual([]);
  });

  it('names an unknown competency', () => {
    expect(attestationProblems(draft({ competencies: [{ competencyCode: 'XX_INCONNUE', level: 2 }] }), known)).toEqual([
      { field: 'competencies.0.competencyCode', message: 'compétence inconnue : XX_INCONNUE' },
    ]);
  });

  it.each([0, 4, -1, 2.5, Number.NaN])('refuses level %p', (level) => {
    const problems = attestationProblems(draft({ competencies: [{ competencyCode: 'TR_ACCUEIL', level }] }), known);
    expect(problems.map((p) => p.field)).toEqual(['competencies.0.level']);
    expect(problems[0].message).toContain('maîtrise');
  });

  it('refuses the same competency twice', () => {
    const problems = attestationProblems(
      draft({
        competencies: [
          { competencyCode: 'TR_ACCUEIL', level: 1 },
          { competencyCode: 'TR_ACCUEIL', level: 2 },
        ],
      }),
      known,
    );
    expect(problems.map((p) => p.field)).toEqual(['competencies.1.competencyCode']);
  });

  it('limits the comment, the list and the attestor fields', () => {
    const long = 'x'.repeat(COMMENT_MAX_LENGTH + 1);
    expect(
      attestationProblems(
        draft({ competencies: [{ competencyCode: 'TR_ACCUEIL', level: 2, comment: long }] }),
        known,
      ).map((p) => p.field),
    ).toEqual(['competencies.0.comment']);
    expect(attestationProblems(draft({ competencies: [] }), known).map((p) => p.field)).toEqual(['competencies']);
    const many = Array.from({ length: MAX_COMPETENCIES_PER_ATTESTATION + 1 }, () => ({
      competencyCode: 'TR_ACCUEIL',
      level: 1,
    }));
    expect(attestationProblems(draft({ competencies: many }), known)[0].field).toBe('competencies');
    expect(attestationProblems(draft({ attestorName: ' ', attestorRole: 'x' }), known).map((p) => p.field)).toEqual([
      'attestorName',
      'attestorRole',
    ]);
  });
});

describe('normalizeAttestation', () => {
  it('trims the texts and turns blank comments into null', () => {
    expect(
      normalizeAttestation({
        attestorName: '  Martine Durand ',
        attestorRole: ' Présidente',
        competencies: [{ competencyCode: 'TR_ACCUEIL', level: 2, comment: '   ' }],
      }),
    ).toEqual({
      attestorName: 'Martine Durand',
      attestorRole: 'Présidente',
      competencies: [{ competencyCode: 'TR_ACCUEIL', level: 2, comment: null }],
    });
  });
});
