import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType } from '@tremplin/core';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Beneficiary } from '../beneficiary.entity';
import { BeneficiaryStatus, OrientationStatus } from '../domain/beneficiary-profile';
import { BeneficiarySort, CaseloadStage } from '../domain/caseload';
import './beneficiary.enums';

@ArgsType()
export class BeneficiariesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Territoire (CDS) de résidence' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @Field(() => ID, { nullable: true, description: 'Référent de parcours' })
  @IsOptional()
  @IsUUID()
  referentId?: string;

  @Field(() => OrientationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrientationStatus)
  orientationStatus?: OrientationStatus;

  @Field(() => BeneficiaryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BeneficiaryStatus)
  status?: BeneficiaryStatus;

  @Field({
    nullable: true,
    description:
      "true : seulement les dossiers en retard (orientation ou accompagnement) ; false : seulement ceux à l'heure",
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({ nullable: true, description: "true : seulement les personnes d'accord pour recevoir des propositions" })
  @IsOptional()
  @IsBoolean()
  volunteeringConsent?: boolean;

  @Field({ nullable: true, description: 'Recherche dans le nom et le prénom, sans tenir compte des accents' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => CaseloadStage, { nullable: true, description: 'Seulement les personnes à cette étape du parcours' })
  @IsOptional()
  @IsEnum(CaseloadStage)
  stage?: CaseloadStage;

  @Field(() => BeneficiarySort, {
    nullable: true,
    defaultValue: BeneficiarySort.NAME,
    description: 'Ordre de la liste',
  })
  @IsOptional()
  @IsEnum(BeneficiarySort)
  sort?: BeneficiarySort;
}

@ArgsType()
export class ReferentDashboardArgs {
  @Field(() => ID, { nullable: true, description: 'Territoire (CDS) de résidence' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @Field(() => ID, { nullable: true, description: 'Référent de parcours' })
  @IsOptional()
  @IsUUID()
  referentId?: string;
}

@ObjectType({
  description:
    'Les compteurs de l’accueil du référent, sur les dossiers en cours de suivi qu’il peut voir ; chacun correspond à un filtre de `beneficiaries`',
})
export class ReferentDashboard {
  @Field(() => Int, { description: 'Dossiers en cours de suivi' })
  active: number;

  @Field(() => Int, { description: 'À orienter avant l’échéance d’un mois (stage: TO_ORIENT)' })
  toOrient: number;

  @Field(() => Int, { description: 'En retard, orientation ou accompagnement (overdue: true)' })
  overdue: number;

  @Field(() => Int, { description: 'Propositions qui attendent une réponse (stage: AWAITING_ANSWER)' })
  awaitingAnswer: number;

  @Field(() => Int, {
    description: 'Propositions acceptées sans entretien réservé (stage: ACCEPTED_WITHOUT_INTERVIEW)',
  })
  acceptedWithoutInterview: number;

  @Field(() => Int, { description: 'Entretiens tripartites cette semaine (stage: INTERVIEW_THIS_WEEK)' })
  interviewsThisWeek: number;

  @Field(() => Int, { description: 'Missions en cours à suivre (stage: ENGAGEMENT_IN_PROGRESS)' })
  engagementsInProgress: number;

  @Field(() => Int, { description: 'Suites à enregistrer après une mission (stage: OUTCOME_TO_RECORD)' })
  outcomesToRecord: number;
}

@ObjectType()
export class BeneficiaryConnection extends ConnectionType(Beneficiary) {}
