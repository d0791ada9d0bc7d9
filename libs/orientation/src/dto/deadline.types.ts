import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Beneficiary } from '@tremplin/beneficiaries';
import { ConnectionArgs, ConnectionType, LocalDateScalar } from '@tremplin/core';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DeadlineKind, DeadlineState } from '../domain/deadlines';
import './orientation.enums';

@ObjectType({ description: 'Une échéance de suivi et où elle en est' })
export class Deadline {
  @Field(() => DeadlineKind)
  kind: DeadlineKind;

  @Field(() => LocalDateScalar, { description: 'Date limite' })
  dueOn: string;

  @Field(() => DeadlineState)
  state: DeadlineState;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date à laquelle l’étape a été franchie' })
  doneOn: string | null;

  @Field(() => Int, { description: 'Jours de retard (en retard, ou tenue en retard)' })
  daysLate: number;

  @Field(() => Int, { description: 'Jours restants avant la date limite' })
  daysLeft: number;
}

@ObjectType({ description: 'Échéances du Plan insertion 01 : orientation sous un mois, accompagnement sous deux mois' })
export class BeneficiaryDeadlines {
  @Field(() => Deadline)
  orientation: Deadline;

  @Field(() => Deadline)
  accompaniment: Deadline;

  @Field({ description: 'Au moins une échéance est dépassée' })
  overdue: boolean;
}

@ObjectType({ description: 'Un dossier en retard' })
export class OverdueFile {
  @Field(() => Beneficiary)
  beneficiary: Beneficiary;

  @Field(() => [DeadlineKind], { description: 'Les échéances dépassées' })
  missed: DeadlineKind[];

  @Field(() => Int, { description: 'Jours de retard sur l’échéance la plus ancienne' })
  daysLate: number;

  @Field(() => BeneficiaryDeadlines)
  deadlines: BeneficiaryDeadlines;
}

@ObjectType()
export class OverdueFileConnection extends ConnectionType(OverdueFile) {}

@ArgsType()
export class OverdueOrientationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  referentId?: string;

  @Field(() => DeadlineKind, { nullable: true, description: 'Seulement les dossiers en retard sur cette échéance' })
  @IsOptional()
  @IsEnum(DeadlineKind)
  kind?: DeadlineKind;
}
