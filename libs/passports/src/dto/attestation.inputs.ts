import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Trim } from '@tremplin/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ATTESTOR_NAME_MAX_LENGTH,
  ATTESTOR_ROLE_MAX_LENGTH,
  COMMENT_MAX_LENGTH,
  MAX_COMPETENCIES_PER_ATTESTATION,
} from '../domain/attestation-rules';

@InputType({ description: 'Une compétence montrée pendant la mission, avec son niveau' })
export class AttestedCompetencyInput {
  @Field({ description: 'Code de la compétence dans le référentiel (query `competencies`)' })
  @IsString()
  @MaxLength(60)
  competencyCode: string;

  /** The range 1..3 is checked by the domain, with a message that names the levels. */
  @Field(() => Int, { description: 'Niveau : 1 découverte, 2 pratique, 3 maîtrise' })
  @IsInt()
  level: number;

  @Field(() => String, { nullable: true, description: `Commentaire court (${COMMENT_MAX_LENGTH} caractères au plus)` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(COMMENT_MAX_LENGTH)
  comment?: string | null;
}

@InputType({ description: 'Attestation de compétences par la structure d’accueil de la mission' })
export class AttestCompetenciesInput {
  @Field(() => ID)
  @IsUUID()
  engagementId: string;

  @Field({ description: 'Nom de la personne qui atteste (imprimé sur le passeport)' })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(ATTESTOR_NAME_MAX_LENGTH)
  attestorName: string;

  @Field({ description: 'Sa fonction dans la structure (présidente, responsable des bénévoles…)' })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(ATTESTOR_ROLE_MAX_LENGTH)
  attestorRole: string;

  @Field(() => [AttestedCompetencyInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_COMPETENCIES_PER_ATTESTATION)
  @ValidateNested({ each: true })
  @Type(() => AttestedCompetencyInput)
  competencies: AttestedCompetencyInput[];
}

/** One competency of a passport entry. */
@ObjectType({ description: 'Compétence attestée, au niveau le plus récent' })
export class PassportCompetency {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field(() => Int, { description: '1 découverte, 2 pratique, 3 maîtrise' })
  level: number;

  @Field({ description: 'Découverte, Pratique ou Maîtrise' })
  levelLabel: string;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType({ description: 'Personne qui a attesté, pour la structure d’accueil' })
export class PassportAttestor {
  @Field()
  name: string;

  @Field()
  role: string;

  @Field()
  attestedAt: Date;
}
