import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BeneficiaryLoaders } from '@tremplin/beneficiaries';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Competency } from '@tremplin/referentials';
import { CompetencyAttestation, PassportAttestation } from './attestation.entity';
import { AttestationsService } from './attestations.service';
import { LEVEL_LABELS, isLevel } from './domain/competency-level';
import { AttestCompetenciesInput } from './dto/attestation.inputs';
import { PassportLoaders } from './passport-loaders';

@Resolver(() => PassportAttestation)
export class AttestationsResolver {
  constructor(
    private readonly service: AttestationsService,
    private readonly loaders: PassportLoaders,
  ) {}

  @Roles(Role.ASSOCIATION)
  @Mutation(() => PassportAttestation, {
    description:
      'Atteste les compétences montrées pendant une mission de votre structure (niveau 1 découverte, 2 pratique, 3 maîtrise) ; la personne reçoit son Passeport Bénévole par e-mail',
  })
  attestCompetencies(
    @Args('input') input: AttestCompetenciesInput,
    @CurrentUser() viewer: AuthUser,
  ): Promise<PassportAttestation> {
    return this.service.attest(viewer, input);
  }

  @ResolveField(() => [CompetencyAttestation])
  competencies(
    @Parent() attestation: PassportAttestation,
    @Context() context: object,
  ): Promise<CompetencyAttestation[]> {
    return this.loaders.competenciesOf(context).load(attestation.id);
  }
}

@Resolver(() => CompetencyAttestation)
export class CompetencyAttestationResolver {
  constructor(private readonly loaders: BeneficiaryLoaders) {}

  @ResolveField(() => Competency, { nullable: true })
  async competency(@Parent() row: CompetencyAttestation, @Context() context: object): Promise<Competency | null> {
    return (await this.loaders.competencies(context)).get(row.competencyCode) ?? null;
  }

  @ResolveField(() => String, { description: 'Découverte, Pratique ou Maîtrise' })
  levelLabel(@Parent() row: CompetencyAttestation): string {
    return isLevel(row.level) ? LEVEL_LABELS[row.level] : String(row.level);
  }
}
