import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { RETENTION_CATEGORY_LABELS } from './domain/retention';
import { AnonymisationPreviewArgs, AnonymisationPreviewView } from './dto/retention-preview.model';
import { PersonalDataReader } from './personal-data-reader';
import { RetentionPreview, RetentionService } from './retention.service';

@Resolver(() => AnonymisationPreviewView)
export class RetentionResolver {
  constructor(
    private readonly retention: RetentionService,
    private readonly reader: PersonalDataReader,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => AnonymisationPreviewView, {
    description:
      'Simulation de la tâche de fin de conservation (anonymisation des dossiers, purge du journal des accès et des traces d’e-mails) : ce qu’elle effacerait maintenant, catégorie par catégorie, sans rien effacer',
  })
  async anonymisationPreview(@Args() { retentionMonths }: AnonymisationPreviewArgs): Promise<AnonymisationPreviewView> {
    return this.view(await this.retention.preview({ monthsAfterExit: retentionMonths }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AnonymisationPreviewView, {
    description:
      'Donne l’accord du service Insertion à la tâche de fin de conservation, avec les réglages actuels, après lecture de sa simulation : rien n’est effacé avant',
  })
  async approveAnonymisation(@CurrentUser() viewer: AuthUser): Promise<AnonymisationPreviewView> {
    return this.view(await this.retention.approve(viewer));
  }

  private async view(preview: RetentionPreview): Promise<AnonymisationPreviewView> {
    return {
      retentionMonthsAfterExit: preview.settings.monthsAfterExit,
      accessLogRetentionMonths: preview.settings.accessLogMonths,
      emailRetentionMonths: preview.settings.emailMonths,
      exitedBefore: preview.exitedBefore,
      accessLogBefore: preview.accessLogBefore,
      emailsBefore: preview.emailsBefore,
      counts: preview.counts.map(({ category, count }) => ({
        category,
        count,
        label: RETENTION_CATEGORY_LABELS[category],
      })),
      anonymisedSoFar: preview.anonymisedSoFar,
      approvedAt: preview.approval?.approvedAt ?? null,
      approvedByName: preview.approval ? await this.reader.staffName(preview.approval.approvedById) : null,
      lastRun: preview.lastRun,
      active: preview.active,
    };
  }
}
