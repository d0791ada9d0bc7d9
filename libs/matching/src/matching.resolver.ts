import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { BeneficiaryIdArgs } from '@tremplin/beneficiaries';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import {
  CandidateSuggestionConnection,
  CandidateSuggestionsArgs,
  MissionSuggestionConnection,
  MissionSuggestionsArgs,
} from './dto/suggestion.types';
import { SuggestionsService } from './suggestions.service';

/** Suggestions computed by the matching worker (the service checks who may see whose). */
@Resolver()
export class MatchingResolver {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => MissionSuggestionConnection, {
    description:
      'Les missions suggérées à une personne, de la plus adaptée à la moins adaptée, avec le détail du score et ses raisons (son référent, le responsable de son territoire, le service Insertion)',
  })
  missionSuggestions(
    @Args() args: MissionSuggestionsArgs,
    @CurrentUser() viewer: AuthUser,
  ): Promise<MissionSuggestionConnection> {
    return this.suggestions.missionSuggestions(viewer, args);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.ASSOCIATION)
  @Query(() => CandidateSuggestionConnection, {
    description:
      "Les personnes à qui une mission conviendrait, de la plus adaptée à la moins adaptée ; pour l'association de la mission, seulement leur nombre et des profils anonymes",
  })
  candidateSuggestions(
    @Args() args: CandidateSuggestionsArgs,
    @CurrentUser() viewer: AuthUser,
  ): Promise<CandidateSuggestionConnection> {
    return this.suggestions.candidateSuggestions(viewer, args);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => Boolean, { description: 'Demande le recalcul immédiat des suggestions d’une personne' })
  refreshMatches(@Args() { beneficiaryId }: BeneficiaryIdArgs, @CurrentUser() viewer: AuthUser): Promise<boolean> {
    return this.suggestions.refresh(viewer, beneficiaryId);
  }
}
