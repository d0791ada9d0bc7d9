import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyStaff, Public } from '@tremplin/core';
import { CommuneConnection, CommunesArgs, CompetenciesArgs } from './dto/referentials.args';
import { Commune, Competency, FormerCommune, Job, MissionDomain } from './referential.entities';
import { ReferentialsService } from './referentials.service';

@Resolver()
export class ReferentialsResolver {
  constructor(private readonly referentials: ReferentialsService) {}

  // Public: the association sign-up page (no session yet) offers them.
  @Public()
  @Query(() => [MissionDomain], { description: 'Les domaines des missions bénévoles' })
  missionDomains(): Promise<MissionDomain[]> {
    return this.referentials.listDomains();
  }

  @AnyStaff()
  @Query(() => [Competency], { description: 'Le référentiel de compétences' })
  competencies(@Args() args: CompetenciesArgs): Promise<Competency[]> {
    return this.referentials.listCompetencies(args.category);
  }

  @AnyStaff()
  @Query(() => [Job], { description: 'Les métiers visés (ROME) et les compétences qu’ils demandent' })
  jobs(): Promise<Job[]> {
    return this.referentials.listJobs();
  }

  // Public (open data): the association sign-up page finds the structure's commune by its name.
  @Public()
  @Query(() => CommuneConnection, { description: "Les communes de l'Ain" })
  communes(@Args() args: CommunesArgs): Promise<CommuneConnection> {
    return this.referentials.listCommunes(args);
  }
}

@Resolver(() => Commune)
export class CommuneResolver {
  constructor(private readonly referentials: ReferentialsService) {}

  @ResolveField(() => [FormerCommune], {
    description:
      'Les anciennes communes fusionnées dans celle-ci et son ancien nom (une recherche par ancien nom ou code la trouve)',
  })
  formerCommunes(@Parent() commune: Commune): Promise<FormerCommune[]> {
    return this.referentials.formerCommunesOf(commune.inseeCode);
  }
}
