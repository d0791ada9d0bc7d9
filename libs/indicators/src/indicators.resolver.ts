import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { IndicatorHistoryArgs, IndicatorReport, IndicatorSnapshotValue, IndicatorsArgs } from './dto/indicator.types';
import { IndicatorSnapshots } from './indicator-snapshots.service';
import { IndicatorsService } from './indicators.service';

@Resolver()
export class IndicatorsResolver {
  constructor(
    private readonly service: IndicatorsService,
    private readonly snapshots: IndicatorSnapshots,
  ) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => IndicatorReport, {
    description:
      'Les indicateurs du Plan insertion 01 pour la période [from, to[ et un territoire (ou tout le département) : valeur, numérateur, dénominateur et définition. Service Insertion ; responsable de territoire pour le sien, avec masquage des effectifs inférieurs à 5',
  })
  indicators(@Args() args: IndicatorsArgs, @CurrentUser() viewer: AuthUser): Promise<IndicatorReport> {
    return this.service.report(viewer, args);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => [IndicatorSnapshotValue], {
    description: 'Les valeurs mensuelles enregistrées chaque nuit, telles qu’elles ont été calculées',
  })
  indicatorHistory(
    @Args() args: IndicatorHistoryArgs,
    @CurrentUser() viewer: AuthUser,
  ): Promise<IndicatorSnapshotValue[]> {
    return this.snapshots.history(viewer, args);
  }
}
