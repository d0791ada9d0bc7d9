import { OrientationStatus } from '@tremplin/beneficiaries';
import {
  FileForOrientation,
  formerReferentAccessUntil,
  orientationRefusal,
  reorientationRefusal,
  statusAfterDiagnostic,
} from './orientation-rules';

const diagnosedAt = new Date('2026-02-10T09:00:00Z');
const orientedAt = new Date('2026-02-12T09:00:00Z');
const file = (fields: Partial<FileForOrientation> = {}): FileForOrientation => ({
  status: 'ACTIVE',
  orientationStatus: OrientationStatus.PENDING_ORIENTATION,
  latestDiagnosticAt: diagnosedAt,
  currentOrientationAt: null,
  ...fields,
});

describe(orientationRefusal.name, () => {
  it('lets an active, diagnosed, not yet oriented file be oriented', () => {
    expect(orientationRefusal(file())).toBeNull();
  });

  it('refuses without a diagnostic', () => {
    expect(
      orientationRefusal(file({ orientationStatus: OrientationStatus.PENDING_DIAGNOSTIC, latestDiagnosticAt: null })),
    ).toEqual({
      message: "Un diagnostic doit être enregistré avant l'orientation.",
      currentStatus: 'PENDING_DIAGNOSTIC',
    });
  });

  it('refuses a second orientation (that is a re-orientation)', () => {
    expect(
      orientationRefusal(file({ orientationStatus: OrientationStatus.ORIENTED, currentOrientationAt: orientedAt })),
    ).toMatchObject({ currentStatus: 'ORIENTED', message: expect.stringContaining('réorientation') });
  });

  it('refuses suspended and closed files', () => {
    expect(orientationRefusal(file({ status: 'SUSPENDED' }))).toMatchObject({ currentStatus: 'SUSPENDED' });
    expect(orientationRefusal(file({ status: 'LEFT' }))).toMatchObject({ currentStatus: 'LEFT' });
  });
});

describe(reorientationRefusal.name, () => {
  const oriented = (latestDiagnosticAt: Date | null) =>
    file({ orientationStatus: OrientationStatus.ORIENTED, currentOrientationAt: orientedAt, latestDiagnosticAt });

  it('needs a diagnostic made after the current orientation', () => {
    expect(reorientationRefusal(oriented(new Date('2026-04-01T09:00:00Z')))).toBeNull();
    expect(reorientationRefusal(oriented(diagnosedAt))).toMatchObject({
      currentStatus: 'ORIENTED',
      message: expect.stringContaining('nouveau diagnostic'),
    });
    expect(reorientationRefusal(oriented(orientedAt))).not.toBeNull();
    expect(reorientationRefusal(oriented(null))).not.toBeNull();
  });

  it('refuses a file that was never oriented', () => {
    expect(reorientationRefusal(file())).toMatchObject({ currentStatus: 'PENDING_ORIENTATION' });
  });

  it('refuses a closed file', () => {
    expect(reorientationRefusal({ ...oriented(new Date('2026-04-01T09:00:00Z')), status: 'LEFT' })).toMatchObject({
      currentStatus: 'LEFT',
    });
  });
});

describe(formerReferentAccessUntil.name, () => {
  it('keeps access through the whole day three months later (midnight in Paris)', () => {
    expect(formerReferentAccessUntil(new Date('2026-01-15T10:00:00Z')).toISOString()).toBe('2026-04-15T22:00:00.000Z');
  });

  it('ends on the last day of February for a handoff on 30 November, 29 in leap years', () => {
    expect(formerReferentAccessUntil(new Date('2025-11-30T10:00:00Z')).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(formerReferentAccessUntil(new Date('2023-11-30T10:00:00Z')).toISOString()).toBe('2024-02-29T23:00:00.000Z');
  });

  it('counts the handoff day in Paris time (23:30 UTC on 30 November is 1 December in Paris)', () => {
    expect(formerReferentAccessUntil(new Date('2025-11-30T23:30:00Z')).toISOString()).toBe('2026-03-01T23:00:00.000Z');
  });
});

describe(statusAfterDiagnostic.name, () => {
  it('moves a new file to orientation, never an oriented file back', () => {
    expect(statusAfterDiagnostic(OrientationStatus.PENDING_DIAGNOSTIC)).toBe(OrientationStatus.PENDING_ORIENTATION);
    expect(statusAfterDiagnostic(OrientationStatus.PENDING_ORIENTATION)).toBe(OrientationStatus.PENDING_ORIENTATION);
    expect(statusAfterDiagnostic(OrientationStatus.ORIENTED)).toBe(OrientationStatus.ORIENTED);
  });
});
