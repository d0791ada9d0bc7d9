import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Diagnostic } from './diagnostic.entity';
import { DiagnosticsService } from './diagnostics.service';
import { OverdueFileConnection, OverdueOrientationsArgs } from './dto/deadline.types';
import { OrientBeneficiaryInput, ReorientBeneficiaryInput } from './dto/orient-beneficiary.input';
import { RecordDiagnosticInput } from './dto/record-diagnostic.input';
import { Orientation } from './orientation.entity';
import { OrientationsService } from './orientations.service';
import { OverdueService } from './overdue.service';

@Resolver()
export class OrientationResolver {
  constructor(
    private readonly diagnostics: DiagnosticsService,
    private readonly orientations: OrientationsService,
    private readonly overdue: OverdueService,
  ) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Diagnostic, {
    description:
      'Enregistre le diagnostic (freins, atouts, parcours proposé) ; le carnet de bord n’en garde que le parcours',
  })
  recordDiagnostic(@Args('input') input: RecordDiagnosticInput, @CurrentUser() viewer: AuthUser): Promise<Diagnostic> {
    return this.diagnostics.record(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Orientation, {
    description:
      'Oriente la personne (parcours, organisme, référent unique) après un diagnostic ; si le référent change, l’ancien garde l’accès au carnet de bord 3 mois',
  })
  orientBeneficiary(
    @Args('input') input: OrientBeneficiaryInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Orientation> {
    return this.orientations.orient(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Orientation, {
    description:
      'Réoriente la personne : demande un nouveau diagnostic réalisé après l’orientation en cours, et un motif',
  })
  reorientBeneficiary(
    @Args('input') input: ReorientBeneficiaryInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Orientation> {
    return this.orientations.reorient(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => OverdueFileConnection, {
    description:
      'Les dossiers en retard que vous pouvez voir (orientation au-delà d’un mois, première action au-delà de deux mois), les plus en retard d’abord',
  })
  overdueOrientations(
    @Args() args: OverdueOrientationsArgs,
    @CurrentUser() viewer: AuthUser,
  ): Promise<OverdueFileConnection> {
    return this.overdue.list(viewer, args);
  }
}
