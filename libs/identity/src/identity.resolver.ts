import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff, ConnectionArgs, CurrentUser, Public, RateLimit, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { AuthService } from './auth.service';
import { CreateTerritoryInput } from './dto/create-territory.input';
import { CreateUserInput } from './dto/create-user.input';
import { AuthPayload, LoginInput } from './dto/login.input';
import { TerritoryConnection, UserConnection, UsersArgs } from './dto/users.args';
import { Territory } from './territory.entity';
import { TerritoriesService } from './territories.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly usersService: UsersService,
    private readonly territoriesService: TerritoriesService,
  ) {}

  @Public()
  @RateLimit('login')
  @Mutation(() => AuthPayload, {
    description: 'Connexion : renvoie un jeton à utiliser comme « Authorization: Bearer … »',
  })
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(input.email, input.password);
  }

  @AnyStaff()
  @Query(() => User, { description: "L'utilisateur connecté" })
  me(@CurrentUser() user: AuthUser): Promise<User> {
    return this.usersService.get(user.id);
  }

  @Roles(Role.ADMIN)
  @Query(() => UserConnection)
  users(@Args() args: UsersArgs): Promise<UserConnection> {
    return this.usersService.list(args);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: "Crée un compte de l'équipe et lui envoie un e-mail de bienvenue" })
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Désactive un compte : ses sessions cessent aussitôt de fonctionner' })
  disableUser(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<User> {
    return this.usersService.disable(id, user);
  }

  @AnyStaff()
  @Query(() => TerritoryConnection, { description: 'Les territoires (CDS), par ordre alphabétique' })
  territories(@Args() args: ConnectionArgs): Promise<TerritoryConnection> {
    return this.territoriesService.list(args);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Territory)
  createTerritory(@Args('input') input: CreateTerritoryInput): Promise<Territory> {
    return this.territoriesService.create(input);
  }
}
