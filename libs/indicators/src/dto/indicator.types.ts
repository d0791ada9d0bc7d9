import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@tremplin/core';
import { IsOptional, IsString, IsUUID } from 'class-validator';
import { IndicatorKind } from '../domain/indicator-definitions';

registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'Nature d’un indicateur',
  valuesMap: {
    COUNT: { description: 'Un nombre (de personnes, d’actions, d’événements)' },
    SHARE: { description: 'Une part : numérateur sur dénominateur, en pourcentage' },
    INDEX: { description: 'Un indice de diversité entre 0 et 1' },
  },
});

@ArgsType()
export class IndicatorsArgs {
  @Field(() => LocalDateScalar, { description: 'Premier jour de la période (inclus)' })
  @IsString()
  from: string;

  @Field(() => LocalDateScalar, { description: 'Premier jour après la période (exclu) ; 5 ans au plus après `from`' })
  @IsString()
  to: string;

  @Field(() => ID, { nullable: true, description: 'Territoire (CDS) ; absent : l’ensemble du département' })
  @IsOptional()
  @IsUUID()
  territoryId?: string | null;
}

@ArgsType()
export class IndicatorHistoryArgs {
  @Field(() => LocalDateScalar, { description: 'Premier mois (un jour quelconque du mois)' })
  @IsString()
  fromMonth: string;

  @Field(() => LocalDateScalar, { description: 'Dernier mois, inclus (un jour quelconque du mois)' })
  @IsString()
  toMonth: string;

  @Field(() => ID, { nullable: true, description: 'Territoire (CDS) ; absent : l’ensemble du département' })
  @IsOptional()
  @IsUUID()
  territoryId?: string | null;
}

@ObjectType({ description: 'Valeur d’un indicateur, avec sa définition ; les petits effectifs sont protégés' })
export class IndicatorValue {
  @Field({ description: 'Code de l’indicateur dans le Plan insertion 01 (A5-1…)' })
  code: string;

  @Field({ description: 'Action du plan' })
  action: string;

  @Field(() => IndicatorKind)
  kind: IndicatorKind;

  @Field()
  label: string;

  @Field({ description: 'La formule en mots : ce qui est compté, à partir de quelles données, à quelle date' })
  definition: string;

  @Field()
  unit: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Nombre ; part en pourcentage (arrondie au dixième) ; indice (arrondi au centième). Null si non diffusé',
  })
  value: number | null;

  @Field(() => Int, { nullable: true })
  numerator: number | null;

  @Field(() => Int, { nullable: true })
  denominator: number | null;

  @Field(() => String, { nullable: true, description: 'Ce que compte le numérateur (parts et indices)' })
  numeratorLabel: string | null;

  @Field(() => String, { nullable: true, description: 'Ce que compte le dénominateur (parts et indices)' })
  denominatorLabel: string | null;

  @Field({ description: 'La valeur telle qu’affichée : « 12 », « < 5 », « 62,5 % », « non diffusé »' })
  display: string;

  @Field(() => String, { nullable: true })
  numeratorDisplay: string | null;

  @Field(() => String, { nullable: true })
  denominatorDisplay: string | null;

  @Field({ description: 'Vrai quand la règle des petits effectifs a masqué une partie de la valeur' })
  masked: boolean;
}

@ObjectType({ description: 'Un nombre, masqué (« < 5 ») sous le seuil des petits effectifs' })
export class IndicatorCount {
  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field()
  display: string;
}

@ObjectType({ description: 'Ligne d’une répartition (par domaine, par structure, par compétence)' })
export class IndicatorBreakdownItem {
  @Field({ description: 'Code du domaine ou de la compétence, identifiant de la structure' })
  key: string;

  @Field()
  label: string;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field()
  display: string;
}

@ObjectType({ description: 'Échanges entre les structures d’accueil et un CDS pendant un mois' })
export class IndicatorExchange {
  @Field(() => ID)
  territoryId: string;

  @Field()
  territoryName: string;

  @Field(() => LocalDateScalar, { description: 'Premier jour du mois' })
  month: string;

  @Field()
  monthLabel: string;

  @Field(() => IndicatorCount, { description: 'Propositions de mission envoyées' })
  proposals: IndicatorCount;

  @Field(() => IndicatorCount, { description: 'Entretiens tripartites tenus' })
  interviews: IndicatorCount;

  @Field(() => IndicatorCount, { description: 'Messages envoyés aux structures d’accueil' })
  messages: IndicatorCount;

  @Field(() => IndicatorCount)
  total: IndicatorCount;
}

@ObjectType({ description: 'Valeur mensuelle d’un indicateur de l’Action 5' })
export class IndicatorMonthlyPoint {
  @Field(() => LocalDateScalar)
  month: string;

  @Field()
  monthLabel: string;

  @Field()
  code: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  display: string;
}

@ObjectType({ description: 'Mission de la carte : domaine, lieu, structure d’accueil' })
export class IndicatorMissionPoint {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  domainCode: string;

  @Field()
  domainLabel: string;

  @Field()
  hostName: string;

  @Field()
  communeName: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;
}

@ObjectType({ description: 'Les indicateurs du Plan insertion 01 pour une période et un territoire' })
export class IndicatorReport {
  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar, { description: 'Premier jour après la période (exclu)' })
  to: string;

  @Field({ description: '« du 01/01/2026 au 31/03/2026 »' })
  periodLabel: string;

  @Field(() => ID, { nullable: true, description: 'Null : l’ensemble du département' })
  territoryId: string | null;

  @Field()
  scopeLabel: string;

  @Field()
  computedAt: Date;

  @Field({ description: 'Vrai pour le service Insertion : les petits effectifs ne sont pas masqués' })
  exactFigures: boolean;

  @Field(() => [IndicatorValue])
  values: IndicatorValue[];

  @Field(() => [IndicatorBreakdownItem], { description: 'A5-Q1 : missions confiées par domaine d’action' })
  missionsByDomain: IndicatorBreakdownItem[];

  @Field(() => [IndicatorBreakdownItem], { description: 'A5-Q1 : missions confiées par structure d’accueil' })
  missionsByHost: IndicatorBreakdownItem[];

  @Field(() => [IndicatorBreakdownItem], { description: 'A5-Q3 : compétences attestées, par compétence' })
  competenciesAttested: IndicatorBreakdownItem[];

  @Field(() => [IndicatorExchange], { description: 'A5-Q2 : échanges par territoire et par mois' })
  exchanges: IndicatorExchange[];

  @Field(() => [IndicatorMonthlyPoint], { description: 'Série mensuelle de A5-1 à A5-4' })
  monthly: IndicatorMonthlyPoint[];

  @Field(() => [IndicatorMissionPoint], { description: 'Missions ouvertes pendant la période (carte)' })
  missions: IndicatorMissionPoint[];
}

@ObjectType({ description: 'Valeur d’un indicateur pour un mois, telle qu’enregistrée par le calcul de nuit' })
export class IndicatorSnapshotValue {
  @Field(() => LocalDateScalar, { description: 'Premier jour du mois' })
  month: string;

  @Field()
  monthLabel: string;

  @Field()
  code: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Int, { nullable: true })
  numerator: number | null;

  @Field(() => Int, { nullable: true })
  denominator: number | null;

  @Field()
  display: string;

  @Field()
  masked: boolean;

  @Field({ description: 'Date du calcul' })
  computedAt: Date;
}
