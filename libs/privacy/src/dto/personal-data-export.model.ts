import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonalDataExportStatus } from '../domain/export-status';

registerEnumType(PersonalDataExportStatus, {
  name: 'PersonalDataExportStatus',
  description: 'Où en est un export des données d’une personne',
  valuesMap: {
    PENDING: { description: 'En préparation' },
    READY: { description: 'Prêt : les deux fichiers se téléchargent par leurs liens jusqu’à l’échéance' },
    EXPIRED: { description: 'Expiré : les fichiers ont été effacés' },
  },
});

@ObjectType('PersonalDataExport', {
  description: 'Export de toutes les données détenues sur une personne (droit d’accès, RGPD article 15)',
})
export class PersonalDataExportView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => PersonalDataExportStatus)
  status: PersonalDataExportStatus;

  @Field(() => String, { description: 'Libellé de l’état, en clair' })
  statusLabel: string;

  @Field({ description: 'Demandé le' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Produit le' })
  readyAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Fichiers effacés à partir du' })
  expiresAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Lien signé du fichier JSON (lisible par une machine), tant qu’il est prêt',
  })
  jsonUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Lien signé du document PDF en français, tant qu’il est prêt' })
  pdfUrl: string | null;
}
