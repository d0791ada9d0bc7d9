import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Beneficiary,
  BeneficiaryAccess,
  BeneficiaryLoaders,
  SensitiveAccessLog,
  SensitiveDataKind,
  localDateOf,
} from '@tremplin/beneficiaries';
import { Clock, CurrentUser } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { Diagnostic, DiagnosticBarrier } from './diagnostic.entity';
import { fileDeadlines } from './domain/deadlines';
import { BeneficiaryDeadlines } from './dto/deadline.types';
import { OrientationLoaders } from './orientation-loaders';
import { Orientation } from './orientation.entity';

/** The orientation side of a beneficiary's file: deadlines, diagnostics, decisions. */
@Resolver(() => Beneficiary)
export class BeneficiaryOrientationFieldsResolver {
  constructor(
    private readonly access: BeneficiaryAccess,
    private readonly loaders: OrientationLoaders,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => BeneficiaryDeadlines, { description: "Échéances d'orientation et d'accompagnement" })
  deadlines(@Parent() beneficiary: Beneficiary, @CurrentUser() viewer: AuthUser): BeneficiaryDeadlines {
    this.access.assertReadable(viewer, beneficiary);
    return fileDeadlines(beneficiary, localDateOf(this.clock.now()));
  }

  @ResolveField(() => [Diagnostic], { description: 'Diagnostics, du plus récent au plus ancien' })
  diagnostics(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Diagnostic[]> {
    this.access.assertReadable(viewer, beneficiary);
    return this.loaders.diagnosticsOf(context).load(beneficiary.id);
  }

  @ResolveField(() => Diagnostic, { nullable: true, description: 'Le diagnostic le plus récent' })
  async latestDiagnostic(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Diagnostic | null> {
    this.access.assertReadable(viewer, beneficiary);
    return (await this.loaders.diagnosticsOf(context).load(beneficiary.id))[0] ?? null;
  }

  @ResolveField(() => [Orientation], {
    description: 'Orientation et réorientations, de la plus récente à la plus ancienne',
  })
  orientations(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Orientation[]> {
    this.access.assertReadable(viewer, beneficiary);
    return this.loaders.orientationsOf(context).load(beneficiary.id);
  }

  @ResolveField(() => Orientation, { nullable: true, description: 'La décision en cours' })
  async currentOrientation(
    @Parent() beneficiary: Beneficiary,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<Orientation | null> {
    this.access.assertReadable(viewer, beneficiary);
    return (await this.loaders.orientationsOf(context).load(beneficiary.id))[0] ?? null;
  }
}

@Resolver(() => Diagnostic)
export class DiagnosticFieldsResolver {
  constructor(
    private readonly loaders: BeneficiaryLoaders,
    private readonly orientationLoaders: OrientationLoaders,
    private readonly accessLog: SensitiveAccessLog,
  ) {}

  @ResolveField(() => User, { nullable: true, description: 'Qui a réalisé le diagnostic' })
  author(@Parent() diagnostic: Diagnostic, @Context() context: object): Promise<User | null> {
    return this.loaders.user(context).load(diagnostic.authorId);
  }

  @ResolveField(() => [DiagnosticBarrier], {
    nullable: true,
    description:
      'Freins identifiés (donnée sensible) : réservés au référent de parcours et au service Insertion, chaque lecture est journalisée',
  })
  async barriers(
    @Parent() diagnostic: Diagnostic,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<DiagnosticBarrier[]> {
    await this.accessLog.authorize(context, viewer, {
      beneficiaryId: diagnostic.beneficiaryId,
      kind: SensitiveDataKind.DIAGNOSTIC_BARRIERS,
      recordId: diagnostic.id,
    });
    return this.orientationLoaders.barriersOf(context).load(diagnostic.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Notes du diagnostic (donnée sensible, lecture journalisée)',
  })
  async notes(
    @Parent() diagnostic: Diagnostic,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<string | null> {
    await this.accessLog.authorize(context, viewer, {
      beneficiaryId: diagnostic.beneficiaryId,
      kind: SensitiveDataKind.DIAGNOSTIC_NOTES,
      recordId: diagnostic.id,
    });
    return diagnostic.notes;
  }
}

@Resolver(() => Orientation)
export class OrientationFieldsResolver {
  constructor(
    private readonly loaders: BeneficiaryLoaders,
    private readonly accessLog: SensitiveAccessLog,
  ) {}

  @ResolveField(() => User, { description: 'Le référent unique désigné' })
  referent(@Parent() orientation: Orientation, @Context() context: object): Promise<User | null> {
    return this.loaders.user(context).load(orientation.referentId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Le référent précédent, en cas de passation' })
  previousReferent(@Parent() orientation: Orientation, @Context() context: object): Promise<User | null> | null {
    return orientation.previousReferentId ? this.loaders.user(context).load(orientation.previousReferentId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Qui a pris la décision' })
  decidedBy(@Parent() orientation: Orientation, @Context() context: object): Promise<User | null> {
    return this.loaders.user(context).load(orientation.decidedById);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Motif de la réorientation (donnée sensible, lecture journalisée)',
  })
  async reason(
    @Parent() orientation: Orientation,
    @CurrentUser() viewer: AuthUser,
    @Context() context: object,
  ): Promise<string | null> {
    if (!orientation.reason) return null;
    await this.accessLog.authorize(context, viewer, {
      beneficiaryId: orientation.beneficiaryId,
      kind: SensitiveDataKind.REORIENTATION_REASON,
      recordId: orientation.id,
    });
    return orientation.reason;
  }
}
