import { Injectable, Logger } from '@nestjs/common';
import { AssociationStatus } from '@tremplin/associations';
import { formatDateFr, localDateOf } from '@tremplin/beneficiaries';
import { AppConfig, Clock, JobName, Mailer, OnJob, Role, UnitOfWork } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { DataSource, In, IsNull } from 'typeorm';
import { MissionStatus } from './domain/mission-status';
import { PendingAssociation, PendingMission, moderationDigestFor } from './domain/moderation-digest';
import { MODERATION_DIGEST_MAIL } from './missions.mail';

export interface ModerationDigestOutcome {
  sent: number;
  alreadySent: number;
}

/**
 * Working-day mornings: each administrator and coordinator learns what waits for their decision
 * — missions submitted for moderation, and for administrators associations to validate —
 * rather than having to look. Nothing is sent to someone with nothing waiting; the key
 * `moderation-digest:<user>:<date>` makes a second run the same day send nothing.
 */
@Injectable()
export class ModerationDigestHandler {
  private readonly logger = new Logger(ModerationDigestHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @OnJob(JobName.SendModerationDigests)
  async sendDigests(): Promise<ModerationDigestOutcome> {
    const today = localDateOf(this.clock.now());
    const [missions, associations] = await Promise.all([this.pendingMissions(), this.pendingAssociations()]);
    const outcome: ModerationDigestOutcome = { sent: 0, alreadySent: 0 };
    const moderators = await this.dataSource.getRepository(User).find({
      where: { role: In([Role.ADMIN, Role.COORDINATOR]), disabledAt: IsNull() },
      order: { email: 'ASC' },
    });
    for (const moderator of moderators) {
      const digest = moderationDigestFor(moderator.role, missions, associations);
      if (!digest) continue;
      const queued = await this.unitOfWork.run((tx) =>
        this.mailer.queue(tx, {
          idempotencyKey: `moderation-digest:${moderator.id}:${today}`,
          template: MODERATION_DIGEST_MAIL,
          to: moderator.email,
          data: {
            ...digest,
            firstName: moderator.firstName,
            dateLabel: formatDateFr(today),
            appUrl: this.config.APP_URL,
          },
        }),
      );
      if (queued) outcome.sent++;
      else outcome.alreadySent++;
    }
    this.logger.log({
      event: 'moderation_digest.done',
      date: today,
      missions: missions.length,
      associations: associations.length,
      ...outcome,
    });
    return outcome;
  }

  /** Submitted missions, the longest waiting first (date of their last submission). */
  private async pendingMissions(): Promise<PendingMission[]> {
    const rows = (await this.dataSource.query(
      `SELECT m.title, a.name AS association_name, max(t.occurred_at) AS submitted_at
         FROM mission m
         JOIN association a ON a.id = m.association_id
         LEFT JOIN mission_transition t ON t.mission_id = m.id AND t.to_status = $1
        WHERE m.status = $1
        GROUP BY m.id, a.name
        ORDER BY submitted_at ASC NULLS FIRST, m.id`,
      [MissionStatus.SUBMITTED],
    )) as Array<{ title: string; association_name: string; submitted_at: Date | null }>;
    return rows.map((row) => ({
      title: row.title,
      associationName: row.association_name,
      submittedOn: row.submitted_at ? formatDateFr(localDateOf(row.submitted_at)) : '—',
    }));
  }

  /** Associations waiting for validation, the oldest registration first. */
  private async pendingAssociations(): Promise<PendingAssociation[]> {
    const rows = (await this.dataSource.query(
      `SELECT a.name, c.name AS commune_name, a.created_at
         FROM association a
         JOIN commune c ON c.insee_code = a.commune_code
        WHERE a.status = $1
        ORDER BY a.created_at, a.id`,
      [AssociationStatus.PENDING],
    )) as Array<{ name: string; commune_name: string; created_at: Date }>;
    return rows.map((row) => ({
      name: row.name,
      communeName: row.commune_name,
      registeredOn: formatDateFr(localDateOf(row.created_at)),
    }));
  }
}
