import { MissionStatus } from './mission-status';
import { lastSubmittedAt } from './moderation-queue';

describe(lastSubmittedAt.name, () => {
  const at = (iso: string) => new Date(iso);

  it('is null for a mission never submitted', () => {
    expect(lastSubmittedAt([{ toStatus: MissionStatus.DRAFT, occurredAt: at('2026-01-01T10:00:00Z') }])).toBeNull();
  });

  it('is the last submission, after a send-back and a re-submission (in any order)', () => {
    expect(
      lastSubmittedAt([
        { toStatus: MissionStatus.SUBMITTED, occurredAt: at('2026-03-05T10:00:00Z') },
        { toStatus: MissionStatus.DRAFT, occurredAt: at('2026-01-01T10:00:00Z') },
        { toStatus: MissionStatus.SUBMITTED, occurredAt: at('2026-01-02T10:00:00Z') },
        { toStatus: MissionStatus.DRAFT, occurredAt: at('2026-01-03T10:00:00Z') },
      ]),
    ).toEqual(at('2026-03-05T10:00:00Z'));
  });
});
