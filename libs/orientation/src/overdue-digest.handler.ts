import { countFr } from '@tremplin/referentials';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, formatDateFr, localDateOf, overdueCondition } from '@tremplin/beneficiaries';
import { AppConfig, Clock, JobName, Mailer, OnJob, Role, UnitOfWork } from '@tremplin/core';
import { Territory, User } from '@tremplin/identity';
import { In, IsNull, Repository } from 'typeorm';
import { DIGEST_MAX_LINES, OverdueFileRow, countsByTerritory, digestLines } from './domain/digest';
import { ADMIN_DIGEST_MAIL, REFERENT_DIGEST_MAIL } from './orientation.mail';

interface DigestOutcome {
  referentDigests: number;
  adminDigests: number;
  alreadySent: number;
}

/**
 * The daily digest of late files: each referent gets the list of their own late files, each
 * administrator the counts per territory. Nothing is sent when nothing is late. The idempotency
 * key `digest:<user>:<date>` makes a second run on the same day send nothing.
 */
@Injectable()
export class OverdueDigestHandler {
  private readonly logger = new Logger(OverdueDigestHandler.name);

  constructor(
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly mailer: Mailer,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @OnJob(JobName.SendOverdueDigests)
  async sendDigests(): Promise<DigestOutcome> {
    const today = localDateOf(this.clock.now());
    const rows = await this.overdueRows(today);
    const outcome: DigestOutcome = { referentDigests: 0, adminDigests: 0, alreadySent: 0 };
    const count = (queued: boolean, kind: 'referentDigests' | 'adminDigests') => {
      if (queued) outcome[kind]++;
      else outcome.alreadySent++;
    };

    const byReferent = new Map<string, OverdueFileRow[]>();
    for (const row of rows) {
      if (!row.referentId) continue;
      const files = byReferent.get(row.referentId) ?? [];
      files.push(row);
      byReferent.set(row.referentId, files);
    }
    const referents = byReferent.size
      ? await this.users.findBy({ id: In([...byReferent.keys()]), role: Role.REFERENT, disabledAt: IsNull() })
      : [];
    for (const referent of referents) {
      const lines = digestLines(byReferent.get(referent.id) ?? [], today);
      if (lines.length === 0) continue;
      count(await this.sendReferentDigest(referent, lines, today), 'referentDigests');
    }

    const territories = countsByTerritory(rows, today);
    if (territories.length > 0) {
      const active = new Set(referents.map((r) => r.id));
      const unassigned = rows.filter((row) => !row.referentId || !active.has(row.referentId)).length;
      const admins = await this.users.findBy({ role: Role.ADMIN, disabledAt: IsNull() });
      for (const admin of admins) {
        count(await this.sendAdminDigest(admin, territories, unassigned, today), 'adminDigests');
      }
    }
    this.logger.log({ event: 'digest.done', date: today, lateFiles: rows.length, ...outcome });
    return outcome;
  }

  /** Late active files with only what the digest shows: first name, initial, territory, dates. */
  private async overdueRows(today: string): Promise<Array<OverdueFileRow & { referentId: string | null }>> {
    const files = await this.beneficiaries
      .createQueryBuilder('b')
      .innerJoin(Territory, 'territory', 'territory.id = b.territoryId')
      .select([
        'b.id',
        'b.firstName',
        'b.lastName',
        'b.referentId',
        'b.rsaEntryDate',
        'b.status',
        'b.orientedAt',
        'b.firstActionAt',
      ])
      .addSelect('territory.name', 'territory_name')
      .where(overdueCondition('b'), { today })
      .orderBy('b.id')
      .getRawAndEntities();
    return files.entities.map((b, index) => ({
      beneficiaryId: b.id,
      firstName: b.firstName,
      lastName: b.lastName,
      referentId: b.referentId,
      rsaEntryDate: b.rsaEntryDate,
      status: b.status,
      orientedAt: b.orientedAt,
      firstActionAt: b.firstActionAt,
      territoryName: (files.raw[index] as { territory_name: string }).territory_name,
    }));
  }

  private sendReferentDigest(referent: User, lines: ReturnType<typeof digestLines>, today: string): Promise<boolean> {
    const shown = lines.slice(0, DIGEST_MAX_LINES);
    const more = lines.length - shown.length;
    return this.unitOfWork.run((tx) =>
      this.mailer.queue(tx, {
        idempotencyKey: `digest:${referent.id}:${today}`,
        template: REFERENT_DIGEST_MAIL,
        to: referent.email,
        data: {
          firstName: referent.firstName,
          dateLabel: formatDateFr(today),
          countLabel: countFr(lines.length, 'dossier'),
          lines: shown,
          moreLabel: more > 0 ? countFr(more, 'autre dossier', 'autres dossiers') : null,
          appUrl: this.config.APP_URL,
        },
      }),
    );
  }

  private sendAdminDigest(
    admin: User,
    territories: ReturnType<typeof countsByTerritory>,
    unassigned: number,
    today: string,
  ): Promise<boolean> {
    const total = territories.reduce((sum, t) => sum + t.files, 0);
    return this.unitOfWork.run((tx) =>
      this.mailer.queue(tx, {
        idempotencyKey: `digest:${admin.id}:${today}`,
        template: ADMIN_DIGEST_MAIL,
        to: admin.email,
        data: {
          firstName: admin.firstName,
          dateLabel: formatDateFr(today),
          countLabel: countFr(total, 'dossier'),
          territories: territories.map((t) => ({ ...t, filesLabel: countFr(t.files, 'dossier') })),
          unassignedLabel: unassigned > 0 ? countFr(unassigned, 'dossier') : null,
          appUrl: this.config.APP_URL,
        },
      }),
    );
  }
}
