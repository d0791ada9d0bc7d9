import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff, ConnectionArgs, CurrentUser, Public, RateLimit, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { CreateTerritoryInput } from './dto/create-territory.input';
import { CreateUserInput } from './dto/create-user.input';
import { AuthPayload, LoginInput } from './dto/login.input';
import { UpdateUserInput } from './dto/update-user.input';
import {
  ChangePasswordInput,
  ChoosePasswordInput,
  PasswordLink,
  RequestPasswordResetInput,
  SessionPayload,
} from './dto/password.inputs';
import { PasswordsService } from './passwords.service';
import { SESSION_COOKIE, SessionCookie } from './session-cookie';
import { TerritoryConnection, UserConnection, UsersArgs } from './dto/users.args';
import { Territory } from './territory.entity';
import { TerritoriesService } from './territories.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordsService,
    private readonly sessionCookie: SessionCookie,
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

  @Public()
  @RateLimit('login')
  @Mutation(() => SessionPayload, {
    description:
      'Connexion de la console : ouvre une session dans ce navigateur (cookie HttpOnly, aucun jeton lisible)',
  })
  async openSession(@Args('input') input: LoginInput, @Context('res') res: Response): Promise<SessionPayload> {
    const session = await this.auth.login(input.email, input.password);
    this.sessionCookie.set(res, session);
    return { user: session.user, expiresAt: session.expiresAt };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Déconnexion de la console : ferme la session de ce navigateur' })
  closeSession(@Context('res') res: Response): boolean {
    this.sessionCookie.clear(res);
    return true;
  }

  @Public()
  @RateLimit('login')
  @Mutation(() => Boolean, {
    description:
      'Mot de passe oublié : envoie un lien valable une heure si un compte actif a cette adresse (la réponse est la même sinon)',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.passwords.requestReset(input.email);
    return true;
  }

  @Public()
  @RateLimit('link')
  @Query(() => PasswordLink, {
    description: 'À qui mène un lien de choix de mot de passe (INVALID_LINK s’il a expiré ou a déjà servi)',
  })
  passwordLink(@Args('token') token: string): Promise<PasswordLink> {
    return this.passwords.inspectLink(token);
  }

  @Public()
  @RateLimit('login')
  @Mutation(() => SessionPayload, {
    description:
      "Choisit le mot de passe depuis le lien d'invitation ou de « mot de passe oublié » (une seule fois) et ouvre la session",
  })
  async choosePassword(
    @Args('input') input: ChoosePasswordInput,
    @Context('res') res: Response,
  ): Promise<SessionPayload> {
    const user = await this.passwords.choosePassword(input.token, input.password);
    const session = await this.auth.issueSession(user);
    this.sessionCookie.set(res, session);
    return { user, expiresAt: session.expiresAt };
  }

  @AnyStaff()
  @RateLimit('login')
  @Mutation(() => Boolean, {
    description: 'Change votre mot de passe ; vos autres sessions se ferment (celle de ce navigateur continue)',
  })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() viewer: AuthUser,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<boolean> {
    const user = await this.passwords.changePassword(viewer.id, input.currentPassword, input.newPassword);
    const cookies = req.cookies as Record<string, string> | undefined;
    if (cookies?.[SESSION_COOKIE]) this.sessionCookie.set(res, await this.auth.issueSession(user));
    return true;
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
  @Mutation(() => User, {
    description: "Crée un compte de l'équipe ; la personne reçoit un e-mail pour choisir son mot de passe",
  })
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Désactive un compte : ses sessions cessent aussitôt de fonctionner' })
  disableUser(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<User> {
    return this.usersService.disable(id, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, {
    description:
      'Change le rôle, le territoire ou la responsabilité de territoire d’un compte (seuls les champs envoyés)',
  })
  updateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
    @CurrentUser() user: AuthUser,
  ): Promise<User> {
    return this.usersService.update(id, input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Réactive un compte désactivé : la personne peut de nouveau se connecter' })
  enableUser(@Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.usersService.enable(id);
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
