import { Viewer, canReadBeneficiary } from './beneficiary-access';
import type { BeneficiaryScope } from './beneficiary-access';

/**
 * What a staff member may read of a person outside the person's file: the one list that every
 * output uses — GraphQL types (interviews, proposals, engagements, suggestions), the .ics
 * invitations, the PDFs and the CSV files. A new output that shows a person goes through
 * `projectPerson` / `personName` with the audience of the reader; it never picks fields itself.
 */
export enum PersonField {
  FIRST_NAME = 'FIRST_NAME',
  LAST_NAME = 'LAST_NAME',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  /**
   * The detail of a match (per-criterion breakdown, distance in km, the French reasons): it
   * reveals the person's mobility, availability, interests and professional project.
   */
  MATCH_DETAILS = 'MATCH_DETAILS',
  /** An approximate distance to a mission (« de 5 à 15 km »). */
  DISTANCE_BAND = 'DISTANCE_BAND',
  /**
   * The file itself: birth date, commune, RSA entry and status, orientation, mobility,
   * availability, project, logbook, diagnostics (the sensitive parts have their own rule and log).
   */
  FILE = 'FILE',
}

/** Who reads, with respect to one person. */
export enum PersonAudience {
  /** The person's referent, the manager of their territory, the service Insertion — and the person. */
  FILE = 'FILE',
  /**
   * France Bénévolat's coordinators, who organise the tripartite interview, and a referent who
   * proposed the mission without following the person any more.
   */
  COORDINATOR = 'COORDINATOR',
  /** A member of the association hosting a mission the person accepted. */
  HOST = 'HOST',
  /** A member of an association whose mission would suit the person (nothing accepted yet). */
  PROSPECT = 'PROSPECT',
  NONE = 'NONE',
}

/** The list. Read it as the rule: an audience reads these fields, and nothing else, in every output. */
export const PERSON_FIELDS: Readonly<Record<PersonAudience, readonly PersonField[]>> = {
  [PersonAudience.FILE]: Object.values(PersonField),
  [PersonAudience.COORDINATOR]: [
    PersonField.FIRST_NAME,
    PersonField.LAST_NAME,
    PersonField.EMAIL,
    PersonField.PHONE,
    PersonField.MATCH_DETAILS,
    PersonField.DISTANCE_BAND,
  ],
  [PersonAudience.HOST]: [PersonField.FIRST_NAME, PersonField.EMAIL, PersonField.PHONE, PersonField.DISTANCE_BAND],
  [PersonAudience.PROSPECT]: [PersonField.DISTANCE_BAND],
  [PersonAudience.NONE]: [],
};

export const PERSON_AUDIENCE_LABELS: Readonly<Record<PersonAudience, string>> = {
  FILE: 'référent de parcours, responsable de territoire, service Insertion',
  COORDINATOR: 'coordinateur France Bénévolat',
  HOST: 'structure d’accueil (mission acceptée)',
  PROSPECT: 'structure d’accueil (personne suggérée)',
  NONE: 'autres',
};

export const PERSON_FIELD_LABELS: Readonly<Record<PersonField, string>> = {
  FIRST_NAME: 'prénom',
  LAST_NAME: 'nom',
  EMAIL: 'adresse e-mail',
  PHONE: 'téléphone',
  MATCH_DETAILS: 'détail du score et raisons d’une suggestion',
  DISTANCE_BAND: 'distance approximative à une mission',
  FILE: 'dossier (naissance, commune, RSA, orientation, mobilité, disponibilités, projet, carnet de bord)',
};

export function mayRead(audience: PersonAudience, field: PersonField): boolean {
  return PERSON_FIELDS[audience].includes(field);
}

export interface PersonViewer extends Viewer {
  associationId: string | null;
}

/** What decides the audience, besides the viewer: the person's file and how the viewer meets them. */
export interface PersonRelation {
  beneficiary: BeneficiaryScope;
  /** The association hosting the mission the output is about, when the person accepted it. */
  hostAssociationId?: string | null;
  /** The association whose mission the person is only suggested for. */
  prospectAssociationId?: string | null;
  /** The staff member who proposed the mission the output is about (a former referent keeps the name). */
  proposedById?: string | null;
}

/** The audience of a viewer for one person (pure rule; the services load the facts). */
export function personAudience(viewer: PersonViewer, relation: PersonRelation): PersonAudience {
  if (canReadBeneficiary(viewer, relation.beneficiary)) return PersonAudience.FILE;
  switch (viewer.role) {
    case 'COORDINATOR':
      return PersonAudience.COORDINATOR;
    case 'REFERENT':
      return relation.proposedById && relation.proposedById === viewer.id
        ? PersonAudience.COORDINATOR
        : PersonAudience.NONE;
    case 'ASSOCIATION':
      if (!viewer.associationId) return PersonAudience.NONE;
      if (viewer.associationId === relation.hostAssociationId) return PersonAudience.HOST;
      if (viewer.associationId === relation.prospectAssociationId) return PersonAudience.PROSPECT;
      return PersonAudience.NONE;
    default:
      return PersonAudience.NONE;
  }
}

export interface PersonIdentity {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export interface PersonContactView {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
}

/** The identity and contact fields the audience reads (the others are null). */
export function projectPerson(person: PersonIdentity, audience: PersonAudience): PersonContactView {
  return {
    firstName: mayRead(audience, PersonField.FIRST_NAME) ? person.firstName : null,
    lastName: mayRead(audience, PersonField.LAST_NAME) ? person.lastName : null,
    email: mayRead(audience, PersonField.EMAIL) ? person.email : null,
    phone: mayRead(audience, PersonField.PHONE) ? person.phone : null,
  };
}

/**
 * How to name the person for this audience: « Karima Benali », « Karima », or, for those who read
 * no name, the neutral « la personne bénévole ».
 */
export function personName(person: Pick<PersonIdentity, 'firstName' | 'lastName'>, audience: PersonAudience): string {
  const view = projectPerson({ ...person, email: null, phone: null }, audience);
  return [view.firstName, view.lastName].filter(Boolean).join(' ') || 'la personne bénévole';
}

/** First name and initial (« Karima B. »), when the audience reads the last name; the first name alone otherwise. */
export function personShortName(
  person: Pick<PersonIdentity, 'firstName' | 'lastName'>,
  audience: PersonAudience,
): string | null {
  if (!mayRead(audience, PersonField.FIRST_NAME)) return null;
  if (!mayRead(audience, PersonField.LAST_NAME)) return person.firstName;
  const initial = person.lastName.trim().charAt(0).toLocaleUpperCase('fr-FR');
  return initial ? `${person.firstName} ${initial}.` : person.firstName;
}
