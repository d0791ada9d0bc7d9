import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssociationLoaders } from '@tremplin/associations';
import { BeneficiaryLoaders, PersonAudience, personAudience, projectPerson } from '@tremplin/beneficiaries';
import { AppConfig, ConnectionArgs, CurrentUser, IdArgs, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { MissionLoaders } from '@tremplin/missions';
import { ProposalConnection } from '@tremplin/proposals';
import { InterviewCapacity, InterviewCapacityArgs } from './dto/availability.input';
import { InterviewBeneficiary } from './dto/interview-beneficiary.type';
import {
  CancelInterviewInput,
  InterviewConnection,
  InterviewSlotOptionConnection,
  InterviewSlotsArgs,
  InterviewsArgs,
  RecordInterviewOutcomeInput,
  RescheduleInterviewInput,
  ScheduleInterviewInput,
} from './dto/interview.input';
import { InterviewPlaceType } from './dto/interview-place.type';
import { Interview } from './interview.entity';
import { InterviewBooking } from './interview-booking';
import { InterviewCancellation } from './interview-cancellation';
import { InterviewOutcomes } from './interview-outcomes';
import { InterviewQueries } from './interview-queries';

/** Tripartite interviews: thin mapping to the use-case services, which apply the access rules. */
@Resolver(() => Interview)
export class InterviewsResolver {
  constructor(
    private readonly queries: InterviewQueries,
    private readonly booking: InterviewBooking,
    private readonly cancellation: InterviewCancellation,
    private readonly outcomes: InterviewOutcomes,
    private readonly loaders: BeneficiaryLoaders,
    private readonly missionLoaders: MissionLoaders,
    private readonly associationLoaders: AssociationLoaders,
    private readonly config: AppConfig,
  ) {}

  @Roles(Role.ADMIN, Role.REFERENT, Role.COORDINATOR)
  @Query(() => InterviewSlotOptionConnection, {
    description:
      'Les créneaux libres pour l’entretien d’une proposition acceptée : au moins 48 heures à l’avance, dans les disponibilités de la personne, le lieu le plus proche d’abord',
  })
  interviewSlots(
    @Args() args: InterviewSlotsArgs,
    @CurrentUser() viewer: AuthUser,
  ): Promise<InterviewSlotOptionConnection> {
    return this.queries.slotsFor(viewer, args);
  }

  @Roles(Role.ADMIN, Role.REFERENT, Role.COORDINATOR, Role.ASSOCIATION)
  @Query(() => InterviewConnection, {
    description:
      'Les entretiens que vous pouvez voir, les plus proches d’abord : tous (coordinateurs, service Insertion), ceux des personnes que vous suivez (référents), ceux de vos missions (associations)',
  })
  interviews(@Args() args: InterviewsArgs, @CurrentUser() viewer: AuthUser): Promise<InterviewConnection> {
    return this.queries.list(viewer, args);
  }

  @Roles(Role.ADMIN, Role.REFERENT, Role.COORDINATOR, Role.ASSOCIATION)
  @Query(() => Interview, { description: 'Un entretien que vous pouvez voir' })
  interview(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser): Promise<Interview> {
    return this.queries.get(viewer, id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => ProposalConnection, {
    description:
      'Les propositions acceptées qui attendent leur entretien (aucun prévu ni réalisé), la plus ancienne réponse d’abord',
  })
  proposalsAwaitingInterview(@Args() args: ConnectionArgs): Promise<ProposalConnection> {
    return this.queries.awaitingInterview(args);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => InterviewCapacity, {
    description:
      'Les créneaux libres des prochains jours face aux propositions acceptées en attente d’entretien (alerte quand ils manquent)',
  })
  interviewCapacity(@Args() args: InterviewCapacityArgs): Promise<InterviewCapacity> {
    return this.queries.capacity(args.days ?? 14);
  }

  @Roles(Role.ADMIN, Role.REFERENT, Role.COORDINATOR)
  @Mutation(() => Interview, {
    description:
      'Réserve un créneau pour l’entretien tripartite d’une proposition acceptée ; chaque participant reçoit l’invitation (.ics)',
  })
  scheduleInterview(@Args('input') input: ScheduleInterviewInput, @CurrentUser() viewer: AuthUser): Promise<Interview> {
    return this.booking.schedule(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT, Role.COORDINATOR)
  @Mutation(() => Interview, {
    description: 'Déplace un entretien sur un autre créneau libre : même invitation, nouvelle version (SEQUENCE)',
  })
  rescheduleInterview(
    @Args('input') input: RescheduleInterviewInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Interview> {
    return this.booking.reschedule(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT, Role.COORDINATOR)
  @Mutation(() => Interview, {
    description: 'Annule un entretien avec un motif ; les participants reçoivent l’annulation',
  })
  cancelInterview(@Args('input') input: CancelInterviewInput, @CurrentUser() viewer: AuthUser): Promise<Interview> {
    return this.cancellation.cancel(viewer, input);
  }

  @Roles(Role.ADMIN, Role.REFERENT, Role.COORDINATOR)
  @Mutation(() => Interview, {
    description:
      'Enregistre ce qu’il s’est passé (réalisé, absence, absence excusée), à partir de l’heure du rendez-vous',
  })
  recordInterviewOutcome(
    @Args('input') input: RecordInterviewOutcomeInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Interview> {
    return this.outcomes.recordOutcome(viewer, input);
  }

  @ResolveField(() => InterviewPlaceType)
  place(@Parent() interview: Interview): InterviewPlaceType {
    return {
      kind: interview.placeKind,
      label: interview.placeLabel,
      address: interview.placeAddress,
      communeCode: interview.communeCode,
      videoUrl: interview.videoUrl,
    };
  }

  /** The person, as the person-field list lets the viewer read them (an association: first name and contact). */
  @ResolveField(() => InterviewBeneficiary)
  async beneficiary(
    @Parent() interview: Interview,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<InterviewBeneficiary> {
    const [person, mission] = await Promise.all([
      this.loaders.beneficiary(context).load(interview.beneficiaryId),
      this.missionLoaders.mission(context).load(interview.missionId),
    ]);
    const audience =
      person && viewer
        ? personAudience(viewer, {
            beneficiary: person,
            hostAssociationId: mission?.associationId ?? null,
            proposedById: interview.referentId,
          })
        : PersonAudience.NONE;
    const view = person ? projectPerson(person, audience) : null;
    return {
      id: interview.beneficiaryId,
      firstName: view?.firstName ?? '',
      lastName: view?.lastName ?? null,
      email: view?.email ?? null,
      phone: view?.phone ?? null,
    };
  }

  @ResolveField(() => User, { nullable: true, description: 'Le coordinateur France Bénévolat' })
  coordinator(@Parent() interview: Interview, @Context() context: object): Promise<User | null> {
    return this.loaders.user(context).load(interview.coordinatorId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Le référent qui a proposé la mission' })
  referent(@Parent() interview: Interview, @Context() context: object): Promise<User | null> {
    return this.loaders.user(context).load(interview.referentId);
  }

  @ResolveField(() => String, { description: 'Titre de la mission' })
  async missionTitle(@Parent() interview: Interview, @Context() context: object): Promise<string> {
    return (await this.missionLoaders.mission(context).load(interview.missionId))?.title ?? '';
  }

  @ResolveField(() => String, { description: "L'association qui accueille" })
  async associationName(@Parent() interview: Interview, @Context() context: object): Promise<string> {
    const mission = await this.missionLoaders.mission(context).load(interview.missionId);
    if (!mission) return '';
    return (await this.associationLoaders.association(context).load(mission.associationId))?.name ?? '';
  }

  @ResolveField(() => String, { description: "Adresse de l'invitation à jour (.ics), pour l'équipe connectée" })
  invitationUrl(@Parent() interview: Interview): string {
    return `${this.config.APP_URL}/interviews/${interview.id}/invite.ics`;
  }
}
