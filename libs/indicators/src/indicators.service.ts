import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { localDateOf } from '@tremplin/beneficiaries';
import { AppException, Clock } from '@tremplin/core';
import { Territory } from '@tremplin/identity';
import { Repository } from 'typeorm';
import { INDICATOR_DEFINITIONS, IndicatorCode, IndicatorKind } from './domain/indicator-definitions';
import { giniSimpson } from './domain/diversity';
import { checkIndicatorScope, seesExactFigures } from './domain/indicator-scope';
import type { IndicatorViewer } from './domain/indicator-scope';
import { IndicatorReportView, RawIndicatorReport, presentReport } from './domain/indicator-report';
import { Period, monthSlices, validatePeriod } from './domain/period';
import type { RawIndicatorValue } from './domain/small-numbers';
import { IndicatorQueries } from './indicator-queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Computes the indicators of a period and a scope from the platform's data, checks who may read
 * them, and applies the small-number rule for anyone but the service Insertion.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly queries: IndicatorQueries,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    private readonly clock: Clock,
  ) {}

  async report(
    viewer: IndicatorViewer,
    args: { from: unknown; to: unknown; territoryId?: string | null },
  ): Promise<IndicatorReportView> {
    const period = validatePeriod(args.from, args.to);
    const territory = await this.authorize(viewer, args.territoryId ?? null);
    const raw = await this.compute(period, territory);
    return presentReport(raw, seesExactFigures(viewer));
  }

  /** The territory of the scope (null: the département), once the viewer is known to read it. */
  async authorize(viewer: IndicatorViewer, territoryId: string | null): Promise<Territory | null> {
    if (territoryId !== null && !UUID.test(territoryId)) {
      throw AppException.invalidField('territoryId', 'doit être un identifiant valide');
    }
    const territory = territoryId === null ? null : await this.territories.findOneBy({ id: territoryId });
    checkIndicatorScope(viewer, territoryId, territory !== null);
    return territory;
  }

  /** Territories a viewer may pick on the dashboard. */
  async selectableTerritories(viewer: IndicatorViewer): Promise<Territory[]> {
    const all = await this.territories.find({ order: { name: 'ASC' } });
    return seesExactFigures(viewer) ? all : all.filter((t) => t.id === viewer.territoryId);
  }

  /**
   * Every available indicator of a period and a scope, exact (no viewer rule applied), with the
   * monthly series of Action 5 and the missions of the map unless `series` is false (the history needs neither).
   */
  async compute(
    period: Period,
    territory: { id: string; name: string } | null,
    options: { series?: boolean } = {},
  ): Promise<RawIndicatorReport> {
    const scope = { period, territoryId: territory?.id ?? null, today: localDateOf(this.clock.now()) };
    const available = new Set(this.queries.availableCodes());
    const direct = INDICATOR_DEFINITIONS.filter((d) => available.has(d.code) && d.kind !== IndicatorKind.INDEX).map(
      (d) => d.code,
    );
    const values: Map<IndicatorCode, RawIndicatorValue> = await this.queries.values(direct, scope);
    const charted = INDICATOR_DEFINITIONS.filter((d) => d.charted && available.has(d.code)).map((d) => d.code);
    const monthly = [];
    for (const slice of options.series === false ? [] : monthSlices(period)) {
      monthly.push({
        month: slice.month,
        label: slice.label,
        values: await this.queries.values(charted, { ...scope, period: slice }),
      });
    }
    const [missionsByDomain, missionsByHost, competenciesAttested, exchanges, missions] = await Promise.all([
      this.queries.breakdown('missionsByDomain', scope),
      this.queries.breakdown('missionsByHost', scope),
      this.queries.breakdown('competenciesAttested', scope),
      this.queries.exchanges(scope),
      options.series === false ? [] : this.queries.missionsOnMap(scope),
    ]);
    values.set(IndicatorCode.A5_Q1_DOMAINS, giniSimpson(missionsByDomain.map((item) => item.count)));
    values.set(IndicatorCode.A5_Q1_HOSTS, giniSimpson(missionsByHost.map((item) => item.count)));
    return {
      period,
      territory: territory ? { id: territory.id, name: territory.name } : null,
      computedAt: this.clock.now(),
      values,
      missionsByDomain,
      missionsByHost,
      competenciesAttested,
      exchanges,
      monthly,
      missions,
    };
  }
}
