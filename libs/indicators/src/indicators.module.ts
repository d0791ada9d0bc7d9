// Indicators of the Plan insertion 01 (design §6): exact definitions computed in SQL by period and
// territory, the dashboard with its SVG charts and map, the CSV export and the nightly history.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@tremplin/identity';
import { ChartRenderer } from './chart-renderer';
import { DashboardPage } from './dashboard.page';
import { IndicatorQueries } from './indicator-queries';
import { IndicatorSnapshot } from './indicator-snapshot.entity';
import { IndicatorSnapshots } from './indicator-snapshots.service';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [TypeOrmModule.forFeature([IndicatorSnapshot]), IdentityModule],
  controllers: [IndicatorsController],
  providers: [
    ChartRenderer,
    DashboardPage,
    IndicatorQueries,
    IndicatorsService,
    IndicatorSnapshots,
    IndicatorsResolver,
  ],
  exports: [IndicatorsService, IndicatorSnapshots],
})
export class IndicatorsModule {}
