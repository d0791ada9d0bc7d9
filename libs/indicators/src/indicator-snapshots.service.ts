import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { addMonths, localDateOf } from '@tremplin/beneficiaries';
import { AppException, Clock, JobName, OnJob, RecordIndicatorSnapshotsJob, isLocalDate } from '@tremplin/core';
import { Territory } from '@tremplin/identity';
import { Between, DataSource, IsNull, Repository } from 'typeorm';
import { definitionOf, IndicatorCode, INDICATOR_DEFINITIONS } from './domain/indicator-definitions';
import { seesExactFigures } from './domain/indicator-scope';
import type { IndicatorViewer } from './domain/indicator-scope';
import { monthLabel, monthOf, monthPeriod, MAX_PERIOD_YEARS } from './domain/period';
import { protectValue } from './domain/small-numbers';
import { monthsToRecord, snapshotRows } from './domain/snapshots';
import { IndicatorSnapshot } from './indicator-snapshot.entity';
import { IndicatorsService } from './indicators.service';

export interface SnapshotOutcome {
  months: string[];
  scopes: number;
  rows: number;
}

const ORDER = new Map(INDICATOR_DEFINITIONS.map((d, index) => [d.code as string, index]));

/**
 * The history of the indicators: every night the worker stores each indicator's value for the
 * current and the previous month, for each territory and the whole département. Writing a month
 * again replaces its rows (unique month × territory × code), so a second run changes nothing
 * but the date of the calculation.
 */
@Injectable()
export class IndicatorSnapshots {
  private readonly logger = new Logger(IndicatorSnapshots.name);

  constructor(
    private readonly indicators: IndicatorsService,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    @InjectRepository(IndicatorSnapshot) private readonly snapshots: Repository<IndicatorSnapshot>,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @OnJob(JobName.RecordIndicatorSnapshots)
  async recordJob(payload: RecordIndicatorSnapshotsJob): Promise<SnapshotOutcome> {
    const months = payload.month ? [payload.month] : monthsToRecord(localDateOf(this.clock.now()));
    const outcome: SnapshotOutcome = { months, scopes: 0, rows: 0 };
    for (const month of months) {
      const recorded = await this.recordMonth(month);
      outcome.scopes += recorded.scopes;
      outcome.rows += recorded.rows;
    }
    this.logger.log({ event: 'indicators.snapshots', ...outcome });
    return outcome;
  }

  /** Computes and stores one month for every territory and the whole département. */
  async recordMonth(month: string): Promise<{ scopes: number; rows: number }> {
    const period = monthPeriod(month);
    const scopes: Array<Territory | null> = [null, ...(await this.territories.find({ order: { code: 'ASC' } }))];
    let rows = 0;
    for (const territory of scopes) {
      const report = await this.indicators.compute(period, territory, { series: false });
      const computedAt = this.clock.now();
      const values = snapshotRows(report).map((row) => ({
        month: period.from,
        territoryId: territory?.id ?? null,
        ...row,
        computedAt,
      }));
      if (values.length === 0) continue;
      await this.dataSource.transaction((manager) =>
        manager
          .createQueryBuilder()
          .insert()
          .into(IndicatorSnapshot)
          .values(values)
          .orUpdate(['value', 'numerator', 'denominator', 'breakdown', 'computed_at'], 'uq_indicator_snapshot')
          .execute(),
      );
      rows += values.length;
    }
    return { scopes: scopes.length, rows };
  }

  /** The stored values of some months, as a viewer may read them. */
  async history(
    viewer: IndicatorViewer,
    args: { fromMonth: string; toMonth: string; territoryId?: string | null },
  ): Promise<
    Array<{
      month: string;
      monthLabel: string;
      code: string;
      label: string;
      value: number | null;
      numerator: number | null;
      denominator: number | null;
      display: string;
      masked: boolean;
      computedAt: Date;
    }>
  > {
    if (!isLocalDate(args.fromMonth) || !isLocalDate(args.toMonth)) {
      throw AppException.badInput('Les mois doivent être donnés au format AAAA-MM-JJ.');
    }
    const from = monthOf(args.fromMonth);
    const to = monthOf(args.toMonth);
    if (from > to) throw AppException.invalidField('fromMonth', 'doit précéder le dernier mois');
    if (to >= addMonths(from, MAX_PERIOD_YEARS * 12)) {
      throw AppException.invalidField('toMonth', `doit être au plus ${MAX_PERIOD_YEARS} ans après le premier mois`);
    }
    const territory = await this.indicators.authorize(viewer, args.territoryId ?? null);
    const rows = await this.snapshots.find({
      where: { month: Between(from, to), territoryId: territory ? territory.id : IsNull() },
    });
    const exact = seesExactFigures(viewer);
    return rows
      .filter((row) => ORDER.has(row.code))
      .sort((a, b) => a.month.localeCompare(b.month) || (ORDER.get(a.code) ?? 0) - (ORDER.get(b.code) ?? 0))
      .map((row) => {
        const definition = definitionOf(row.code as IndicatorCode);
        const shown = protectValue(
          definition.kind,
          { numerator: row.numerator, denominator: row.denominator, value: row.value },
          exact,
        );
        return {
          month: row.month,
          monthLabel: monthLabel(row.month),
          code: row.code,
          label: definition.label,
          value: shown.value,
          numerator: shown.numerator,
          denominator: shown.denominator,
          display: shown.display,
          masked: shown.masked,
          computedAt: row.computedAt,
        };
      });
  }
}
