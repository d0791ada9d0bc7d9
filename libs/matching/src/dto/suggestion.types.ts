import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType } from '@tremplin/core';
import { Mission } from '@tremplin/missions';
import { IsUUID } from 'class-validator';

@ArgsType()
export class MissionSuggestionsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;
}

@ArgsType()
export class CandidateSuggestionsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  missionId: string;
}

@ObjectType('MatchBreakdown', { description: 'Détail du score : chaque critère entre 0 et 1' })
export class MatchBreakdownType {
  @Field(() => Float, { description: 'Adéquation au projet professionnel (compétences utiles aux métiers visés)' })
  projectFit: number;

  @Field(() => Float, { description: "Centres d'intérêt (domaine de la mission)" })
  interestFit: number;

  @Field(() => Float, { description: 'Proximité (décroît avec la distance, selon le moyen de déplacement)' })
  proximity: number;

  @Field(() => Float, { description: 'Part des créneaux de la mission où la personne est disponible' })
  scheduleFit: number;

  @Field(() => Float, { description: 'Répartition : baisse quand beaucoup de propositions attendent déjà' })
  fairShare: number;

  @Field(() => Float, { description: 'Découverte : domaine pas encore essayé' })
  novelty: number;

  @Field(() => Float, { nullable: true, description: 'Distance en km (vide pour une mission à distance)' })
  distanceKm: number | null;
}

@ObjectType({ description: 'Mission suggérée à une personne, avec son score et ses raisons' })
export class MissionSuggestion {
  @Field(() => Int, { description: 'Rang (1 = la meilleure)' })
  rank: number;

  @Field(() => Float, { description: 'Score de 0 à 100' })
  score: number;

  @Field(() => MatchBreakdownType)
  breakdown: MatchBreakdownType;

  @Field(() => [String], { description: '1 à 3 phrases expliquant la suggestion' })
  explanation: string[];

  @Field({ description: 'Date du calcul' })
  computedAt: Date;

  @Field(() => Mission)
  mission: Mission;
}

@ObjectType()
export class MissionSuggestionConnection extends ConnectionType(MissionSuggestion) {
  @Field(() => Date, { nullable: true, description: 'Date du dernier calcul (vide : pas encore calculé)' })
  computedAt: Date | null;

  @Field(() => [String], {
    description: 'Pourquoi aucune mission ne peut être suggérée (par exemple « Disponibilités non renseignées »)',
  })
  unmatchedReasons: string[];
}

@ObjectType({
  description: 'Ce qu’une association voit d’une personne à qui sa mission conviendrait : rien qui l’identifie',
})
export class AnonymousCandidateProfile {
  @Field(() => String, { nullable: true, description: 'Distance approximative (« de 5 à 15 km »)' })
  distanceBand: string | null;
}

@ObjectType({ description: 'Personne à qui une mission conviendrait' })
export class CandidateSuggestion {
  @Field(() => Float, { description: 'Score de 0 à 100' })
  score: number;

  @Field(() => MatchBreakdownType, {
    nullable: true,
    description: 'Détail du score (vide pour une association : il révélerait le profil de la personne)',
  })
  breakdown: MatchBreakdownType | null;

  @Field({ description: 'Date du calcul' })
  computedAt: Date;

  @Field(() => ID, { nullable: true, description: 'Identifiant du dossier (vide pour une association)' })
  beneficiaryId: string | null;

  @Field(() => String, { nullable: true, description: 'Prénom et initiale (vide pour une association)' })
  displayName: string | null;

  @Field(() => [String], { nullable: true, description: 'Raisons de la suggestion (vide pour une association)' })
  explanation: string[] | null;

  @Field(() => AnonymousCandidateProfile)
  profile: AnonymousCandidateProfile;
}

@ObjectType()
export class CandidateSuggestionConnection extends ConnectionType(CandidateSuggestion) {}
