import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Association } from '@tremplin/associations';
import { BeneficiaryLoaders, personAudience, projectPerson } from '@tremplin/beneficiaries';
import { AnyStaff, CurrentUser, IdArgs } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Mission } from '@tremplin/missions';
import { PassportAttestation } from './attestation.entity';
import { canReadPassport } from './domain/engagement-access';
import {
  AbandonEngagementInput,
  CompleteEngagementInput,
  EngagementConnection,
  EngagementVolunteer,
  EngagementsArgs,
  StartEngagementInput,
  WithdrawEngagementInput,
} from './dto/engagement.inputs';
import { scopeOf, viewerOf } from './engagement-scope';
import { Engagement } from './engagement.entity';
import { EngagementsService } from './engagements.service';
import { Outcome } from './outcome.entity';
import { PassportLoaders } from './passport-loaders';

@Resolver(() => Engagement)
export class EngagementsResolver {
  constructor(
    private readonly service: EngagementsService,
    private readonly loaders: PassportLoaders,
    private readonly beneficiaryLoaders: BeneficiaryLoaders,
  ) {}

  @AnyStaff()
  @Query(() => EngagementConnection, {
    description:
      'Les missions bénévoles que vous pouvez voir (référent : les personnes que vous suivez ; structure : ses missions ; France Bénévolat et service Insertion : toutes), les plus récentes d’abord',
  })
  engagements(@Args() args: EngagementsArgs, @CurrentUser() viewer: AuthUser): Promise<EngagementConnection> {
    return this.service.list(viewer, args);
  }

  @AnyStaff()
  @Query(() => Engagement, { description: 'Une mission bénévole' })
  engagement(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser): Promise<Engagement> {
    return this.service.get(viewer, id);
  }

  @AnyStaff()
  @Mutation(() => Engagement, {
    description:
      'Démarre la mission après un entretien tripartite réalisé (référent, France Bénévolat, structure d’accueil ou service Insertion)',
  })
  startEngagement(@Args('input') input: StartEngagementInput, @CurrentUser() viewer: AuthUser): Promise<Engagement> {
    return this.service.start(viewer, input);
  }

  @AnyStaff()
  @Mutation(() => Engagement, { description: 'La mission est allée à son terme : date de fin et heures réalisées' })
  completeEngagement(
    @Args('input') input: CompleteEngagementInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Engagement> {
    return this.service.complete(viewer, input);
  }

  @AnyStaff()
  @Mutation(() => Engagement, {
    description: 'La mission s’est arrêtée avant son terme, avec un motif ; sa place n’est pas rendue',
  })
  abandonEngagement(
    @Args('input') input: AbandonEngagementInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Engagement> {
    return this.service.abandon(viewer, input);
  }

  @AnyStaff()
  @Mutation(() => Engagement, {
    description:
      'La mission n’a finalement pas eu lieu : elle est annulée et sa place rendue à la mission (impossible une fois des compétences attestées)',
  })
  withdrawEngagement(
    @Args('input') input: WithdrawEngagementInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Engagement> {
    return this.service.withdraw(viewer, input);
  }

  @ResolveField(() => Mission, { nullable: true })
  mission(@Parent() engagement: Engagement, @Context() context: object): Promise<Mission | null> {
    return this.loaders.mission(context).load(engagement.missionId);
  }

  @ResolveField(() => Association, { nullable: true, description: 'La structure d’accueil' })
  association(@Parent() engagement: Engagement, @Context() context: object): Promise<Association | null> {
    return this.loaders.association(context).load(engagement.associationId);
  }

  @ResolveField(() => EngagementVolunteer, {
    description: 'La personne bénévole (la structure d’accueil n’en voit que le prénom et le contact)',
  })
  async volunteer(
    @Parent() engagement: Engagement,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<EngagementVolunteer> {
    const beneficiary = await this.beneficiaryLoaders.beneficiary(context).load(engagement.beneficiaryId);
    if (!beneficiary)
      throw new Error(`Beneficiary ${engagement.beneficiaryId} of engagement ${engagement.id} is missing`);
    const audience = personAudience(viewerOf(viewer), {
      beneficiary,
      hostAssociationId: engagement.associationId,
    });
    const view = projectPerson(beneficiary, audience);
    return {
      beneficiaryId: beneficiary.id,
      firstName: view.firstName ?? '',
      lastName: view.lastName,
      email: view.email,
      phone: view.phone,
    };
  }

  @ResolveField(() => [PassportAttestation], { description: 'Les attestations de compétences de la structure' })
  attestations(@Parent() engagement: Engagement, @Context() context: object): Promise<PassportAttestation[]> {
    return this.loaders.attestationsOf(context).load(engagement.id);
  }

  @ResolveField(() => [Outcome], {
    nullable: true,
    description: 'Ce qui a suivi la mission (pour l’équipe qui suit la personne ; null pour les autres)',
  })
  async outcomes(
    @Parent() engagement: Engagement,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Outcome[] | null> {
    const beneficiary = await this.beneficiaryLoaders.beneficiary(context).load(engagement.beneficiaryId);
    if (!beneficiary || !canReadPassport(viewerOf(viewer), scopeOf(engagement, beneficiary))) return null;
    return this.loaders.outcomesOf(context).load(engagement.id);
  }
}
