import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock, CurrentUser, IdArgs, Role, Roles, UuidArgPipe } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Territory, User } from '@tremplin/identity';
import {
  Commune,
  Competency,
  Job,
  MissionDomain,
  WeeklySlotType,
  describeSlots,
  maskToSlots,
} from '@tremplin/referentials';
import { BeneficiariesService } from './beneficiaries.service';
import { BeneficiaryAccess } from './beneficiary-access.service';
import { BeneficiaryLoaders } from './beneficiary-loaders';
import { Beneficiary } from './beneficiary.entity';
import { hasVolunteeringConsent } from './domain/beneficiary-profile';
import { ageOn, localDateOf } from './domain/calendar';
import { MOBILITY_MODE_LABELS, maskToMobilityModes } from './domain/mobility';
import {
  BeneficiariesArgs,
  BeneficiaryConnection,
  ReferentDashboard,
  ReferentDashboardArgs,
} from './dto/beneficiaries.args';
import { ChangeBeneficiaryStatusInput, Mobility, VolunteeringConsent } from './dto/beneficiary.types';
import { CreateBeneficiaryInput } from './dto/create-beneficiary.input';
import { BeneficiaryIdArgs } from './dto/id.args';
import { UpdateBeneficiaryProfileInput } from './dto/update-beneficiary-profile.input';

function pick<T>(codes: readonly string[], catalogue: Map<string, T>): T[] {
  return codes.map((code) => catalogue.get(code)).filter((item): item is T => item !== undefined);
}

/**
 * The beneficiary profile. Operations are open to ADMIN and REFERENT only; the service applies
 * the per-file rules (referent, territory manager). Field resolvers re-check read access so that
 * a Beneficiary reaching a client by another path still reveals nothing.
 */
@Resolver(() => Beneficiary)
export class BeneficiariesResolver {
  constructor(
    private readonly service: BeneficiariesService,
    private readonly access: BeneficiaryAccess,
    private readonly loaders: BeneficiaryLoaders,
    private readonly clock: Clock,
  ) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => Beneficiary, { description: 'Le dossier d’une personne que vous suivez' })
  beneficiary(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser): Promise<Beneficiary> {
    return this.service.get(viewer, id);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => BeneficiaryConnection, {
    description:
      'Les personnes que vous suivez (référent), celles de votre territoire (responsable de territoire) ou toutes (service Insertion), par ordre alphabétique sauf autre `sort`',
  })
  beneficiaries(@Args() args: BeneficiariesArgs, @CurrentUser() viewer: AuthUser): Promise<BeneficiaryConnection> {
    return this.service.list(viewer, args);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => ReferentDashboard, {
    description:
      'Les compteurs de l’accueil : dossiers à orienter, en retard, propositions sans réponse, entretiens de la semaine… sur les personnes que vous pouvez voir',
  })
  referentDashboard(@Args() args: ReferentDashboardArgs, @CurrentUser() viewer: AuthUser): Promise<ReferentDashboard> {
    return this.service.dashboard(viewer, args);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Beneficiary, { description: "Ouvre le dossier d'une personne entrant dans le dispositif RSA" })
  createBeneficiary(
    @Args('input') input: CreateBeneficiaryInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Beneficiary> {
    return this.service.create(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Beneficiary, { description: 'Modifie le profil : seuls les champs envoyés changent' })
  updateBeneficiaryProfile(
    @Args('id', { type: () => ID }, UuidArgPipe) id: string,
    @Args('input') input: UpdateBeneficiaryProfileInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Beneficiary> {
    return this.service.updateProfile(viewer, id, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Beneficiary, {
    description: "Enregistre l'accord de la personne pour recevoir des propositions de missions bénévoles",
  })
  giveVolunteeringConsent(
    @Args() { beneficiaryId }: BeneficiaryIdArgs,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Beneficiary> {
    return this.service.giveVolunteeringConsent(viewer, beneficiaryId);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Beneficiary, {
    description: "Retire l'accord : la personne ne reçoit plus de propositions (toujours possible)",
  })
  withdrawVolunteeringConsent(
    @Args() { beneficiaryId }: BeneficiaryIdArgs,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Beneficiary> {
    return this.service.withdrawVolunteeringConsent(viewer, beneficiaryId);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Beneficiary, { description: 'Suspend, clôt ou réactive un dossier' })
  changeBeneficiaryStatus(
    @Args('input') input: ChangeBeneficiaryStatusInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Beneficiary> {
    return this.service.changeStatus(viewer, input.beneficiaryId, input.status);
  }

  @ResolveField(() => Int, { description: 'Âge en années révolues' })
  age(@Parent() beneficiary: Beneficiary, @CurrentUser() viewer: AuthUser): number {
    this.access.assertReadable(viewer, beneficiary);
    return ageOn(beneficiary.birthDate, localDateOf(this.clock.now()));
  }

  @ResolveField(() => Commune, { description: 'Commune de résidence' })
  async commune(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Commune | null> {
    this.access.assertReadable(viewer, beneficiary);
    return this.loaders.commune(context).load(beneficiary.communeCode);
  }

  @ResolveField(() => Territory, { description: 'Territoire (CDS) de la commune de résidence' })
  territory(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Territory | null> {
    this.access.assertReadable(viewer, beneficiary);
    return this.loaders.territory(context).load(beneficiary.territoryId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Référent unique de parcours' })
  async referent(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<User | null> {
    this.access.assertReadable(viewer, beneficiary);
    return beneficiary.referentId ? this.loaders.user(context).load(beneficiary.referentId) : null;
  }

  @ResolveField(() => Mobility)
  mobility(@Parent() beneficiary: Beneficiary, @CurrentUser() viewer: AuthUser): Mobility {
    this.access.assertReadable(viewer, beneficiary);
    const modes = maskToMobilityModes(beneficiary.mobilityModes);
    const parts = [
      modes.length
        ? modes.map((mode) => MOBILITY_MODE_LABELS[mode]).join(', ')
        : 'moyens de déplacement non renseignés',
    ];
    if (beneficiary.maxDistanceKm) parts.push(`jusqu’à ${beneficiary.maxDistanceKm} km`);
    if (beneficiary.hasDrivingLicence) parts.push('permis B');
    if (beneficiary.hasVehicle) parts.push('véhiculé(e)');
    return {
      modes,
      hasDrivingLicence: beneficiary.hasDrivingLicence,
      hasVehicle: beneficiary.hasVehicle,
      maxDistanceKm: beneficiary.maxDistanceKm,
      description: parts.join(' ; '),
    };
  }

  @ResolveField(() => [WeeklySlotType], { description: 'Disponibilités hebdomadaires' })
  availability(@Parent() beneficiary: Beneficiary, @CurrentUser() viewer: AuthUser): WeeklySlotType[] {
    this.access.assertReadable(viewer, beneficiary);
    return maskToSlots(beneficiary.availabilityMask);
  }

  @ResolveField(() => String, { description: 'Disponibilités en clair, par exemple « mardi et jeudi matin »' })
  availabilityDescription(@Parent() beneficiary: Beneficiary, @CurrentUser() viewer: AuthUser): string {
    this.access.assertReadable(viewer, beneficiary);
    return describeSlots(beneficiary.availabilityMask);
  }

  @ResolveField(() => [MissionDomain], { description: "Centres d'intérêt (domaines de mission)" })
  async interests(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<MissionDomain[]> {
    this.access.assertReadable(viewer, beneficiary);
    return pick(beneficiary.interestDomainCodes, await this.loaders.domains(context));
  }

  @ResolveField(() => [Job], { description: 'Projet professionnel : métiers visés' })
  async targetJobs(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Job[]> {
    this.access.assertReadable(viewer, beneficiary);
    return pick(beneficiary.targetJobCodes, await this.loaders.jobs(context));
  }

  @ResolveField(() => [Competency], { description: 'Compétences déjà acquises' })
  async competencies(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Competency[]> {
    this.access.assertReadable(viewer, beneficiary);
    return pick(beneficiary.competencyCodes, await this.loaders.competencies(context));
  }

  @ResolveField(() => VolunteeringConsent)
  volunteeringConsent(@Parent() beneficiary: Beneficiary, @CurrentUser() viewer: AuthUser): VolunteeringConsent {
    this.access.assertReadable(viewer, beneficiary);
    const { volunteeringConsentGivenAt: givenAt, volunteeringConsentWithdrawnAt: withdrawnAt } = beneficiary;
    return { given: hasVolunteeringConsent(givenAt, withdrawnAt), givenAt, withdrawnAt };
  }

  @ResolveField(() => Boolean, {
    description: 'Vous pouvez modifier ce dossier (référent de parcours ou service Insertion)',
  })
  viewerCanEdit(@Parent() beneficiary: Beneficiary, @CurrentUser() viewer: AuthUser): boolean {
    return this.access.canWrite(viewer, beneficiary);
  }

  @ResolveField(() => Boolean, {
    description:
      'Vous pouvez lire les données sensibles (freins, santé, notes confidentielles) ; chaque lecture est journalisée',
  })
  viewerCanReadSensitive(@Parent() beneficiary: Beneficiary, @CurrentUser() viewer: AuthUser): boolean {
    return this.access.canReadSensitive(viewer, beneficiary);
  }
}
