import {
  barrierFieldsByKind,
  blankDiagnostic,
  decisionFor,
  diagnosticInputOf,
  diagnosticProblems,
  orientationProblems,
} from './orientation-draft';

describe(diagnosticInputOf.name, () => {
  it('sends the ticked barriers only, in the referential’s order, empty texts left out', () => {
    const draft = blankDiagnostic();
    draft.barriers.HEALTH = { selected: true, level: 'HIGH', note: '  ' };
    draft.barriers.MOBILITY = { selected: true, level: 'LOW', note: 'Pas de bus le matin' };
    draft.barriers.DIGITAL = { selected: false, level: 'HIGH', note: 'oublié' };
    draft.proposedPathway = 'SOCIO_PROFESSIONAL';
    draft.strengths = ' Ponctuelle ';
    expect(diagnosticInputOf('b1', draft)).toEqual({
      beneficiaryId: 'b1',
      barriers: [
        { kind: 'MOBILITY', level: 'LOW', note: 'Pas de bus le matin' },
        { kind: 'HEALTH', level: 'HIGH', note: null },
      ],
      strengths: 'Ponctuelle',
      notes: null,
      proposedPathway: 'SOCIO_PROFESSIONAL',
    });
  });

  it('refuses a diagnostic without a pathway (the form checks it first)', () => {
    expect(() => diagnosticInputOf('b1', blankDiagnostic())).toThrow();
  });
});

describe(diagnosticProblems.name, () => {
  it('asks for the pathway and bounds the texts as the server does', () => {
    const draft = blankDiagnostic();
    draft.barriers.HOUSING = { selected: true, level: 'MEDIUM', note: 'x'.repeat(2001) };
    draft.notes = 'y'.repeat(4001);
    expect(diagnosticProblems(draft)).toEqual({
      proposedPathway: 'Choisissez le parcours proposé.',
      notes: 'doit contenir au plus 4000 caractères',
      'barriers.HOUSING.note': 'doit contenir au plus 2000 caractères',
    });
  });
});

describe(barrierFieldsByKind.name, () => {
  it('puts the server’s message on a barrier’s place under the barrier it names', () => {
    const draft = blankDiagnostic();
    draft.barriers.HOUSING.selected = true;
    draft.barriers.DIGITAL.selected = true;
    draft.proposedPathway = 'SOCIAL';
    const sent = diagnosticInputOf('b1', draft);
    expect(barrierFieldsByKind({ 'barriers.1.note': 'trop long', notes: 'vide' }, sent)).toEqual({
      'barriers.DIGITAL.note': 'trop long',
      notes: 'vide',
    });
  });
});

describe(orientationProblems.name, () => {
  const draft = { pathway: 'SOCIAL' as const, organism: 'CDS Belley', referentId: 'r1', reason: '' };
  it('asks a reason for a re-orientation only', () => {
    expect(orientationProblems(draft, false)).toEqual({});
    expect(orientationProblems(draft, true)).toEqual({ reason: 'doit contenir au moins 5 caractères' });
  });
  it('asks the pathway, an organism of 2 to 150 characters and the référent', () => {
    expect(
      Object.keys(orientationProblems({ pathway: null, organism: 'C', referentId: null, reason: '' }, false)),
    ).toEqual(['pathway', 'organism', 'referentId']);
  });
});

describe(decisionFor.name, () => {
  const base = { status: 'ACTIVE', latestDiagnosticAt: null, currentOrientationAt: null } as const;
  it('asks a diagnostic first, then the orientation', () => {
    expect(decisionFor({ ...base, orientationStatus: 'PENDING_DIAGNOSTIC' }).kind).toBe('diagnostic-first');
    expect(
      decisionFor({ ...base, orientationStatus: 'PENDING_ORIENTATION', latestDiagnosticAt: '2026-03-01T10:00:00Z' })
        .kind,
    ).toBe('orient');
  });

  it('re-orients only after a new diagnostic, made after the current orientation', () => {
    const oriented = {
      ...base,
      orientationStatus: 'ORIENTED' as const,
      currentOrientationAt: '2026-03-02T10:00:00Z',
      latestDiagnosticAt: '2026-03-01T10:00:00Z',
    };
    expect(decisionFor(oriented).kind).toBe('new-diagnostic-first');
    expect(decisionFor({ ...oriented, latestDiagnosticAt: '2026-03-05T10:00:00Z' }).kind).toBe('reorient');
  });

  it('decides nothing on a file that is not followed', () => {
    expect(decisionFor({ ...base, status: 'SUSPENDED', orientationStatus: 'PENDING_ORIENTATION' }).kind).toBe(
      'inactive',
    );
  });
});
