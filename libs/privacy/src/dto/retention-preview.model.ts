import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { RETENTION_CATEGORY_LABELS, RetentionCategory } from '../domain/retention';

registerEnumType(RetentionCategory, {
  name: 'RetentionCategory',
  description: 'Ce que la tâche de fin de conservation efface',
  valuesMap: Object.fromEntries(
    Object.values(RetentionCategory).map((category) => [
      category,
      { description: RETENTION_CATEGORY_LABELS[category] },
    ]),
  ),
});

@ArgsType()
export class AnonymisationPreviewArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Durée de conservation après la sortie du dispositif à simuler, en mois (par défaut : le réglage RETENTION_MONTHS_AFTER_EXIT)',
  })
  @IsOptional()
  @IsInt({ message: 'doit être un nombre entier de mois' })
  @Min(0, { message: 'doit être un nombre de mois positif ou nul' })
  @Max(240, { message: 'doit être au plus 240 mois (20 ans)' })
  retentionMonths?: number | null;
}

@ObjectType('RetentionCount', { description: 'Une ligne de la simulation : une catégorie et son nombre' })
export class RetentionCountView {
  @Field(() => RetentionCategory)
  category: RetentionCategory;

  @Field({ description: 'La catégorie, en clair' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('RetentionRun', { description: 'Un passage terminé de la tâche de fin de conservation' })
export class RetentionRunView {
  @Field()
  startedAt: Date;

  @Field()
  finishedAt: Date;

  @Field(() => Int)
  anonymisedPeople: number;

  @Field(() => Int)
  accessLogDeleted: number;

  @Field(() => Int)
  emailsDeleted: number;

  @Field(() => Int)
  emailsStripped: number;
}

@ObjectType('AnonymisationPreview', {
  description:
    'Simulation de la tâche de fin de conservation : ce qu’elle effacerait maintenant, sans rien effacer (RGPD, limitation de la conservation)',
})
export class AnonymisationPreviewView {
  @Field(() => Int, { description: 'Mois de conservation d’un dossier après la sortie du dispositif' })
  retentionMonthsAfterExit: number;

  @Field(() => Int, { description: 'Mois de conservation du journal des accès' })
  accessLogRetentionMonths: number;

  @Field(() => Int, { description: 'Mois de conservation des traces d’e-mails envoyés' })
  emailRetentionMonths: number;

  @Field({ description: 'Les personnes sorties du dispositif avant cet instant sont anonymisées' })
  exitedBefore: Date;

  @Field({ description: 'Les lectures du journal des accès antérieures à cet instant sont supprimées' })
  accessLogBefore: Date;

  @Field({ description: 'Les traces d’e-mails antérieures à cet instant sont supprimées ou vidées' })
  emailsBefore: Date;

  @Field(() => [RetentionCountView], { description: 'Une ligne par catégorie (liste fermée)' })
  counts: RetentionCountView[];

  @Field(() => Int, { description: 'Dossiers déjà anonymisés' })
  anonymisedSoFar: number;

  @Field(() => Date, {
    nullable: true,
    description: 'Date du dernier accord donné à la tâche (aucun : elle n’efface rien)',
  })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Qui a donné ce dernier accord' })
  approvedByName: string | null;

  @Field(() => RetentionRunView, { nullable: true, description: 'Le dernier passage terminé de la tâche' })
  lastRun: RetentionRunView | null;

  @Field({
    description:
      'Vrai quand la tâche quotidienne applique les réglages actuels (accord donné, et aucun réglage raccourci depuis)',
  })
  active: boolean;
}
