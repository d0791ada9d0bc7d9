import { Injectable, PipeTransform } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, isUUID } from 'class-validator';
import { AppException } from '../errors/app.exception';

/** The lone `id: ID!` argument of a query or mutation on one row, checked as a UUID. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

/** Validates a lone `id: ID!` argument next to an `input` one (`@Args('id', { type: () => ID }, UuidArgPipe)`). */
@Injectable()
export class UuidArgPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw AppException.invalidField('id', 'doit être un identifiant valide');
    }
    return value;
  }
}
