import { Injectable, PipeTransform } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { AppException } from '@tremplin/core';
import { IsUUID, isUUID } from 'class-validator';

@ArgsType()
export class BeneficiaryIdArgs {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;
}

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
    if (typeof value !== 'string' || !isUUID(value))
      throw AppException.invalidField('id', 'doit être un identifiant valide');
    return value;
  }
}
