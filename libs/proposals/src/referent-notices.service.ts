import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { formatDateFr, localDateOf } from '@tremplin/beneficiaries';
import { AppConfig, Clock, JobName, Mailer, OnJob, UnitOfWork } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { IsNull, Repository } from 'typeorm';
import { DEFAULT_NOTIFICATION_MODE, ProposalNotificationMode, digestContent } from './domain/referent-notices';
import { REFERENT_PROPOSAL_DIGEST_MAIL } from './proposals.mail';
import { ProposalNotificationSetting, ProposalReferentNotice } from './referent-notice.entity';

/** The referents' choice of notification, and the daily summary for those who chose it. */
@Injectable()
export class ReferentNotices {
  private readonly logger = new Logger(ReferentNotices.name);

  constructor(
    @InjectRepository(ProposalNotificationSetting) private readonly settings: Repository<ProposalNotificationSetting>,
    @InjectRepository(ProposalReferentNotice) private readonly notices: Repository<ProposalReferentNotice>,
    private readonly mailer: Mailer,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async modeOf(userId: string): Promise<ProposalNotificationMode> {
    return (await this.settings.findOneBy({ userId }))?.mode ?? DEFAULT_NOTIFICATION_MODE;
  }

  async setMode(userId: string, mode: ProposalNotificationMode): Promise<ProposalNotificationMode> {
    await this.settings.upsert({ userId, mode, updatedAt: this.clock.now() }, ['userId']);
    this.logger.log({ event: 'proposal.notification_mode', userId, mode });
    return mode;
  }

  /**
   * One summary per referent with notices not yet summarised; the email and the marking of its
   * notices share a transaction, so a second run sends nothing new.
   */
  @OnJob(JobName.SendProposalDigests)
  async sendDigests(): Promise<{ digests: number }> {
    const referents = (await this.notices
      .createQueryBuilder('n')
      .select('DISTINCT n.referentId', 'referentId')
      .where('n.digestedAt IS NULL')
      .getRawMany()) as Array<{ referentId: string }>;
    let digests = 0;
    for (const { referentId } of referents) if (await this.sendDigest(referentId)) digests++;
    if (digests) this.logger.log({ event: 'proposal.digests', digests });
    return { digests };
  }

  private sendDigest(referentId: string): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const pending = await tx.manager.find(ProposalReferentNotice, {
        where: { referentId, digestedAt: IsNull() },
        order: { createdAt: 'ASC', id: 'ASC' },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (pending.length === 0) return false;
      const now = this.clock.now();
      await tx.manager.update(
        ProposalReferentNotice,
        pending.map((notice) => notice.id),
        { digestedAt: now },
      );
      const referent = await tx.manager.findOneBy(User, { id: referentId, disabledAt: IsNull() });
      if (!referent) return false;
      const content = digestContent(pending);
      return this.mailer.queue(tx, {
        idempotencyKey: `proposal-digest:${referentId}:${pending[0].id}`,
        template: REFERENT_PROPOSAL_DIGEST_MAIL,
        to: referent.email,
        data: {
          referentFirstName: referent.firstName,
          dateLabel: formatDateFr(localDateOf(now)),
          countLabel: content.countLabel,
          lines: content.lines,
          appUrl: this.config.APP_URL,
        },
      });
    });
  }
}
