import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { BeneficiaryLoaders } from './beneficiary-loaders';
import { SENSITIVE_DATA_KIND_LABELS } from './domain/sensitive-data';
import { SensitiveDataAccessArgs, SensitiveDataAccessConnection } from './dto/sensitive-data-access.args';
import { SensitiveDataAccess } from './sensitive-data-access.entity';
import { SensitiveAccessLog } from './sensitive-access-log.service';

/** The access log of sensitive data, for the service Insertion (RGPD accountability). */
@Resolver(() => SensitiveDataAccess)
export class SensitiveAccessLogResolver {
  constructor(
    private readonly accessLog: SensitiveAccessLog,
    private readonly loaders: BeneficiaryLoaders,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => SensitiveDataAccessConnection, {
    description:
      'Journal des lectures de données sensibles (qui, quand, quelle personne, quelle donnée), du plus récent au plus ancien',
  })
  sensitiveDataAccessLog(@Args() args: SensitiveDataAccessArgs): Promise<SensitiveDataAccessConnection> {
    return this.accessLog.list(args);
  }

  @ResolveField(() => User, { nullable: true, description: 'Qui a consulté' })
  user(@Parent() access: SensitiveDataAccess, @Context() context: object): Promise<User | null> {
    return this.loaders.user(context).load(access.userId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Prénom et nom de la personne dont la donnée a été lue (null si son dossier n’existe plus)',
  })
  async beneficiaryName(@Parent() access: SensitiveDataAccess, @Context() context: object): Promise<string | null> {
    const beneficiary = await this.loaders.beneficiary(context).load(access.beneficiaryId);
    return beneficiary ? `${beneficiary.firstName} ${beneficiary.lastName}` : null;
  }

  @ResolveField(() => String, { description: 'Donnée consultée, en clair' })
  dataKindLabel(@Parent() access: SensitiveDataAccess): string {
    return SENSITIVE_DATA_KIND_LABELS[access.dataKind];
  }
}
