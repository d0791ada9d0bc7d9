import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType, LocalDateScalar, Trim } from '@tremplin/core';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  EngagementStatus,
  MAX_HOURS_DONE,
  MAX_PLANNED_HOURS,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
} from '../domain/engagement-status';
import { Engagement } from '../engagement.entity';
import './passport.enums';

@InputType({ description: 'Début de la mission, après un entretien tripartite réalisé' })
export class StartEngagementInput {
  @Field(() => ID, { description: 'L’entretien tripartite réalisé (statut HELD)' })
  @IsUUID()
  interviewId: string;

  @Field(() => LocalDateScalar, { description: 'Premier jour de la mission (pas avant l’entretien)' })
  @IsString()
  startDate: string;

  @Field(() => Int, { description: `Heures de bénévolat prévues (1 à ${MAX_PLANNED_HOURS})` })
  @IsInt()
  @Min(1)
  @Max(MAX_PLANNED_HOURS)
  plannedHours: number;
}

@InputType({ description: 'La mission est allée à son terme' })
export class CompleteEngagementInput {
  @Field(() => ID)
  @IsUUID()
  engagementId: string;

  @Field(() => LocalDateScalar, { description: 'Dernier jour de la mission (ni avant son début, ni dans le futur)' })
  @IsString()
  endDate: string;

  @Field(() => Int, { description: 'Heures de bénévolat réalisées' })
  @IsInt()
  @Min(0)
  @Max(MAX_HOURS_DONE)
  hoursDone: number;
}

@InputType({ description: 'La mission s’est arrêtée avant son terme' })
export class AbandonEngagementInput {
  @Field(() => ID)
  @IsUUID()
  engagementId: string;

  @Field(() => LocalDateScalar, { description: 'Date de l’arrêt' })
  @IsString()
  endDate: string;

  @Field(() => Int, { nullable: true, description: 'Heures réalisées avant l’arrêt, si on les connaît' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_HOURS_DONE)
  hoursDone?: number | null;

  @Field({
    description:
      'Motif de l’arrêt, en quelques mots (lu par la structure d’accueil : pas de donnée de santé ni de détail personnel)',
  })
  @Trim()
  @IsString()
  @MinLength(REASON_MIN_LENGTH)
  @MaxLength(REASON_MAX_LENGTH)
  reason: string;
}

@InputType({ description: 'La mission n’a finalement pas eu lieu : elle est annulée et sa place rendue' })
export class WithdrawEngagementInput {
  @Field(() => ID)
  @IsUUID()
  engagementId: string;

  @Field({ description: 'Motif de l’annulation (sans donnée de santé ni détail personnel)' })
  @Trim()
  @IsString()
  @MinLength(REASON_MIN_LENGTH)
  @MaxLength(REASON_MAX_LENGTH)
  reason: string;
}

@ArgsType()
export class EngagementsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Les missions d’une personne' })
  @IsOptional()
  @IsUUID()
  beneficiaryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Les bénévoles d’une mission' })
  @IsOptional()
  @IsUUID()
  missionId?: string | null;

  @Field(() => EngagementStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EngagementStatus)
  status?: EngagementStatus | null;
}

@ObjectType()
export class EngagementConnection extends ConnectionType(Engagement) {}

/** The person on a mission, as the viewer may see them (an association sees the first name and contact). */
@ObjectType({ description: 'La personne bénévole, telle que vous pouvez la voir' })
export class EngagementVolunteer {
  @Field(() => ID)
  beneficiaryId: string;

  @Field()
  firstName: string;

  @Field(() => String, { nullable: true, description: 'Nom : pour l’équipe qui suit la personne seulement' })
  lastName: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}
