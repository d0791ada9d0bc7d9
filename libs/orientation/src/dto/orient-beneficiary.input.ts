import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { OrientationPathway } from '../domain/pathway';
import './orientation.enums';

@InputType({ description: 'Décision d’orientation, appuyée sur le dernier diagnostic' })
export class OrientBeneficiaryInput {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;

  @Field(() => OrientationPathway)
  @IsEnum(OrientationPathway)
  pathway: OrientationPathway;

  @Field({ description: 'Organisme du référent unique, par exemple « France Travail Oyonnax » ou « CDS Belley »' })
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  organism: string;

  @Field(() => ID, { description: 'Le référent unique de parcours désigné' })
  @IsUUID()
  referentId: string;
}

@InputType({ description: 'Réorientation : demande un nouveau diagnostic, réalisé après l’orientation en cours' })
export class ReorientBeneficiaryInput extends OrientBeneficiaryInput {
  @Field({
    description: 'Motif de la réorientation (donnée sensible : lisible par le référent et le service Insertion)',
  })
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  reason: string;
}
