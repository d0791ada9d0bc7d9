import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Association, AssociationLoaders, WelcomeContact } from '@tremplin/associations';
import { AnyStaff, CurrentUser, IdArgs, Role, Roles, UuidArgPipe } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Territory } from '@tremplin/identity';
import {
  Commune,
  Competency,
  countFr,
  describeDateRange,
  describeSlots,
  maskToSlots,
  MissionDomain,
  WeeklySlotType,
} from '@tremplin/referentials';
import { canEditMission, canSeeModeration } from './domain/mission-access';
import { lastSubmittedAt } from './domain/moderation-queue';
import {
  CloseMissionInput,
  CreateMissionInput,
  MissionConnection,
  MissionsArgs,
  RejectMissionInput,
  UpdateMissionInput,
} from './dto/mission.inputs';
import { MissionAccess } from './mission-access.service';
import { MissionLoaders } from './mission-loaders';
import { MissionSearch } from './mission-search';
import { MissionTransition } from './mission-transition.entity';
import { Mission } from './mission.entity';
import { MissionsService } from './missions.service';

/**
 * Volunteer missions: association members write theirs, moderators (ADMIN, COORDINATOR) publish
 * or send back, referents find published ones. Field resolvers re-check that the viewer may see
 * the mission, so that a Mission reaching a client by another path reveals nothing.
 */
@Resolver(() => Mission)
export class MissionsResolver {
  constructor(
    private readonly service: MissionsService,
    private readonly search: MissionSearch,
    private readonly access: MissionAccess,
    private readonly loaders: MissionLoaders,
    private readonly associationLoaders: AssociationLoaders,
  ) {}

  @AnyStaff()
  @Query(() => Mission, { description: 'Une mission (une association ne voit que les siennes)' })
  mission(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser): Promise<Mission> {
    return this.service.get(viewer, id);
  }

  @AnyStaff()
  @Query(() => MissionConnection, {
    description:
      'Les missions que vous pouvez voir (association : les vôtres ; référent : publiées ; service Insertion et coordination : toutes), les plus récentes d’abord ; la file de modération (statut SUBMITTED seul) : la plus ancienne soumission d’abord ; par distance avec `near`, par pertinence avec `text`',
  })
  missions(@Args() args: MissionsArgs, @CurrentUser() viewer: AuthUser): Promise<MissionConnection> {
    return this.search.list(viewer, args);
  }

  @Roles(Role.ASSOCIATION)
  @Mutation(() => Mission, { description: 'Crée une fiche mission (en brouillon)' })
  createMission(@Args('input') input: CreateMissionInput, @CurrentUser() viewer: AuthUser): Promise<Mission> {
    return this.service.create(viewer, input);
  }

  @Roles(Role.ASSOCIATION)
  @Mutation(() => Mission, {
    description:
      'Modifie une fiche mission ; une mission publiée dont le contenu change repasse en validation (pas pour le nombre de places)',
  })
  updateMission(
    @Args('id', { type: () => ID }, UuidArgPipe) id: string,
    @Args('input') input: UpdateMissionInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Mission> {
    return this.service.update(viewer, id, input);
  }

  @Roles(Role.ASSOCIATION)
  @Mutation(() => Mission, { description: 'Soumet une mission à validation (association validée seulement)' })
  submitMission(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser): Promise<Mission> {
    return this.service.submit(viewer, id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Mission, { description: 'Publie une mission soumise à validation' })
  publishMission(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser): Promise<Mission> {
    return this.service.publish(viewer, id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Mission, { description: 'Renvoie une mission soumise en brouillon, avec un motif' })
  rejectMission(@Args('input') input: RejectMissionInput, @CurrentUser() viewer: AuthUser): Promise<Mission> {
    return this.service.reject(viewer, input);
  }

  @Roles(Role.ASSOCIATION, Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Mission, { description: 'Clôture une mission (définitif)' })
  closeMission(@Args('input') input: CloseMissionInput, @CurrentUser() viewer: AuthUser): Promise<Mission> {
    return this.service.close(viewer, input);
  }

  @ResolveField(() => Association)
  async association(
    @Parent() mission: Mission,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Association | null> {
    this.access.assertVisible(viewer, mission);
    return this.associationLoaders.association(context).load(mission.associationId);
  }

  @ResolveField(() => MissionDomain)
  async domain(
    @Parent() mission: Mission,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<MissionDomain | undefined> {
    this.access.assertVisible(viewer, mission);
    return (await this.associationLoaders.domains(context)).get(mission.domainCode);
  }

  @ResolveField(() => [Competency], { description: 'Compétences développées' })
  async competencies(
    @Parent() mission: Mission,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Competency[]> {
    this.access.assertVisible(viewer, mission);
    const catalogue = await this.loaders.competencies(context);
    return mission.competencyCodes.map((code) => catalogue.get(code)).filter((c): c is Competency => !!c);
  }

  @ResolveField(() => Commune)
  commune(
    @Parent() mission: Mission,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Commune | null> {
    this.access.assertVisible(viewer, mission);
    return this.associationLoaders.commune(context).load(mission.communeCode);
  }

  @ResolveField(() => Territory, { description: 'Territoire (CDS) de la commune' })
  territory(
    @Parent() mission: Mission,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Territory | null> {
    this.access.assertVisible(viewer, mission);
    return this.loaders.territory(context).load(mission.territoryId);
  }

  @ResolveField(() => [WeeklySlotType], { description: 'Créneaux hebdomadaires' })
  weeklySlots(@Parent() mission: Mission, @CurrentUser() viewer: AuthUser): WeeklySlotType[] {
    this.access.assertVisible(viewer, mission);
    return maskToSlots(mission.weeklySlots);
  }

  @ResolveField(() => String, {
    description: 'Quand, en clair : « mardi et jeudi matin, du 02/03/2026 au 30/06/2026, 6 h par semaine »',
  })
  scheduleDescription(@Parent() mission: Mission, @CurrentUser() viewer: AuthUser): string {
    this.access.assertVisible(viewer, mission);
    const parts: string[] = [];
    if (mission.weeklySlots) parts.push(describeSlots(mission.weeklySlots));
    const period = describeDateRange(mission.startDate, mission.endDate);
    if (period) parts.push(period);
    if (mission.hoursPerWeek) parts.push(`${String(mission.hoursPerWeek).replace('.', ',')} h par semaine`);
    if (mission.durationWeeks) parts.push(`pendant ${countFr(mission.durationWeeks, 'semaine')}`);
    return parts.length ? parts.join(', ') : 'horaires à convenir';
  }

  @ResolveField(() => WelcomeContact, {
    description: "La personne qui accueille le bénévole (celle de la mission, sinon celle de l'association)",
  })
  async welcomeContact(
    @Parent() mission: Mission,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<WelcomeContact> {
    this.access.assertVisible(viewer, mission);
    if (mission.welcomeContactName && mission.welcomeContactEmail) {
      return {
        name: mission.welcomeContactName,
        email: mission.welcomeContactEmail,
        phone: mission.welcomeContactPhone,
      };
    }
    const association = await this.associationLoaders.association(context).load(mission.associationId);
    return {
      name: association?.welcomeContactName ?? '',
      email: association?.welcomeContactEmail ?? '',
      phone: association?.welcomeContactPhone ?? null,
    };
  }

  @ResolveField(() => Int, { description: 'Places encore libres' })
  placesLeft(@Parent() mission: Mission): number {
    return Math.max(0, mission.places - mission.placesTaken);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Distance au point de la recherche `near`, en km' })
  distanceKm(@Parent() mission: Mission): number | null {
    return mission.distanceKm === undefined ? null : Math.round(mission.distanceKm * 100) / 100;
  }

  @ResolveField(() => [MissionTransition], {
    nullable: true,
    description: "Historique de modération (qui, quand, pourquoi) : pour l'association et les modérateurs ; null sinon",
  })
  transitions(
    @Parent() mission: Mission,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<MissionTransition[]> | null {
    if (!viewer || !canSeeModeration(viewer, mission)) return null;
    return this.loaders.transitions(context).load(mission.id);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'Dernière soumission à validation (null : jamais soumise) ; l’attente se compte depuis cette date',
  })
  async submittedAt(
    @Parent() mission: Mission,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Date | null> {
    this.access.assertVisible(viewer, mission);
    return lastSubmittedAt(await this.loaders.transitions(context).load(mission.id));
  }

  @ResolveField(() => Boolean, { description: 'Vous pouvez modifier cette mission (membre de son association)' })
  viewerCanEdit(@Parent() mission: Mission, @CurrentUser() viewer: AuthUser): boolean {
    return !!viewer && canEditMission(viewer, mission);
  }
}

@Resolver(() => MissionTransition)
export class MissionTransitionResolver {
  constructor(private readonly loaders: MissionLoaders) {}

  @ResolveField(() => ID, { nullable: true, description: 'Auteur (null : action automatique de Tremplin)' })
  actorId(@Parent() transition: MissionTransition): string | null {
    return transition.actorId;
  }

  @ResolveField(() => String, { description: 'Auteur en clair, « Tremplin (automatique) » pour le système' })
  async actorName(@Parent() transition: MissionTransition, @Context() context: object): Promise<string> {
    if (!transition.actorId) return 'Tremplin (automatique)';
    const user = await this.loaders.user(context).load(transition.actorId);
    return user ? `${user.firstName} ${user.lastName}` : 'Utilisateur supprimé';
  }
}
