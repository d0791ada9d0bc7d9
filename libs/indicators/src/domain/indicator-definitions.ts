/**
 * The indicators of the Plan insertion 01 that the platform computes (design §6, source document
 * « Indicateurs de suivi » of Actions 1, 2 and 5). Each one is defined here once, in French words,
 * for the people who report them to the Département's assembly; the SQL twin of each definition
 * lives in `indicator-sql.ts` and implements exactly these words over a period [from, to) (dates of
 * the Ain, Europe/Paris) and a territory (CDS) or the whole département.
 *
 * Territory rule, common to all: a person counts in the territory (CDS) of their file (their
 * commune of residence); a mission in the territory of its commune.
 */
export enum IndicatorCode {
  /** Action 5: beneficiaries with a volunteer mission. */
  A5_1 = 'A5-1',
  /** Action 5: beneficiaries back to work after volunteering. */
  A5_2 = 'A5-2',
  /** Action 5: volunteer passports issued. */
  A5_3 = 'A5-3',
  /** Action 5: tripartite interviews held. */
  A5_4 = 'A5-4',
  /** Action 5, qualitative: missions entrusted (volume; breakdown by domain and by host). */
  A5_Q1 = 'A5-Q1',
  /** Action 5, qualitative: diversity of the missions entrusted, by domain. */
  A5_Q1_DOMAINS = 'A5-Q1-DOM',
  /** Action 5, qualitative: diversity of the missions entrusted, by host. */
  A5_Q1_HOSTS = 'A5-Q1-STR',
  /** Action 5, qualitative: exchanges between associations and CDS. */
  A5_Q2 = 'A5-Q2',
  /** Action 5, qualitative: competencies valued (attested). */
  A5_Q3 = 'A5-Q3',
  /** Action 1: beneficiaries oriented within one month of entry. */
  A1_1 = 'A1-1',
  /** Action 1: re-orientations within 6 months. */
  A1_2 = 'A1-2',
  /** Action 1: beneficiaries with an insertion action in progress. */
  A1_4 = 'A1-4',
  /** Action 2: barrier-lifting actions. */
  A2_1 = 'A2-1',
  /** Action 2: beneficiaries who benefited from a barrier-lifting action. */
  A2_2 = 'A2-2',
  /** Action 2: beneficiaries accompanied within 2 months of entry. */
  A2_3 = 'A2-3',
}

export enum IndicatorKind {
  /** A number of people, actions or events. */
  COUNT = 'COUNT',
  /** A number among a population: numerator / denominator, shown as a percentage. */
  SHARE = 'SHARE',
  /** A diversity index between 0 and 1, computed on a number of items (its denominator). */
  INDEX = 'INDEX',
}

export interface IndicatorDefinition {
  code: IndicatorCode;
  /** Action of the plan (« Action 5 »). */
  action: string;
  kind: IndicatorKind;
  /** French label, as in the reports. */
  label: string;
  /** The formula in words: what is counted, from which records, at which date. */
  definition: string;
  /** Unit of the value (« personnes », « % »…). */
  unit: string;
  /** For shares and indices: what the numerator counts. */
  numeratorLabel: string | null;
  /** For shares and indices: what the denominator counts. */
  denominatorLabel: string | null;
  /** Part of the monthly series chart of Action 5. */
  charted: boolean;
}

const ACTION_1 = 'Action 1 — Orientation rapide et adaptée';
const ACTION_2 = 'Action 2 — Levée des freins';
const ACTION_5 = 'Action 5 — Le bénévolat, tremplin vers la reprise d’activité';

/** Reading of the diversity indices, shared by both. */
const GINI_SIMPSON =
  'probabilité que deux missions confiées tirées au hasard relèvent de deux catégories différentes (indice de Gini-Simpson, 1 − Σ pᵢ², où pᵢ est la part de la catégorie i) : 0 quand toutes relèvent de la même, d’autant plus proche de 1 qu’elles sont variées';

export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    code: IndicatorCode.A5_1,
    action: ACTION_5,
    kind: IndicatorKind.COUNT,
    label: 'Bénéficiaires du RSA ayant une mission bénévole',
    definition:
      'Nombre de personnes distinctes dont une mission bénévole a commencé pendant la période (date de début de l’engagement, au plus tard la date du calcul), que la mission soit encore en cours, terminée ou interrompue depuis. Les missions annulées (qui n’ont finalement pas eu lieu) ne comptent pas.',
    unit: 'personnes',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: true,
  },
  {
    code: IndicatorCode.A5_2,
    action: ACTION_5,
    kind: IndicatorKind.COUNT,
    label: 'Bénéficiaires du RSA ayant retrouvé un emploi à la suite du bénévolat',
    definition:
      'Nombre de personnes distinctes pour lesquelles un retour à l’emploi (contrat de travail, quel qu’il soit) a été enregistré avec une date de début pendant la période, au plus tard 12 mois après le début d’une de leurs missions bénévoles (et pas avant ce début).',
    unit: 'personnes',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: true,
  },
  {
    code: IndicatorCode.A5_3,
    action: ACTION_5,
    kind: IndicatorKind.COUNT,
    label: 'Passeports bénévoles délivrés',
    definition:
      'Nombre de passeports bénévoles délivrés pendant la période : le passeport d’une personne est délivré à la date de la première attestation de compétences qu’une structure d’accueil lui remet. Une personne compte une fois, la période de sa première attestation.',
    unit: 'passeports',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: true,
  },
  {
    code: IndicatorCode.A5_4,
    action: ACTION_5,
    kind: IndicatorKind.COUNT,
    label: 'Entretiens tripartites tenus',
    definition:
      'Nombre d’entretiens tripartites (référent unique, bénéficiaire du RSA et France Bénévolat) dont la tenue a été constatée, selon la date de l’entretien. Les entretiens annulés, excusés ou non honorés ne comptent pas.',
    unit: 'entretiens',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: true,
  },
  {
    code: IndicatorCode.A5_Q1,
    action: ACTION_5,
    kind: IndicatorKind.COUNT,
    label: 'Missions confiées (volume)',
    definition:
      'Nombre de missions bénévoles confiées à des bénéficiaires du RSA pendant la période : chaque engagement commencé pendant la période (et non annulé) compte une fois, détaillé par domaine d’action et par structure d’accueil.',
    unit: 'missions',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: false,
  },
  {
    code: IndicatorCode.A5_Q1_DOMAINS,
    action: ACTION_5,
    kind: IndicatorKind.INDEX,
    label: 'Diversité des missions confiées par domaine',
    definition: `Sur les missions confiées pendant la période, ${GINI_SIMPSON}. Les catégories sont les domaines d’action des missions.`,
    unit: 'indice de 0 à 1',
    numeratorLabel: 'domaines d’action distincts',
    denominatorLabel: 'missions confiées',
    charted: false,
  },
  {
    code: IndicatorCode.A5_Q1_HOSTS,
    action: ACTION_5,
    kind: IndicatorKind.INDEX,
    label: 'Diversité des missions confiées par structure d’accueil',
    definition: `Sur les missions confiées pendant la période, ${GINI_SIMPSON}. Les catégories sont les structures d’accueil (associations).`,
    unit: 'indice de 0 à 1',
    numeratorLabel: 'structures d’accueil distinctes',
    denominatorLabel: 'missions confiées',
    charted: false,
  },
  {
    code: IndicatorCode.A5_Q2,
    action: ACTION_5,
    kind: IndicatorKind.COUNT,
    label: 'Échanges entre les associations et les CDS',
    definition:
      'Nombre d’échanges entre les structures d’accueil et les CDS pendant la période : propositions de mission faites par les référents (date de la proposition), entretiens tripartites tenus (date de l’entretien) et messages envoyés par la plateforme à une structure d’accueil (son adresse, son contact d’accueil, celui de la mission ou l’un de ses membres) au sujet d’une proposition ou d’un entretien (date d’envoi), détaillés par territoire de la personne et par mois.',
    unit: 'échanges',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: false,
  },
  {
    code: IndicatorCode.A5_Q3,
    action: ACTION_5,
    kind: IndicatorKind.COUNT,
    label: 'Compétences valorisées (passeport bénévole)',
    definition:
      'Nombre de compétences attestées par les structures d’accueil pendant la période, détaillé par compétence du référentiel : une compétence attestée pour une mission d’une personne compte une fois, à la date de sa première attestation (une attestation ultérieure, qui en change le niveau, ne la compte pas de nouveau).',
    unit: 'compétences attestées',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: false,
  },
  {
    code: IndicatorCode.A1_1,
    action: ACTION_1,
    kind: IndicatorKind.SHARE,
    label: 'Bénéficiaires du RSA orientés en moins d’un mois suivant l’entrée dans le dispositif',
    definition:
      'Parmi les personnes entrées dans le dispositif RSA pendant la période, part de celles dont la première orientation a été décidée au plus tard un mois après la date d’entrée (le 31 janvier donne le 28 ou 29 février). Les personnes encore dans leur délai d’un mois et pas encore orientées à la date du calcul ne sont pas comptées.',
    unit: '%',
    numeratorLabel: 'personnes orientées au plus tard un mois après leur entrée',
    denominatorLabel: 'personnes entrées pendant la période, orientées ou dont le délai d’un mois est échu',
    charted: false,
  },
  {
    code: IndicatorCode.A1_2,
    action: ACTION_1,
    kind: IndicatorKind.COUNT,
    label: 'Réorientations dans les 6 mois',
    definition:
      'Nombre de réorientations décidées pendant la période au plus tard 6 mois après la première orientation de la personne.',
    unit: 'réorientations',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: false,
  },
  {
    code: IndicatorCode.A1_4,
    action: ACTION_1,
    kind: IndicatorKind.SHARE,
    label: 'Bénéficiaires du RSA ayant une action d’insertion en cours',
    definition:
      'Parmi les personnes dans le dispositif pendant la période (entrées avant la fin de la période et pas sorties avant son début), part de celles qui ont eu une action d’insertion pendant la période : une action d’insertion inscrite au carnet de bord à une date de la période, ou une mission bénévole en cours pendant au moins un jour de la période.',
    unit: '%',
    numeratorLabel: 'personnes ayant une action d’insertion en cours',
    denominatorLabel: 'personnes dans le dispositif pendant la période',
    charted: false,
  },
  {
    code: IndicatorCode.A2_1,
    action: ACTION_2,
    kind: IndicatorKind.COUNT,
    label: 'Actions de levée des freins',
    definition:
      'Nombre d’actions de levée des freins (aide à la mobilité, garde d’enfants, accès aux soins…) inscrites au carnet de bord, selon la date de l’action.',
    unit: 'actions',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: false,
  },
  {
    code: IndicatorCode.A2_2,
    action: ACTION_2,
    kind: IndicatorKind.COUNT,
    label: 'Bénéficiaires du RSA ayant bénéficié d’actions de levée des freins',
    definition:
      'Nombre de personnes distinctes ayant au moins une action de levée des freins inscrite au carnet de bord à une date de la période.',
    unit: 'personnes',
    numeratorLabel: null,
    denominatorLabel: null,
    charted: false,
  },
  {
    code: IndicatorCode.A2_3,
    action: ACTION_2,
    kind: IndicatorKind.SHARE,
    label: 'Bénéficiaires du RSA accompagnés dans les 2 mois suivant l’entrée dans le dispositif',
    definition:
      'Parmi les personnes entrées dans le dispositif RSA pendant la période, part de celles dont la première action d’accompagnement inscrite au carnet de bord (entretien, action d’insertion ou de levée des freins, proposition de mission, entretien tripartite tenu, début de mission bénévole) a eu lieu au plus tard deux mois après la date d’entrée. Les personnes encore dans leur délai de deux mois et pas encore accompagnées à la date du calcul ne sont pas comptées.',
    unit: '%',
    numeratorLabel: 'personnes accompagnées au plus tard deux mois après leur entrée',
    denominatorLabel: 'personnes entrées pendant la période, accompagnées ou dont le délai de deux mois est échu',
    charted: false,
  },
];

const BY_CODE = new Map(INDICATOR_DEFINITIONS.map((d) => [d.code, d]));

export function definitionOf(code: IndicatorCode): IndicatorDefinition {
  const definition = BY_CODE.get(code);
  if (!definition) throw new Error(`Unknown indicator ${code}`);
  return definition;
}

/** The monthly series of Action 5 (A5-1 to A5-4), in this order. */
export const CHARTED_CODES: readonly IndicatorCode[] = INDICATOR_DEFINITIONS.filter((d) => d.charted).map(
  (d) => d.code,
);
