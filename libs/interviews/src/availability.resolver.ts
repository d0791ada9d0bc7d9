import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BeneficiaryLoaders } from '@tremplin/beneficiaries';
import { CurrentUser, perRequest, Role, Roles, UuidArgPipe } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { User } from '@tremplin/identity';
import DataLoader from 'dataloader';
import { AvailabilityService } from './availability.service';
import {
  AvailabilitySlot,
  InterviewAvailabilitiesArgs,
  InterviewAvailabilityConnection,
  PublishAvailabilitiesInput,
  PublishAvailabilityInput,
} from './dto/availability.input';
import { InterviewPlaceType } from './dto/interview-place.type';
import { InterviewAvailability } from './interview-availability.entity';

/** Coordinators publish their availabilities; coordinators and the service Insertion read them. */
@Resolver(() => InterviewAvailability)
export class AvailabilityResolver {
  constructor(
    private readonly service: AvailabilityService,
    private readonly loaders: BeneficiaryLoaders,
  ) {}

  @Roles(Role.COORDINATOR)
  @Mutation(() => InterviewAvailability, {
    description:
      'Publie une plage de disponibilité (au plus 12 heures) en un lieu : elle est découpée en créneaux réservables de la durée choisie',
  })
  publishAvailability(
    @Args('input') input: PublishAvailabilityInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<InterviewAvailability> {
    return this.service.publish(viewer, input);
  }

  @Roles(Role.COORDINATOR)
  @Mutation(() => [InterviewAvailability], {
    description:
      'Publie plusieurs plages en un lieu, par exemple chaque mardi de 9 h à 12 h pendant huit semaines sauf les exceptions : toutes ou aucune (jours fériés et chevauchements refusés)',
  })
  publishAvailabilities(
    @Args('input') input: PublishAvailabilitiesInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<InterviewAvailability[]> {
    return this.service.publishMany(viewer, input);
  }

  @Roles(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => InterviewAvailability, {
    description: 'Modifie une plage (horaires, durée des créneaux, lieu) tant qu’aucun de ses créneaux n’est réservé',
  })
  updateAvailability(
    @Args('id', { type: () => ID }, UuidArgPipe) id: string,
    @Args('input') input: PublishAvailabilityInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<InterviewAvailability> {
    return this.service.update(viewer, id, input);
  }

  @Roles(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ID, { description: 'Supprime une plage tant qu’aucun de ses créneaux n’est réservé' })
  async removeAvailability(
    @Args('id', { type: () => ID }, UuidArgPipe) id: string,
    @CurrentUser() viewer: AuthUser,
  ): Promise<string> {
    await this.service.remove(viewer, id);
    return id;
  }

  @Roles(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => InterviewAvailability, { description: 'Retire un créneau libre de sa plage' })
  removeInterviewSlot(
    @Args('slotId', { type: () => ID }, UuidArgPipe) slotId: string,
    @CurrentUser() viewer: AuthUser,
  ): Promise<InterviewAvailability> {
    return this.service.removeSlot(viewer, slotId);
  }

  @Roles(Role.COORDINATOR, Role.ADMIN)
  @Query(() => InterviewAvailabilityConnection, {
    description: 'Les plages de disponibilité à venir des coordinateurs, les plus proches d’abord',
  })
  interviewAvailabilities(@Args() args: InterviewAvailabilitiesArgs): Promise<InterviewAvailabilityConnection> {
    return this.service.list(args);
  }

  @ResolveField(() => InterviewPlaceType)
  place(@Parent() availability: InterviewAvailability): InterviewPlaceType {
    return {
      kind: availability.placeKind,
      label: availability.placeLabel,
      address: availability.placeAddress,
      communeCode: availability.communeCode,
      videoUrl: availability.videoUrl,
    };
  }

  @ResolveField(() => [AvailabilitySlot], { description: 'Les créneaux, dans l’ordre' })
  slots(@Parent() availability: InterviewAvailability, @Context() context: object): Promise<AvailabilitySlot[]> {
    const loader = perRequest(
      context,
      'interview.availabilitySlots',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const slots = await this.service.slotsOf(ids);
          return ids.map((id) => slots.get(id) ?? []);
        }),
    );
    return loader.load(availability.id);
  }

  @ResolveField(() => User, { nullable: true, description: 'Le coordinateur France Bénévolat' })
  coordinator(@Parent() availability: InterviewAvailability, @Context() context: object): Promise<User | null> {
    return this.loaders.user(context).load(availability.coordinatorId);
  }
}
