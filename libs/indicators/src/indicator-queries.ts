import { Injectable } from '@nestjs/common';
import { startOfLocalDay } from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';
import { DataSource } from 'typeorm';
import { IndicatorCode, IndicatorKind, definitionOf } from './domain/indicator-definitions';
import type { Period } from './domain/period';
import type { RawIndicatorValue } from './domain/small-numbers';
import type { BreakdownCount, ExchangeCount, MissionPoint } from './domain/indicator-report';
import { monthLabel } from './domain/period';
import { BREAKDOWN_SQL } from './sql/breakdown-sql';
import { INDICATOR_SQL, IndicatorParameters, bindParameters } from './sql/indicator-sql';

/** A period and a scope, as every indicator statement takes them. */
export interface IndicatorScope {
  period: Period;
  /** Null: the whole département. */
  territoryId: string | null;
  /** Today in the Ain: delays still running on that day are not judged. */
  today: LocalDate;
}

export function parametersOf(scope: IndicatorScope): IndicatorParameters {
  return {
    from: scope.period.from,
    to: scope.period.to,
    territory: scope.territoryId,
    fromAt: startOfLocalDay(scope.period.from),
    toAt: startOfLocalDay(scope.period.to),
    today: scope.today,
  };
}

/** All the SQL of the indicators: the statements of `sql/` run for one scope. */
@Injectable()
export class IndicatorQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The indicators that have a statement (a domain not built yet has none). */
  availableCodes(): IndicatorCode[] {
    return Object.keys(INDICATOR_SQL) as IndicatorCode[];
  }

  async value(code: IndicatorCode, scope: IndicatorScope): Promise<RawIndicatorValue> {
    const sql = INDICATOR_SQL[code];
    if (!sql) throw new Error(`No SQL for indicator ${code}`);
    const [row] = await this.run<{ numerator: number; denominator: number | null }>(sql, scope);
    const numerator = Number(row.numerator);
    const denominator = row.denominator === null ? null : Number(row.denominator);
    switch (definitionOf(code).kind) {
      case IndicatorKind.COUNT:
        return { numerator, denominator: null, value: numerator };
      case IndicatorKind.SHARE:
      case IndicatorKind.INDEX:
        return { numerator, denominator, value: denominator ? numerator / denominator : null };
    }
  }

  /** Several indicators for one scope. */
  async values(codes: readonly IndicatorCode[], scope: IndicatorScope): Promise<Map<IndicatorCode, RawIndicatorValue>> {
    const values = new Map<IndicatorCode, RawIndicatorValue>();
    for (const code of codes) values.set(code, await this.value(code, scope));
    return values;
  }

  async breakdown(
    kind: 'missionsByDomain' | 'missionsByHost' | 'competenciesAttested',
    scope: IndicatorScope,
  ): Promise<BreakdownCount[]> {
    const rows = await this.run<{ key: string; label: string; count: number }>(BREAKDOWN_SQL[kind], scope);
    return rows.map((row) => ({ key: row.key, label: row.label, count: Number(row.count) }));
  }

  async exchanges(scope: IndicatorScope): Promise<ExchangeCount[]> {
    const rows = await this.run<{
      territory_id: string;
      territory_name: string;
      month: string;
      proposals: number;
      interviews: number;
      messages: number;
    }>(BREAKDOWN_SQL.exchanges, scope);
    return rows.map((row) => ({
      territoryId: row.territory_id,
      territoryName: row.territory_name,
      month: row.month,
      monthLabel: monthLabel(row.month),
      proposals: Number(row.proposals),
      interviews: Number(row.interviews),
      messages: Number(row.messages),
    }));
  }

  async missionsOnMap(scope: IndicatorScope): Promise<MissionPoint[]> {
    const rows = await this.run<{
      id: string;
      title: string;
      domain_code: string;
      domain_label: string;
      host_name: string;
      commune_name: string;
      latitude: number;
      longitude: number;
    }>(BREAKDOWN_SQL.missionsMap, scope);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      domainCode: row.domain_code,
      domainLabel: row.domain_label,
      hostName: row.host_name,
      communeName: row.commune_name,
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
    }));
  }

  private run<T>(sql: string, scope: IndicatorScope): Promise<T[]> {
    const { text, parameters } = bindParameters(sql, parametersOf(scope));
    return this.dataSource.query(text, parameters) as Promise<T[]>;
  }
}
