import { QueryFailedError } from 'typeorm';
import { violatedConstraint } from './constraint-violation';

function failed(driverError: Record<string, string>): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('violation'), driverError));
}

describe('violatedConstraint', () => {
  it('names the unique or exclusion constraint', () => {
    expect(violatedConstraint(failed({ code: '23505', constraint: 'uq_engagement_proposal' }))).toBe(
      'uq_engagement_proposal',
    );
    expect(violatedConstraint(failed({ code: '23P01', constraint: 'ex_interview_slot_coordinator_overlap' }))).toBe(
      'ex_interview_slot_coordinator_overlap',
    );
  });

  it('gives an empty name when PostgreSQL named no constraint', () => {
    expect(violatedConstraint(failed({ code: '23505' }))).toBe('');
  });

  it('is null for other failures', () => {
    expect(violatedConstraint(failed({ code: '23503', constraint: 'fk_x' }))).toBeNull();
    expect(violatedConstraint(new Error('connection lost'))).toBeNull();
    expect(violatedConstraint(undefined)).toBeNull();
  });
});
