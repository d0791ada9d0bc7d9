import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { BeneficiaryIdArgs } from '@tremplin/beneficiaries';
import { CurrentUser, IdArgs, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { PersonalDataExportView } from './dto/personal-data-export.model';
import { PersonalDataExports } from './personal-data-exports.service';

@Resolver(() => PersonalDataExportView)
export class PersonalDataExportsResolver {
  constructor(private readonly exports: PersonalDataExports) {}

  @Roles(Role.ADMIN, Role.REFERENT)
  @Mutation(() => PersonalDataExportView, {
    description:
      'Demande l’export de toutes les données détenues sur une personne que vous suivez (droit d’accès) : un fichier JSON et un PDF, produits en arrière-plan, inscrits au carnet de bord et au journal d’accès',
  })
  requestPersonalDataExport(
    @Args() { beneficiaryId }: BeneficiaryIdArgs,
    @CurrentUser() viewer: AuthUser,
  ): Promise<PersonalDataExportView> {
    return this.exports.request(viewer, beneficiaryId);
  }

  @Roles(Role.ADMIN, Role.REFERENT)
  @Query(() => PersonalDataExportView, {
    description: 'Où en est un export des données d’une personne, avec les liens de ses fichiers une fois prêt',
  })
  personalDataExport(@Args() { id }: IdArgs, @CurrentUser() viewer: AuthUser): Promise<PersonalDataExportView> {
    return this.exports.find(viewer, id);
  }
}
