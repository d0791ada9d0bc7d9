import {
  BENEFICIARY_STATUS_LABELS,
  LOGBOOK_ENTRY_TYPE_LABELS,
  LogbookEntryType,
  MOBILITY_MODE_LABELS,
  ORIENTATION_STATUS_LABELS,
  SENSITIVE_DATA_KIND_LABELS,
  formatDateFr,
  maskToMobilityModes,
} from '@tremplin/beneficiaries';
import { INTERVIEW_STATUS_LABELS, PLACE_KIND_LABELS } from '@tremplin/interviews';
import { BARRIER_KIND_LABELS, BARRIER_LEVEL_LABELS, PATHWAY_LABELS } from '@tremplin/orientation';
import { CONTRACT_TYPE_LABELS, ENGAGEMENT_STATUS_LABELS, LEVEL_LABELS, OUTCOME_KIND_LABELS } from '@tremplin/passports';
import { DECLINE_REASON_LABELS, PROPOSAL_STATUS_LABELS, RECORDED_CHANNEL_LABELS } from '@tremplin/proposals';
import { FRENCH_LEVEL_LABELS, describeSlots } from '@tremplin/referentials';
import type { PersonalDataRows } from './personal-data-rows';

/** One record of a section: an optional heading and its fields, in French, ready to print. */
export interface ExportRecord {
  heading?: string;
  fields: Array<[label: string, value: string]>;
}

export interface ExportSection {
  title: string;
  /** Printed when the section holds no record. */
  empty: string;
  records: ExportRecord[];
}

/** The export of a person's data: the same facts as a structured file (JSON) and as readable sections (PDF). */
export interface PersonalDataDocument {
  format: typeof PERSONAL_DATA_EXPORT_FORMAT;
  generatedAt: string;
  controller: string;
  requestedBy: string;
  holderName: string;
  /** Everything held, with the codes and dates as stored (ISO 8601). */
  data: PersonalDataRows;
  /** The same, in French, section by section. */
  sections: ExportSection[];
}

export const PERSONAL_DATA_EXPORT_FORMAT = 'tremplin.donnees-personnelles/1';
export const DATA_CONTROLLER = 'Département de l’Ain — direction de l’Insertion (service Insertion)';

/** The names of the emails a person receives, as the export lists them. */
export const EMAIL_KIND_LABELS: Readonly<Record<string, string>> = {
  'proposal.new': 'Proposition de mission bénévole',
  'proposal.reminder': 'Rappel d’une proposition de mission',
  'proposal.accepted': 'Confirmation d’acceptation d’une mission',
  'proposal.waiting-list': 'Inscription sur liste d’attente',
  'proposal.withdrawn': 'Retrait d’une proposition',
  'interview.invitation': 'Invitation à l’entretien tripartite',
  'interview.cancelled': 'Annulation de l’entretien tripartite',
  'interview.reminder': 'Rappel de l’entretien tripartite',
  'interview.booking-nudge': 'Invitation à réserver l’entretien',
  'passport.attestation': 'Compétences attestées (Passeport Bénévole)',
};

const EMAIL_STATUS_LABELS: Readonly<Record<string, string>> = {
  PENDING: 'en attente d’envoi',
  SENT: 'remis au serveur d’envoi',
  FAILED: 'échec de l’envoi',
};

const ROLE_LABELS: Readonly<Record<string, string>> = {
  ADMIN: 'service Insertion',
  REFERENT: 'référent',
  COORDINATOR: 'coordinateur France Bénévolat',
  ASSOCIATION: 'structure d’accueil',
};

const DELIVERY_LABELS: Readonly<Record<string, string>> = {
  EMAIL: 'par e-mail',
  LETTER: 'par courrier remis en main propre',
};

const ANSWER_CHANNEL_LABELS: Readonly<Record<string, string>> = {
  ...RECORDED_CHANNEL_LABELS,
  LINK: 'par le lien reçu par e-mail ou sur le courrier',
};

const label = (labels: Readonly<Record<string, string>>, code: string | null | undefined): string =>
  code ? (labels[code] ?? code) : '—';

/** « 3 mars 2026 à 14 h 05 » in Paris time. */
export function formatInstantFr(instant: Date | string | null | undefined): string {
  if (!instant) return '—';
  const date = instant instanceof Date ? instant : new Date(instant);
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(date);
  const [hours, minutes] = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(date)
    .split(':');
  return `${day} à ${hours} h ${minutes}`;
}

const dateFr = (date: string | null | undefined) => (date ? formatDateFr(date) : '—');
const yesNo = (value: boolean) => (value ? 'oui' : 'non');
const list = (values: readonly string[]) => (values.length ? values.join(', ') : '—');
const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : '—');

/** Builds the export from what the reader found. Pure: the same rows give the same document. */
export function buildPersonalDataDocument(
  rows: PersonalDataRows,
  meta: { generatedAt: Date; requestedBy: string },
): PersonalDataDocument {
  const p = rows.person;
  const holderName = `${p.firstName} ${p.lastName}`;
  const sections: ExportSection[] = [
    {
      title: 'Identité et profil',
      empty: '',
      records: [
        {
          fields: [
            ['Civilité', text(p.civility)],
            ['Prénom', p.firstName],
            ['Nom', p.lastName],
            ['Date de naissance', dateFr(p.birthDate)],
            ['Adresse e-mail', text(p.email)],
            ['Téléphone', text(p.phone)],
            ['Commune de résidence', p.communeName ? `${p.communeName} (${p.communeCode})` : p.communeCode],
            ['Territoire (CDS)', text(p.territoryName)],
            ['Entrée dans le dispositif RSA', dateFr(p.rsaEntryDate)],
            ['Référent de parcours', text(p.referentName)],
            ['Situation', label(BENEFICIARY_STATUS_LABELS, p.status)],
            ['Avancement de l’orientation', label(ORIENTATION_STATUS_LABELS, p.orientationStatus)],
            ['Modes de déplacement', list(maskToMobilityModes(p.mobilityModes).map((m) => MOBILITY_MODE_LABELS[m]))],
            ['Permis de conduire', yesNo(p.hasDrivingLicence)],
            ['Véhicule', yesNo(p.hasVehicle)],
            ['Distance maximale', p.maxDistanceKm === null ? '—' : `${p.maxDistanceKm} km`],
            ['Disponibilités', p.availabilityMask ? describeSlots(p.availabilityMask) : '—'],
            ['Centres d’intérêt', list(p.interestDomains)],
            ['Métiers visés', list(p.targetJobs)],
            ['Compétences déjà acquises', list(p.competencies)],
            ['Niveau de français', label(FRENCH_LEVEL_LABELS, p.frenchLevel)],
            ['Dossier ouvert le', formatInstantFr(p.createdAt)],
            ['Dernière modification', formatInstantFr(p.updatedAt)],
          ],
        },
      ],
    },
    {
      title: 'Accord pour recevoir des propositions de bénévolat',
      empty: 'Aucun accord recueilli.',
      records: [
        ...(p.volunteeringConsentGivenAt
          ? [{ fields: [['Accord donné le', formatInstantFr(p.volunteeringConsentGivenAt)]] as ExportRecord['fields'] }]
          : []),
        ...(p.volunteeringConsentWithdrawnAt
          ? [
              {
                fields: [
                  ['Accord retiré le', formatInstantFr(p.volunteeringConsentWithdrawnAt)],
                ] as ExportRecord['fields'],
              },
            ]
          : []),
        ...rows.logbook
          .filter((e) => e.type === LogbookEntryType.CONSENT_GIVEN || e.type === LogbookEntryType.CONSENT_WITHDRAWN)
          .map((e) => ({
            heading: `${label(LOGBOOK_ENTRY_TYPE_LABELS, e.type)} — ${formatInstantFr(e.occurredAt)}`,
            fields: [
              ['Enregistré par', text(e.authorName)],
              ['Détail', e.summary],
            ] as ExportRecord['fields'],
          })),
        ...rows.proposals
          .filter((proposal) => proposal.consentAt)
          .map((proposal) => ({
            heading: `Accord donné en acceptant « ${proposal.missionTitle} »`,
            fields: [['Le', formatInstantFr(proposal.consentAt)]] as ExportRecord['fields'],
          })),
      ],
    },
    {
      title: 'Diagnostics',
      empty: 'Aucun diagnostic.',
      records: rows.diagnostics.map((d) => ({
        heading: `Diagnostic du ${formatInstantFr(d.conductedAt)}`,
        fields: [
          ['Réalisé par', text(d.authorName)],
          ['Orientation proposée', label(PATHWAY_LABELS, d.proposedPathway)],
          ['Points forts', text(d.strengths)],
          ['Notes', text(d.notes)],
          ...d.barriers.map(
            (b) =>
              [
                `Frein : ${label(BARRIER_KIND_LABELS, b.kind)}`,
                `${label(BARRIER_LEVEL_LABELS, b.level)}${b.note ? ` — ${b.note}` : ''}`,
              ] as [string, string],
          ),
        ],
      })),
    },
    {
      title: 'Orientations',
      empty: 'Aucune orientation.',
      records: rows.orientations.map((o) => ({
        heading: `${o.isReorientation ? 'Réorientation' : 'Orientation'} du ${formatInstantFr(o.decidedAt)}`,
        fields: [
          ['Parcours', label(PATHWAY_LABELS, o.pathway)],
          ['Organisme', o.organism],
          ['Référent nommé', text(o.referentName)],
          ['Décidée par', text(o.decidedByName)],
          ...(o.isReorientation ? [['Motif', text(o.reason)] as [string, string]] : []),
        ],
      })),
    },
    {
      title: 'Carnet de bord',
      empty: 'Aucune entrée.',
      records: rows.logbook.map((e) => ({
        heading: `${formatInstantFr(e.occurredAt)} — ${label(LOGBOOK_ENTRY_TYPE_LABELS, e.type)}${e.confidential ? ' (confidentielle)' : ''}`,
        fields: [
          ['Auteur', e.authorName ?? 'la plateforme'],
          ['Inscrite le', formatInstantFr(e.recordedAt)],
          ['Contenu', e.summary],
        ],
      })),
    },
    {
      title: 'Propositions de mission et réponses',
      empty: 'Aucune proposition.',
      records: rows.proposals.map((pr) => ({
        heading: `« ${pr.missionTitle} » — ${pr.associationName}`,
        fields: [
          ['Proposée le', formatInstantFr(pr.createdAt)],
          ['Par', text(pr.referentName)],
          ['Envoi', label(DELIVERY_LABELS, pr.delivery)],
          ['Message', text(pr.message)],
          ['État', label(PROPOSAL_STATUS_LABELS, pr.status)],
          ['Envoyée le', formatInstantFr(pr.sentAt)],
          ['Rappel le', formatInstantFr(pr.remindedAt)],
          ['Réponse le', formatInstantFr(pr.answeredAt)],
          ['Réponse reçue', pr.answerChannel ? label(ANSWER_CHANNEL_LABELS, pr.answerChannel) : '—'],
          ['Motif du refus', pr.declineReason ? label(DECLINE_REASON_LABELS, pr.declineReason) : '—'],
          ['Rang sur la liste d’attente', pr.waitingListPosition === null ? '—' : String(pr.waitingListPosition)],
          ['Échéance', formatInstantFr(pr.expiresAt)],
          ['Expirée le', formatInstantFr(pr.expiredAt)],
          ['Retirée le', formatInstantFr(pr.withdrawnAt)],
        ],
      })),
    },
    {
      title: 'Entretiens tripartites',
      empty: 'Aucun entretien.',
      records: rows.interviews.map((i) => ({
        heading: `Entretien du ${formatInstantFr(i.startsAt)} — « ${i.missionTitle} »`,
        fields: [
          ['Coordinateur', text(i.coordinatorName)],
          [
            'Lieu',
            `${label(PLACE_KIND_LABELS, i.placeKind)} : ${i.placeLabel}${i.placeAddress ? `, ${i.placeAddress}` : ''}`,
          ],
          ['État', label(INTERVIEW_STATUS_LABELS, i.status)],
          ['Planifié le', formatInstantFr(i.scheduledAt)],
          ['Annulé le', formatInstantFr(i.cancelledAt)],
          ['Motif d’annulation', text(i.cancelReason)],
          ['Issue enregistrée le', formatInstantFr(i.outcomeRecordedAt)],
          ['Note sur l’issue', text(i.outcomeNote)],
        ],
      })),
    },
    {
      title: 'Missions bénévoles',
      empty: 'Aucune mission.',
      records: rows.engagements.map((g) => ({
        heading: `« ${g.missionTitle} » — ${g.associationName}`,
        fields: [
          ['État', label(ENGAGEMENT_STATUS_LABELS, g.status)],
          ['Début', dateFr(g.startDate)],
          ['Fin', dateFr(g.endDate)],
          ['Heures prévues', String(g.plannedHours)],
          ['Heures réalisées', g.hoursDone === null ? '—' : String(g.hoursDone)],
          ['Motif d’interruption', text(g.abandonReason)],
          ['Motif d’annulation', text(g.withdrawalReason)],
        ],
      })),
    },
    {
      title: 'Compétences attestées',
      empty: 'Aucune attestation.',
      records: rows.attestations.map((a) => ({
        heading: `« ${a.missionTitle} » — ${a.associationName}, le ${formatInstantFr(a.attestedAt)}`,
        fields: [
          ['Attestées par', `${a.attestorName}, ${a.attestorRole}`],
          ...a.competencies.map(
            (c) =>
              [
                c.label,
                `${label(LEVEL_LABELS, String(c.level))} (${c.level}/3)${c.comment ? ` — « ${c.comment} »` : ''}`,
              ] as [string, string],
          ),
        ],
      })),
    },
    {
      title: 'Passeport Bénévole',
      empty: 'Aucun passeport émis.',
      records: rows.passport
        ? [
            {
              fields: [
                ['Émis le', formatInstantFr(rows.passport.issuedAt)],
                ['Dernière attestation le', formatInstantFr(rows.passport.lastAttestedAt)],
                ...rows.passport.verifications.map(
                  (v) =>
                    [
                      `Code de vérification ${v.code}`,
                      `émis le ${formatInstantFr(v.issuedAt)}${v.revokedAt ? `, retiré le ${formatInstantFr(v.revokedAt)}` : ''}`,
                    ] as [string, string],
                ),
              ],
            },
          ]
        : [],
    },
    {
      title: 'Suites du parcours',
      empty: 'Aucune suite enregistrée.',
      records: rows.outcomes.map((o) => ({
        heading: `${label(OUTCOME_KIND_LABELS, o.kind)} — enregistrée le ${formatInstantFr(o.recordedAt)}`,
        fields: [
          ['Contrat', o.contractType ? label(CONTRACT_TYPE_LABELS, o.contractType) : '—'],
          ['Début', dateFr(o.startDate)],
          ['Fin', dateFr(o.endDate)],
          ['Précisions', text(o.detail)],
        ],
      })),
    },
    {
      title: 'E-mails envoyés à la personne',
      empty: 'Aucun e-mail.',
      records: rows.emails.map((m) => ({
        heading: `${formatInstantFr(m.createdAt)} — ${EMAIL_KIND_LABELS[m.template] ?? 'Message de la plateforme'}`,
        fields: [
          ['Adresse', m.toAddress],
          ['Remise', `${label(EMAIL_STATUS_LABELS, m.status)}${m.sentAt ? ` le ${formatInstantFr(m.sentAt)}` : ''}`],
        ],
      })),
    },
    {
      title: 'Consultations des données sensibles',
      empty: 'Aucune consultation.',
      records: rows.accesses.map((a) => ({
        heading: formatInstantFr(a.accessedAt),
        fields: [
          ['Par', `${a.userName ?? 'compte supprimé'}${a.userRole ? ` (${label(ROLE_LABELS, a.userRole)})` : ''}`],
          ['Donnée consultée', label(SENSITIVE_DATA_KIND_LABELS, a.dataKind)],
        ],
      })),
    },
  ];
  return {
    format: PERSONAL_DATA_EXPORT_FORMAT,
    generatedAt: meta.generatedAt.toISOString(),
    controller: DATA_CONTROLLER,
    requestedBy: meta.requestedBy,
    holderName,
    data: rows,
    sections,
  };
}
