import { describeSlots } from '@tremplin/referentials';
import { FRENCH_LEVEL_LABELS } from '@tremplin/referentials';
import { formatDateFr } from './calendar';
import { LOGBOOK_SUMMARY_MAX_LENGTH } from './logbook-entry-type';
import { MOBILITY_MODE_LABELS, maskToMobilityModes } from './mobility';

/** The profile fields a correction may change, as the carnet de bord names them. */
export const CORRECTED_FIELD_LABELS = {
  civility: 'civilité',
  firstName: 'prénom',
  lastName: 'nom',
  birthDate: 'date de naissance',
  email: 'adresse e-mail',
  phone: 'téléphone',
  communeCode: 'commune de résidence',
  rsaEntryDate: 'date d’entrée dans le RSA',
  mobilityModes: 'modes de déplacement',
  hasDrivingLicence: 'permis de conduire',
  hasVehicle: 'véhicule',
  maxDistanceKm: 'distance maximale',
  availabilityMask: 'disponibilités',
  interestDomainCodes: 'centres d’intérêt',
  targetJobCodes: 'métiers visés',
  competencyCodes: 'compétences déjà acquises',
  frenchLevel: 'niveau de français',
} as const;

export type CorrectedField = keyof typeof CORRECTED_FIELD_LABELS;

/** The profile values a correction compares (the beneficiary entity has them all). */
export type ProfileValues = {
  civility: string | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string | null;
  phone: string | null;
  communeCode: string;
  rsaEntryDate: string;
  mobilityModes: number;
  hasDrivingLicence: boolean;
  hasVehicle: boolean;
  maxDistanceKm: number | null;
  availabilityMask: number;
  interestDomainCodes: string[];
  targetJobCodes: string[];
  competencyCodes: string[];
  frenchLevel: string | null;
};

/** Names of the referential codes (communes, domains, jobs, competencies) a correction shows. */
export type CodeNames = (code: string) => string;

export interface ProfileNames {
  commune: CodeNames;
  domain: CodeNames;
  job: CodeNames;
  competency: CodeNames;
}

export interface ProfileCorrection {
  field: CorrectedField;
  before: string;
  after: string;
}

const EMPTY = 'non renseigné';
const yesNo = (value: boolean) => (value ? 'oui' : 'non');
const names = (codes: readonly string[], name: CodeNames) => (codes.length ? codes.map(name).join(', ') : 'aucun');

function describe(field: CorrectedField, values: ProfileValues, n: ProfileNames): string {
  switch (field) {
    case 'civility':
    case 'firstName':
    case 'lastName':
    case 'email':
    case 'phone':
      return values[field] ?? EMPTY;
    case 'birthDate':
    case 'rsaEntryDate':
      return formatDateFr(values[field]);
    case 'communeCode':
      return n.commune(values.communeCode);
    case 'mobilityModes': {
      const modes = maskToMobilityModes(values.mobilityModes).map((mode) => MOBILITY_MODE_LABELS[mode]);
      return modes.length ? modes.join(', ') : 'aucun';
    }
    case 'hasDrivingLicence':
    case 'hasVehicle':
      return yesNo(values[field]);
    case 'maxDistanceKm':
      return values.maxDistanceKm === null ? EMPTY : `${values.maxDistanceKm} km`;
    case 'availabilityMask':
      return values.availabilityMask ? describeSlots(values.availabilityMask) : 'aucune';
    case 'interestDomainCodes':
      return names(values.interestDomainCodes, n.domain);
    case 'targetJobCodes':
      return names(values.targetJobCodes, n.job);
    case 'competencyCodes':
      return names(values.competencyCodes, n.competency);
    case 'frenchLevel':
      return values.frenchLevel
        ? ((FRENCH_LEVEL_LABELS as Record<string, string>)[values.frenchLevel] ?? values.frenchLevel)
        : EMPTY;
  }
}

/** What a correction changed, field by field, in the order of the form (fields outside the list are ignored). */
export function profileCorrections(
  before: ProfileValues,
  after: ProfileValues,
  changed: Iterable<string>,
  n: ProfileNames,
): ProfileCorrection[] {
  const fields = new Set(changed);
  return (Object.keys(CORRECTED_FIELD_LABELS) as CorrectedField[])
    .filter((field) => fields.has(field))
    .map((field) => ({ field, before: describe(field, before, n), after: describe(field, after, n) }))
    .filter((correction) => correction.before !== correction.after);
}

/** The carnet de bord entry of a correction: « Profil corrigé — téléphone : « 06 … » → « 07 … » ; … ». */
export function profileCorrectionSummary(corrections: readonly ProfileCorrection[]): string {
  const parts = corrections.map((c) => `${CORRECTED_FIELD_LABELS[c.field]} : « ${c.before} » → « ${c.after} »`);
  const summary = `Profil corrigé — ${parts.join(' ; ')}.`;
  return summary.length <= LOGBOOK_SUMMARY_MAX_LENGTH
    ? summary
    : `${summary.slice(0, LOGBOOK_SUMMARY_MAX_LENGTH - 1)}…`;
}
