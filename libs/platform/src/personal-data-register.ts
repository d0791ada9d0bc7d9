import {
  PERSONAL_DATA_CATEGORY_LABELS,
  PersonalDataCategory,
  SnakeNamingStrategy,
  personalColumnsOf,
} from '@tremplin/core';
import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from './registry';

/**
 * The register of processing (`docs/registre-des-traitements.md`) against the code: its table of
 * personal columns must be exactly the columns marked `@PersonalData` in the entities, and a
 * column whose name looks personal must be marked or listed below as not personal, with why.
 */
export const REGISTER_PATH = 'docs/registre-des-traitements.md';
export const REGISTER_START = '<!-- personal-columns:start -->';
export const REGISTER_END = '<!-- personal-columns:end -->';

export interface EntityColumn {
  /** `beneficiary.first_name` */
  key: string;
  property: string;
  category: PersonalDataCategory | null;
}

/** Names that usually hold personal data: such a column must be marked, or listed in NOT_PERSONAL. */
export const PERSONAL_LOOKING =
  /name|email|phone|address|birth|civility|note|message|reason|comment|summary|detail|strength|headline|explanation|payload|data$|error|json|pdf|latitude|longitude|url|attestor|login|password|rna|siret/i;

/** Columns whose name looks personal but which hold none, and why. */
export const NOT_PERSONAL: Readonly<Record<string, string>> = {
  'association.name': 'nom d’une personne morale',
  'association.address': 'adresse du siège d’une personne morale',
  'association.email': 'adresse générique de la structure',
  'association.phone': 'standard de la structure',
  'association.rna': 'identifiant d’une association',
  'association.siret': 'identifiant d’un établissement',
  'association.rejection_reason': 'motif de refus d’une structure',
  'mission.address': 'lieu de la mission',
  'mission.latitude': 'lieu de la mission',
  'mission.longitude': 'lieu de la mission',
  'mission_transition.reason': 'motif de modération d’une mission',
  'commune.name': 'référentiel',
  'former_commune.name': 'référentiel (nom d’une ancienne commune)',
  'commune.latitude': 'référentiel',
  'commune.longitude': 'référentiel',
  'territory.name': 'référentiel',
  'interview_availability.place_label': 'lieu de l’entretien (CDS, structure ou visio)',
  'interview_availability.place_address': 'lieu de l’entretien',
  'interview_availability.latitude': 'lieu de l’entretien',
  'interview_availability.longitude': 'lieu de l’entretien',
  'interview_availability.video_url': 'salle de visioconférence du coordinateur',
  'interview.place_label': 'lieu de l’entretien (CDS, structure ou visio)',
  'interview.place_address': 'lieu de l’entretien',
  'interview.latitude': 'lieu de l’entretien',
  'interview.longitude': 'lieu de l’entretien',
  'interview.video_url': 'salle de visioconférence du coordinateur',
  'mission.summary': 'résumé d’une mission',
  'app_user.password_set_at': 'date technique du compte',
  'email_message.message_id': 'identifiant technique de l’e-mail (en-tête Message-ID)',
  'proposal.message_id': 'identifiant technique de l’e-mail de la proposition',
  'outbox_job.job_name': 'nom d’une tâche',
  'outbox_job.payload': 'identifiants des enregistrements à traiter, jamais de donnée en clair',
  'email_message.last_error': 'réponse technique du relais SMTP',
  'outbox_job.last_error': 'message technique de la dernière erreur d’une tâche',
  'proposal.email_failed_at': 'date technique du refus de l’e-mail de la proposition',
  'proposal.email_failure': 'réponse technique du relais SMTP à l’e-mail de la proposition',
  'indicator_snapshot.breakdown': 'agrégats, petits effectifs masqués',
  'retention_approval.email_months': 'durée de conservation des traces d’e-mails (réglage)',
  'retention_run.emails_deleted': 'nombre de traces d’e-mails supprimées par la tâche de conservation',
  'retention_run.emails_stripped': 'nombre de traces d’e-mails vidées de leur contenu par la tâche de conservation',
};

const naming = new SnakeNamingStrategy();

/** Every column of every entity of the platform, with its mark. */
export function entityColumns(entities: readonly object[] = ENTITIES): EntityColumn[] {
  const storage = getMetadataArgsStorage();
  return entities
    .flatMap((entity) => {
      const table = storage.tables.find((t) => t.target === entity);
      if (!table) return [];
      const tableName = naming.tableName((entity as { name: string }).name, table.name);
      const marks = personalColumnsOf(entity);
      return storage.columns
        .filter((column) => column.target === entity)
        .map((column) => ({
          key: `${tableName}.${naming.columnName(column.propertyName, column.options.name, [])}`,
          property: column.propertyName,
          category: marks.get(column.propertyName) ?? null,
        }));
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The register's table of personal columns, as it must read. */
export function renderPersonalColumns(columns: readonly EntityColumn[] = entityColumns()): string {
  const rows = columns
    .filter((column) => column.category)
    .map((column) => {
      const category = column.category as PersonalDataCategory;
      return `| \`${column.key}\` | ${category} | ${PERSONAL_DATA_CATEGORY_LABELS[category]} |`;
    });
  return ['| colonne | catégorie | libellé |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The section of the register between its markers. */
export function registerSection(register: string): string {
  const start = register.indexOf(REGISTER_START);
  const end = register.indexOf(REGISTER_END);
  if (start < 0 || end < start) throw new Error(`${REGISTER_PATH} has no ${REGISTER_START} … ${REGISTER_END} section`);
  return register.slice(start + REGISTER_START.length, end);
}
