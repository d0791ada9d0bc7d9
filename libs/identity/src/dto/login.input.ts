import { Trim } from '@tremplin/core';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { User } from '../user.entity';

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}

@ObjectType({ description: "Jeton d'accès à envoyer dans l'en-tête Authorization: Bearer <token>" })
export class AuthPayload {
  @Field()
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
