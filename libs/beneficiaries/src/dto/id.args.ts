import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class BeneficiaryIdArgs {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;
}
