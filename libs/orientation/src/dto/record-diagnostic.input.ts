import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BarrierKind, BarrierLevel } from '../domain/barriers';
import { OrientationPathway } from '../domain/pathway';
import './orientation.enums';

@InputType({ description: 'Un frein périphérique et son importance' })
export class BarrierInput {
  @Field(() => BarrierKind)
  @IsEnum(BarrierKind)
  kind: BarrierKind;

  @Field(() => BarrierLevel)
  @IsEnum(BarrierLevel)
  level: BarrierLevel;

  @Field(() => String, { nullable: true, description: 'Précisions (donnée sensible, 2 000 caractères au plus)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Diagnostic de la situation (bilan complet)' })
export class RecordDiagnosticInput {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;

  @Field(() => [BarrierInput], { description: 'Freins identifiés (chaque type une fois au plus)' })
  @IsArray()
  @ArrayMaxSize(9)
  @ArrayUnique((barrier: BarrierInput) => barrier.kind, { message: 'chaque type de frein ne peut figurer qu’une fois' })
  @ValidateNested({ each: true })
  @Type(() => BarrierInput)
  barriers: BarrierInput[];

  @Field(() => String, { nullable: true, description: 'Atouts et potentiels de la personne' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  strengths?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes du diagnostic (donnée sensible)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;

  @Field(() => OrientationPathway, { description: 'Parcours proposé' })
  @IsEnum(OrientationPathway)
  proposedPathway: OrientationPathway;
}
