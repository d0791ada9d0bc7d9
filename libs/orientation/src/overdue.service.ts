import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, BeneficiaryAccess, localDateOf, overdueCondition } from '@tremplin/beneficiaries';
import { Clock, Connection, pageWindow, toConnection } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Repository } from 'typeorm';
import { DeadlineKind, DeadlineState, fileDeadlines } from './domain/deadlines';
import { OverdueFile, OverdueOrientationsArgs } from './dto/deadline.types';

/** Earliest missed due date of a file, for sorting the most late first (LEAST ignores NULLs). */
const FIRST_MISSED_DUE = `LEAST(
  CASE WHEN b.orientedAt IS NULL THEN b.orientationDueOn END,
  CASE WHEN b.firstActionAt IS NULL THEN b.accompanimentDueOn END)`;

@Injectable()
export class OverdueService {
  constructor(
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    private readonly access: BeneficiaryAccess,
    private readonly clock: Clock,
  ) {}

  /** The late files the viewer may see, the most late first. */
  async list(viewer: AuthUser, args: OverdueOrientationsArgs): Promise<Connection<OverdueFile>> {
    const { skip, take } = pageWindow(args);
    const today = localDateOf(this.clock.now());
    const query = this.beneficiaries
      .createQueryBuilder('b')
      .addSelect(FIRST_MISSED_DUE, 'first_missed_due')
      .where(overdueCondition('b', args.kind), { today })
      .orderBy('first_missed_due', 'ASC')
      .addOrderBy('b.lastName', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .offset(skip)
      .limit(take);
    this.access.applyReadScope(query, 'b', viewer);
    if (args.territoryId) query.andWhere('b.territoryId = :territoryId', { territoryId: args.territoryId });
    if (args.referentId) query.andWhere('b.referentId = :referentId', { referentId: args.referentId });
    const [items, total] = await Promise.all([query.getMany(), query.getCount()]);
    return toConnection(
      items.map((beneficiary) => {
        const deadlines = fileDeadlines(beneficiary, today);
        const missed = [deadlines.orientation, deadlines.accompaniment].filter(
          (d) => d.state === DeadlineState.OVERDUE,
        );
        return {
          beneficiary,
          deadlines,
          missed: missed.map((d) => d.kind as DeadlineKind),
          daysLate: Math.max(0, ...missed.map((d) => d.daysLate)),
        };
      }),
      skip,
      total,
    );
  }
}
