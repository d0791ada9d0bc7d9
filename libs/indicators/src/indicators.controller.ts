import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import type { Response } from 'express';
import { DashboardPage } from './dashboard.page';
import { defaultTerritoryOf, seesExactFigures } from './domain/indicator-scope';
import { CSV_CONTENT_TYPE, csvFileName, indicatorsCsv } from './domain/indicators-csv';
import { IndicatorsService } from './indicators.service';

interface IndicatorsQuery {
  from?: string;
  to?: string;
  territoryId?: string;
}

/**
 * The indicators for a browser: the dashboard page (`GET /indicators`) and the CSV file
 * (`GET /indicators.csv`), with the rights of the `indicators` query. Staff open them with the
 * session of the login page (or a bearer token); without one, a browser is sent to the login.
 * Query: `from` and `to` (AAAA-MM-JJ, `to` excluded; by default the last 12 months) and
 * `territoryId` (by default the whole département for the admin, their own territory for a manager).
 */
@Controller()
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly dashboard: DashboardPage,
  ) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Get('indicators')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async page(@Query() query: IndicatorsQuery, @CurrentUser() viewer: AuthUser): Promise<string> {
    const report = await this.indicators.report(viewer, this.argsOf(query, viewer));
    const territories = await this.indicators.selectableTerritories(viewer);
    return this.dashboard.render(report, territories, seesExactFigures(viewer));
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Get('indicators.csv')
  async csv(
    @Query() query: IndicatorsQuery,
    @CurrentUser() viewer: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const report = await this.indicators.report(viewer, this.argsOf(query, viewer));
    res.setHeader('Content-Type', CSV_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${csvFileName(report)}"`);
    res.setHeader('Cache-Control', 'no-store');
    return indicatorsCsv(report);
  }

  private argsOf(query: IndicatorsQuery, viewer: AuthUser): { from: unknown; to: unknown; territoryId: string | null } {
    const period = this.dashboard.defaultPeriod();
    const territoryId = typeof query.territoryId === 'string' ? query.territoryId.trim() : undefined;
    return {
      from: query.from || period.from,
      to: query.to || period.to,
      // An empty choice is the whole département; no choice at all is the viewer's usual scope.
      territoryId: territoryId === undefined ? defaultTerritoryOf(viewer) : territoryId || null,
    };
  }
}
