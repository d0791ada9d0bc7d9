import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyStaff, CurrentUser, IdArgs, Public, RateLimit, Role, Roles, UuidArgPipe } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Commune, MissionDomain } from '@tremplin/referentials';
import { AssociationLoaders } from './association-loaders';
import { Association } from './association.entity';
import { AssociationsService } from './associations.service';
import {
  AssociationConnection,
  AssociationsArgs,
  InviteAssociationMemberInput,
  RegisterAssociationInput,
  UpdateAssociationInput,
  ValidateAssociationInput,
  WelcomeContact,
} from './dto/association.inputs';

/**
 * Host associations. Registration is public (rate-limited like login); validation is for the
 * service Insertion; members edit their own structure. Field resolvers re-check read access.
 */
@Resolver(() => Association)
export class AssociationsResolver {
  constructor(
    private readonly service: AssociationsService,
    private readonly loaders: AssociationLoaders,
  ) {}

  @AnyStaff()
  @Query(() => Association, { description: 'Une association (un membre ne voit que la sienne)' })
  association(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser): Promise<Association> {
    return this.service.get(viewer, id);
  }

  @AnyStaff()
  @Query(() => AssociationConnection, {
    description:
      'Les associations, par ordre alphabétique : toutes (service Insertion, coordination), les validées (référents), la vôtre (membre) ; en attente de validation (statut PENDING) : la plus ancienne inscription d’abord',
  })
  associations(@Args() args: AssociationsArgs, @CurrentUser() viewer: AuthUser): Promise<AssociationConnection> {
    return this.service.list(viewer, args);
  }

  @Public()
  @RateLimit('login')
  @Mutation(() => Association, {
    description:
      "Inscrit une association et son premier membre (rôle ASSOCIATION) ; l'association attend la validation du service Insertion",
  })
  registerAssociation(@Args('input') input: RegisterAssociationInput): Promise<Association> {
    return this.service.register(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Association, { description: 'Valide ou refuse (avec un motif) une association inscrite' })
  validateAssociation(
    @Args('input') input: ValidateAssociationInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Association> {
    return this.service.decide(viewer, input);
  }

  @Roles(Role.ASSOCIATION, Role.ADMIN)
  @Mutation(() => Association, { description: 'Modifie les informations de votre association' })
  updateAssociation(
    @Args('id', { type: () => ID }, UuidArgPipe) id: string,
    @Args('input') input: UpdateAssociationInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<Association> {
    return this.service.update(viewer, id, input);
  }

  @Roles(Role.ASSOCIATION, Role.ADMIN)
  @Mutation(() => User, {
    description:
      "Invite une personne à rejoindre les comptes de votre association : elle reçoit un e-mail pour choisir son mot de passe (CONFLICT si l'adresse a déjà un compte)",
  })
  inviteAssociationMember(
    @Args('input') input: InviteAssociationMemberInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<User> {
    return this.service.inviteMember(viewer, input);
  }

  @ResolveField(() => WelcomeContact, { description: 'La personne qui accueille les bénévoles' })
  welcomeContact(@Parent() association: Association): WelcomeContact {
    return {
      name: association.welcomeContactName,
      email: association.welcomeContactEmail,
      phone: association.welcomeContactPhone,
    };
  }

  @ResolveField(() => Commune, { nullable: true })
  commune(@Parent() association: Association, @Context() context: object): Promise<Commune | null> {
    return this.loaders.commune(context).load(association.communeCode);
  }

  @ResolveField(() => [MissionDomain], { description: "Domaines d'action" })
  async domains(@Parent() association: Association, @Context() context: object): Promise<MissionDomain[]> {
    const catalogue = await this.loaders.domains(context);
    return association.domainCodes.map((code) => catalogue.get(code)).filter((d): d is MissionDomain => !!d);
  }

  @ResolveField(() => [User], {
    nullable: true,
    description: "Les membres (visibles du service Insertion et des membres de l'association ; null sinon)",
  })
  members(
    @Parent() association: Association,
    @CurrentUser() viewer: AuthUser | undefined,
    @Context() context: object,
  ): Promise<User[]> | null {
    if (!viewer) return null;
    const allowed =
      viewer.role === Role.ADMIN || (viewer.role === Role.ASSOCIATION && viewer.associationId === association.id);
    return allowed ? this.loaders.members(context).load(association.id) : null;
  }
}
