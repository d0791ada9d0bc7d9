import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Trim } from '@tremplin/core';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../domain/password-policy';
import { User } from '../user.entity';

const TOKEN_MAX_LENGTH = 2048;

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;
}

@InputType()
export class ChoosePasswordInput {
  @Field({ description: "Le jeton du lien reçu par e-mail (paramètre « jeton » de l'adresse)" })
  @IsString()
  @MinLength(1)
  @MaxLength(TOKEN_MAX_LENGTH)
  token: string;

  @Field({ description: 'Au moins 12 caractères' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: 'Au moins 12 caractères' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

@ObjectType({ description: 'Le compte auquel mène un lien de choix de mot de passe' })
export class PasswordLink {
  @Field()
  firstName: string;

  @Field()
  email: string;

  @Field({ description: 'Vrai pour une invitation (premier mot de passe), faux pour « mot de passe oublié »' })
  firstPassword: boolean;
}

@ObjectType({ description: 'La session ouverte dans ce navigateur (cookie HttpOnly ; aucun jeton lisible)' })
export class SessionPayload {
  @Field(() => User)
  user: User;

  @Field()
  expiresAt: Date;
}
