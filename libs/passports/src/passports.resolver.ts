import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { BeneficiaryIdArgs } from '@tremplin/beneficiaries';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { RecordOutcomeInput } from './dto/outcome.inputs';
import { PassportView } from './dto/passport.types';
import { Outcome } from './outcome.entity';
import { OutcomesService } from './outcomes.service';
import { PassportsService } from './passports.service';

@Resolver()
export class PassportsResolver {
  constructor(
    private readonly passports: PassportsService,
    private readonly outcomes: OutcomesService,
  ) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => PassportView, {
    description:
      'Le Passeport Bénévole d’une personne que vous suivez : chaque mission, ses compétences attestées et leur niveau (le PDF est à l’adresse pdfUrl)',
  })
  passport(@Args() { beneficiaryId }: BeneficiaryIdArgs, @CurrentUser() viewer: AuthUser): Promise<PassportView> {
    return this.passports.view(viewer, beneficiaryId);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Outcome, {
    description:
      'Enregistre ce qui a suivi une mission (emploi avec son contrat, formation, nouvelle mission, ou pas encore de suite), daté, dans le carnet de bord',
  })
  recordOutcome(@Args('input') input: RecordOutcomeInput, @CurrentUser() viewer: AuthUser): Promise<Outcome> {
    return this.outcomes.record(viewer, input);
  }
}
