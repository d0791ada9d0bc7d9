/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date et heure ISO 8601 avec décalage horaire (2026-03-10T09:00:00+01:00 ou 2026-03-10T08:00:00.000Z) ; sans décalage, la valeur est refusée */
  DateTime: { input: string; output: string; }
  /** Date calendaire au format AAAA-MM-JJ */
  LocalDate: { input: string; output: string; }
};

/** La mission s’est arrêtée avant son terme */
export type AbandonEngagementInput = {
  /** Date de l’arrêt */
  endDate: Scalars['LocalDate']['input'];
  engagementId: Scalars['ID']['input'];
  /** Heures réalisées avant l’arrêt, si on les connaît */
  hoursDone?: InputMaybe<Scalars['Int']['input']>;
  /** Motif de l’arrêt, en quelques mots (lu par la structure d’accueil : pas de donnée de santé ni de détail personnel) */
  reason: Scalars['String']['input'];
};

/** Inscription au carnet de bord par le référent */
export type AddLogbookNoteInput = {
  beneficiaryId: Scalars['ID']['input'];
  /** Note confidentielle : lisible seulement par le référent de parcours et le service Insertion */
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** Date de l'événement (par défaut maintenant ; ni dans le futur, ni avant l'entrée dans le dispositif) */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Texte de la note, en français */
  summary: Scalars['String']['input'];
  type?: InputMaybe<LogbookNoteType>;
};

/** Simulation de la tâche de fin de conservation : ce qu’elle effacerait maintenant, sans rien effacer (RGPD, limitation de la conservation) */
export type AnonymisationPreview = {
  __typename?: 'AnonymisationPreview';
  /** Les lectures du journal des accès antérieures à cet instant sont supprimées */
  accessLogBefore: Scalars['DateTime']['output'];
  /** Mois de conservation du journal des accès */
  accessLogRetentionMonths: Scalars['Int']['output'];
  /** Vrai quand la tâche quotidienne applique les réglages actuels (accord donné, et aucun réglage raccourci depuis) */
  active: Scalars['Boolean']['output'];
  /** Dossiers déjà anonymisés */
  anonymisedSoFar: Scalars['Int']['output'];
  /** Date du dernier accord donné à la tâche (aucun : elle n’efface rien) */
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Qui a donné ce dernier accord */
  approvedByName: Maybe<Scalars['String']['output']>;
  /** Une ligne par catégorie (liste fermée) */
  counts: Array<RetentionCount>;
  /** Mois de conservation des traces d’e-mails envoyés */
  emailRetentionMonths: Scalars['Int']['output'];
  /** Les traces d’e-mails antérieures à cet instant sont supprimées ou vidées */
  emailsBefore: Scalars['DateTime']['output'];
  /** Les personnes sorties du dispositif avant cet instant sont anonymisées */
  exitedBefore: Scalars['DateTime']['output'];
  /** Le dernier passage terminé de la tâche */
  lastRun: Maybe<RetentionRun>;
  /** Mois de conservation d’un dossier après la sortie du dispositif */
  retentionMonthsAfterExit: Scalars['Int']['output'];
};

/** Ce qu’une association voit d’une personne à qui sa mission conviendrait : rien qui l’identifie */
export type AnonymousCandidateProfile = {
  __typename?: 'AnonymousCandidateProfile';
  /** Distance approximative (« de 5 à 15 km ») */
  distanceBand: Maybe<Scalars['String']['output']>;
};

/** Comment la réponse de la personne est arrivée */
export type AnswerChannel =
  /** En personne, enregistrée par le référent */
  | 'IN_PERSON'
  /** Par le lien de l’e-mail ou le QR code de la lettre */
  | 'LINK'
  /** Par téléphone, enregistrée par le référent */
  | 'PHONE';

/** Association (structure d'accueil) qui propose des missions bénévoles */
export type Association = {
  __typename?: 'Association';
  /** Adresse (numéro et voie) */
  address: Scalars['String']['output'];
  commune: Maybe<Commune>;
  /** Code INSEE de la commune */
  communeCode: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Date de la dernière décision du service Insertion */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Présentation de l'association */
  description: Maybe<Scalars['String']['output']>;
  /** Domaines d'action */
  domains: Array<MissionDomain>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Les membres (visibles du service Insertion et des membres de l'association ; null sinon) */
  members: Maybe<Array<User>>;
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  /** Motif du refus */
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** Numéro RNA (répertoire national des associations), W + 9 chiffres */
  rna: Maybe<Scalars['String']['output']>;
  /** Numéro SIRET (14 chiffres) */
  siret: Maybe<Scalars['String']['output']>;
  status: AssociationStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** La personne qui accueille les bénévoles */
  welcomeContact: WelcomeContact;
};

export type AssociationConnection = {
  __typename?: 'AssociationConnection';
  edges: Array<AssociationEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

/** Décision du service Insertion sur une inscription */
export type AssociationDecision =
  /** Refuser (motif obligatoire) */
  | 'REJECTED'
  /** Valider */
  | 'VALIDATED';

export type AssociationEdge = {
  __typename?: 'AssociationEdge';
  cursor: Scalars['String']['output'];
  node: Association;
};

/** Le premier membre de l'association, qui aura un compte Tremplin */
export type AssociationMemberInput = {
  /** Identifiant de connexion */
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** Au moins 12 caractères */
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Statut d'une association auprès du service Insertion */
export type AssociationStatus =
  /** En attente de validation */
  | 'PENDING'
  /** Refusée (avec un motif) */
  | 'REJECTED'
  /** Validée : peut soumettre des missions */
  | 'VALIDATED';

/** Attestation de compétences par la structure d’accueil de la mission */
export type AttestCompetenciesInput = {
  /** Nom de la personne qui atteste (imprimé sur le passeport) */
  attestorName: Scalars['String']['input'];
  /** Sa fonction dans la structure (présidente, responsable des bénévoles…) */
  attestorRole: Scalars['String']['input'];
  competencies: Array<AttestedCompetencyInput>;
  engagementId: Scalars['ID']['input'];
};

/** Une compétence montrée pendant la mission, avec son niveau */
export type AttestedCompetencyInput = {
  /** Commentaire court (280 caractères au plus) */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Code de la compétence dans le référentiel (query `competencies`) */
  competencyCode: Scalars['String']['input'];
  /** Niveau : 1 découverte, 2 pratique, 3 maîtrise */
  level: Scalars['Int']['input'];
};

/** Jeton d'accès à envoyer dans l'en-tête Authorization: Bearer <token> */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  user: User;
};

/** Une plage d’une série : début et fin, avec leur décalage horaire */
export type AvailabilityRangeInput = {
  /** Fin de la plage (au plus 12 heures après le début) */
  endsAt: Scalars['DateTime']['input'];
  /** Début de la plage */
  startsAt: Scalars['DateTime']['input'];
};

/** Créneau d'une plage de disponibilité */
export type AvailabilitySlot = {
  __typename?: 'AvailabilitySlot';
  /** Un entretien occupe ce créneau */
  booked: Scalars['Boolean']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** Un frein périphérique et son importance */
export type BarrierInput = {
  kind: BarrierKind;
  level: BarrierLevel;
  /** Précisions (donnée sensible, 2 000 caractères au plus) */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Frein périphérique à l’emploi */
export type BarrierKind =
  /** Démarches administratives */
  | 'ADMINISTRATIVE'
  /** Garde d’enfants */
  | 'CHILDCARE'
  /** Usages numériques */
  | 'DIGITAL'
  /** Difficultés financières */
  | 'FINANCES'
  /** Santé */
  | 'HEALTH'
  /** Logement */
  | 'HOUSING'
  /** Maîtrise du français */
  | 'LANGUAGE'
  /** Lecture et écriture */
  | 'LITERACY'
  /** Mobilité */
  | 'MOBILITY';

/** Importance du frein */
export type BarrierLevel =
  /** Important */
  | 'HIGH'
  /** Léger */
  | 'LOW'
  /** Modéré */
  | 'MEDIUM';

/** Bénéficiaire du RSA suivi(e) sur Tremplin */
export type Beneficiary = {
  __typename?: 'Beneficiary';
  /** Âge en années révolues */
  age: Scalars['Int']['output'];
  /** Disponibilités hebdomadaires */
  availability: Array<WeeklySlot>;
  /** Disponibilités en clair, par exemple « mardi et jeudi matin » */
  availabilityDescription: Scalars['String']['output'];
  birthDate: Scalars['LocalDate']['output'];
  civility: Maybe<Civility>;
  /** Commune de résidence */
  commune: Commune;
  /** Compétences déjà acquises */
  competencies: Array<Competency>;
  createdAt: Scalars['DateTime']['output'];
  /** La décision en cours */
  currentOrientation: Maybe<Orientation>;
  /** Échéances d'orientation et d'accompagnement */
  deadlines: BeneficiaryDeadlines;
  /** Diagnostics, du plus récent au plus ancien */
  diagnostics: Array<Diagnostic>;
  email: Maybe<Scalars['String']['output']>;
  /** Date de la première action d'accompagnement inscrite au carnet de bord */
  firstActionAt: Maybe<Scalars['DateTime']['output']>;
  firstName: Scalars['String']['output'];
  frenchLevel: Maybe<FrenchLevel>;
  id: Scalars['ID']['output'];
  /** Centres d'intérêt (domaines de mission) */
  interests: Array<MissionDomain>;
  lastName: Scalars['String']['output'];
  /** Le diagnostic le plus récent */
  latestDiagnostic: Maybe<Diagnostic>;
  mobility: Mobility;
  orientationStatus: OrientationStatus;
  /** Orientation et réorientations, de la plus récente à la plus ancienne */
  orientations: Array<Orientation>;
  /** Date de la première orientation */
  orientedAt: Maybe<Scalars['DateTime']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  /** Référent unique de parcours */
  referent: Maybe<User>;
  /** Date d'entrée dans le dispositif RSA */
  rsaEntryDate: Scalars['LocalDate']['output'];
  status: BeneficiaryStatus;
  /** Date du dernier changement de situation */
  statusChangedAt: Maybe<Scalars['DateTime']['output']>;
  /** Projet professionnel : métiers visés */
  targetJobs: Array<Job>;
  /** Territoire (CDS) de la commune de résidence */
  territory: Territory;
  updatedAt: Scalars['DateTime']['output'];
  /** Vous pouvez modifier ce dossier (référent de parcours ou service Insertion) */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Vous pouvez lire les données sensibles (freins, santé, notes confidentielles) ; chaque lecture est journalisée */
  viewerCanReadSensitive: Scalars['Boolean']['output'];
  volunteeringConsent: VolunteeringConsent;
};

export type BeneficiaryConnection = {
  __typename?: 'BeneficiaryConnection';
  edges: Array<BeneficiaryEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

/** Échéances du Plan insertion 01 : orientation sous un mois, accompagnement sous deux mois */
export type BeneficiaryDeadlines = {
  __typename?: 'BeneficiaryDeadlines';
  accompaniment: Deadline;
  orientation: Deadline;
  /** Au moins une échéance est dépassée */
  overdue: Scalars['Boolean']['output'];
};

export type BeneficiaryEdge = {
  __typename?: 'BeneficiaryEdge';
  cursor: Scalars['String']['output'];
  node: Beneficiary;
};

/** Ordre de la liste des personnes */
export type BeneficiarySort =
  /** Par nom puis prénom */
  | 'NAME'
  /** Les entrées au RSA les plus récentes d’abord */
  | 'NEWEST_ENTRY'
  /** L’échéance ouverte la plus proche d’abord */
  | 'NEXT_DEADLINE';

/** Situation dans le dispositif RSA */
export type BeneficiaryStatus =
  /** Suivi en cours */
  | 'ACTIVE'
  /** Sorti(e) du dispositif */
  | 'LEFT'
  /** Droits suspendus : dossier conservé, délais non suivis */
  | 'SUSPENDED';

export type CancelInterviewInput = {
  interviewId: Scalars['ID']['input'];
  /** Motif, envoyé aux participants (3 à 1 000 caractères) */
  reason: Scalars['String']['input'];
};

/** Personne à qui une mission conviendrait */
export type CandidateSuggestion = {
  __typename?: 'CandidateSuggestion';
  /** Identifiant du dossier (vide pour une association) */
  beneficiaryId: Maybe<Scalars['ID']['output']>;
  /** Détail du score (vide pour une association : il révélerait le profil de la personne) */
  breakdown: Maybe<MatchBreakdown>;
  /** Date du calcul */
  computedAt: Scalars['DateTime']['output'];
  /** Prénom et initiale (vide pour une association) */
  displayName: Maybe<Scalars['String']['output']>;
  /** Raisons de la suggestion (vide pour une association) */
  explanation: Maybe<Array<Scalars['String']['output']>>;
  profile: AnonymousCandidateProfile;
  /** Score de 0 à 100 */
  score: Scalars['Float']['output'];
};

export type CandidateSuggestionConnection = {
  __typename?: 'CandidateSuggestionConnection';
  edges: Array<CandidateSuggestionEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type CandidateSuggestionEdge = {
  __typename?: 'CandidateSuggestionEdge';
  cursor: Scalars['String']['output'];
  node: CandidateSuggestion;
};

/** Étape du parcours, telle que l’accueil du référent la compte */
export type CaseloadStage =
  /** Une proposition acceptée, sans entretien réservé */
  | 'ACCEPTED_WITHOUT_INTERVIEW'
  /** Une proposition attend la réponse de la personne */
  | 'AWAITING_ANSWER'
  /** Une mission bénévole en cours */
  | 'ENGAGEMENT_IN_PROGRESS'
  /** Un entretien tripartite cette semaine (lundi à dimanche, heure de Paris) */
  | 'INTERVIEW_THIS_WEEK'
  /** Une mission terminée ou interrompue dont la suite n’est pas enregistrée */
  | 'OUTCOME_TO_RECORD'
  /** À orienter, l’échéance d’un mois pas encore passée */
  | 'TO_ORIENT';

export type ChangeBeneficiaryStatusInput = {
  beneficiaryId: Scalars['ID']['input'];
  status: BeneficiaryStatus;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** Au moins 12 caractères */
  newPassword: Scalars['String']['input'];
};

export type ChoosePasswordInput = {
  /** Au moins 12 caractères */
  password: Scalars['String']['input'];
  /** Le jeton du lien reçu par e-mail (paramètre « jeton » de l'adresse) */
  token: Scalars['String']['input'];
};

/** Civilité */
export type Civility =
  | 'MADAME'
  | 'MONSIEUR';

export type CloseMissionInput = {
  missionId: Scalars['ID']['input'];
  /** Motif de la clôture (1 000 caractères au plus) */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Commune de l'Ain (liste officielle en vigueur) */
export type Commune = {
  __typename?: 'Commune';
  /** Les anciennes communes fusionnées dans celle-ci et son ancien nom (une recherche par ancien nom ou code la trouve) */
  formerCommunes: Array<FormerCommune>;
  /** Code INSEE */
  inseeCode: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Population municipale */
  population: Maybe<Scalars['Int']['output']>;
  /** Codes postaux */
  postalCodes: Array<Scalars['String']['output']>;
  territoryId: Scalars['ID']['output'];
};

export type CommuneConnection = {
  __typename?: 'CommuneConnection';
  edges: Array<CommuneEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type CommuneEdge = {
  __typename?: 'CommuneEdge';
  cursor: Scalars['String']['output'];
  node: Commune;
};

/** Compétence du référentiel (savoir-être, transversale ou pratique) */
export type Competency = {
  __typename?: 'Competency';
  category: CompetencyCategory;
  code: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

/** Compétence attestée, avec son niveau */
export type CompetencyAttestation = {
  __typename?: 'CompetencyAttestation';
  attestationId: Scalars['ID']['output'];
  /** Commentaire court de la structure */
  comment: Maybe<Scalars['String']['output']>;
  competency: Maybe<Competency>;
  competencyCode: Scalars['ID']['output'];
  /** Niveau : 1 découverte, 2 pratique, 3 maîtrise */
  level: Scalars['Int']['output'];
  /** Découverte, Pratique ou Maîtrise */
  levelLabel: Scalars['String']['output'];
};

/** SAVOIR_ETRE : savoir-être professionnel (ROME) ; TRANSVERSAL ; PRATIQUE : savoir-faire */
export type CompetencyCategory =
  | 'PRATIQUE'
  | 'SAVOIR_ETRE'
  | 'TRANSVERSAL';

/** La mission est allée à son terme */
export type CompleteEngagementInput = {
  /** Dernier jour de la mission (ni avant son début, ni dans le futur) */
  endDate: Scalars['LocalDate']['input'];
  engagementId: Scalars['ID']['input'];
  /** Heures de bénévolat réalisées */
  hoursDone: Scalars['Int']['input'];
};

/** Type de contrat de travail */
export type ContractType =
  /** Contrat à durée déterminée */
  | 'CDD'
  /** Contrat à durée indéterminée */
  | 'CDI'
  /** Contrat de l'insertion par l'activité économique */
  | 'IAE'
  /** Intérim */
  | 'INTERIM'
  /** Autre contrat */
  | 'OTHER';

/** Ouverture du dossier d'une personne entrant dans le dispositif RSA */
export type CreateBeneficiaryInput = {
  /** Disponibilités hebdomadaires */
  availability?: InputMaybe<Array<WeeklySlotInput>>;
  /** Date de naissance (la personne doit avoir entre 18 et 100 ans) */
  birthDate: Scalars['LocalDate']['input'];
  civility?: InputMaybe<Civility>;
  /** Code INSEE de la commune de résidence (commune de l'Ain) */
  communeCode: Scalars['String']['input'];
  /** Compétences déjà acquises */
  competencyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Adresse e-mail (les propositions de mission y seront envoyées) */
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  frenchLevel?: InputMaybe<FrenchLevel>;
  /** Centres d'intérêt : codes des domaines de mission */
  interestDomainCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  lastName: Scalars['String']['input'];
  mobility?: InputMaybe<MobilityInput>;
  /** Numéro de téléphone français, par exemple 06 12 34 56 78 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Référent de parcours ; un référent qui crée le dossier en devient le référent */
  referentId?: InputMaybe<Scalars['ID']['input']>;
  /** Date d'entrée dans le dispositif RSA */
  rsaEntryDate: Scalars['LocalDate']['input'];
  /** Projet professionnel : codes ROME des métiers visés */
  targetJobCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** La personne accepte de recevoir des propositions de missions bénévoles (jamais imposé) */
  volunteeringConsent?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Nouvelle fiche mission (créée en brouillon) */
export type CreateMissionInput = {
  /** Adresse (numéro et voie) (200 caractères au plus) */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Code INSEE de la commune (commune de l'Ain) */
  communeCode: Scalars['String']['input'];
  /** Compétences développées (codes du référentiel) */
  competencyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Description (1 à 5000 caractères) */
  description: Scalars['String']['input'];
  /** Domaine (code du référentiel missionDomains) */
  domainCode: Scalars['String']['input'];
  /** Permis B exigé */
  drivingLicenceRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Durée en semaines (1 à 104) */
  durationWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** Dernier jour (mission à dates) */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Suites possibles (formation, emploi, autre mission…) (2000 caractères au plus) */
  followUps?: InputMaybe<Scalars['String']['input']>;
  /** Niveau de français minimum */
  frenchLevel?: InputMaybe<FrenchLevel>;
  /** Heures par semaine (0,5 à 48) */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Latitude du lieu (par défaut celle de la commune) ; à donner avec la longitude */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude du lieu (par défaut celle de la commune) */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Âge minimum (16 à 99) */
  minimumAge?: InputMaybe<Scalars['Int']['input']>;
  /** Objectifs (2000 caractères au plus) */
  objectives?: InputMaybe<Scalars['String']['input']>;
  /** Effort physique (faible par défaut) */
  physicalEffort?: InputMaybe<PhysicalEffort>;
  /** Nombre de places (1 à 500) */
  places: Scalars['Int']['input'];
  /** Desservi par les transports en commun */
  publicTransport?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mission à distance */
  remote?: InputMaybe<Scalars['Boolean']['input']>;
  /** Déroulé : comment se passe la mission (3000 caractères au plus) */
  runningOrder?: InputMaybe<Scalars['String']['input']>;
  /** Premier jour (mission à dates) */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Accessible de plain-pied / aux personnes à mobilité réduite */
  stepFreeAccess?: InputMaybe<Scalars['Boolean']['input']>;
  /** Profils auxquels la mission convient (2000 caractères au plus) */
  suitedProfiles?: InputMaybe<Scalars['String']['input']>;
  /** Résumé (1 à 300 caractères) */
  summary: Scalars['String']['input'];
  /** Titre (3 à 120 caractères) */
  title: Scalars['String']['input'];
  /** Créneaux hebdomadaires (jour × moment) */
  weeklySlots?: InputMaybe<Array<WeeklySlotInput>>;
  /** Contact d'accueil propre à cette mission (par défaut celui de l'association) */
  welcomeContact?: InputMaybe<WelcomeContactInput>;
};

export type CreateTerritoryInput = {
  /** Code en majuscules, par exemple CDS-OYONNAX */
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** Un compte de l'équipe ; la personne choisit son mot de passe depuis l'e-mail d'invitation */
export type CreateUserInput = {
  /** Association de rattachement (obligatoire pour le rôle ASSOCIATION) */
  associationId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  isTerritoryManager?: InputMaybe<Scalars['Boolean']['input']>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  /** CDS de rattachement (obligatoire pour un référent) */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** Moment de la journée : matin, après-midi ou soir */
export type DayPart =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

/** Une échéance de suivi et où elle en est */
export type Deadline = {
  __typename?: 'Deadline';
  /** Jours de retard (en retard, ou tenue en retard) */
  daysLate: Scalars['Int']['output'];
  /** Jours restants avant la date limite */
  daysLeft: Scalars['Int']['output'];
  /** Date à laquelle l’étape a été franchie */
  doneOn: Maybe<Scalars['LocalDate']['output']>;
  /** Date limite */
  dueOn: Scalars['LocalDate']['output'];
  kind: DeadlineKind;
  state: DeadlineState;
};

/** Échéance de suivi */
export type DeadlineKind =
  /** Première action d'accompagnement dans les deux mois qui suivent l'entrée */
  | 'ACCOMPANIMENT'
  /** Orientation dans le mois qui suit l'entrée dans le dispositif */
  | 'ORIENTATION';

/** Où en est une échéance */
export type DeadlineState =
  /** Respectée */
  | 'MET'
  /** Tenue, mais en retard */
  | 'MET_LATE'
  /** Non suivie (dossier suspendu ou clos) */
  | 'NOT_TRACKED'
  /** En retard */
  | 'OVERDUE'
  /** À venir */
  | 'UPCOMING';

/** Motif de refus (facultatif) */
export type DeclineReason =
  /** Pas disponible */
  | 'NOT_AVAILABLE'
  /** Pas intéressé(e) */
  | 'NOT_INTERESTED'
  /** Autre */
  | 'OTHER'
  /** Trop loin */
  | 'TOO_FAR';

/** Diagnostic de la situation de la personne */
export type Diagnostic = {
  __typename?: 'Diagnostic';
  /** Qui a réalisé le diagnostic */
  author: Maybe<User>;
  /** Freins identifiés (donnée sensible) : réservés au référent de parcours et au service Insertion, chaque lecture est journalisée */
  barriers: Maybe<Array<DiagnosticBarrier>>;
  beneficiaryId: Scalars['ID']['output'];
  /** Date du diagnostic */
  conductedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Notes du diagnostic (donnée sensible, lecture journalisée) */
  notes: Maybe<Scalars['String']['output']>;
  /** Parcours proposé à l’issue du diagnostic */
  proposedPathway: OrientationPathway;
  /** Atouts et potentiels de la personne */
  strengths: Maybe<Scalars['String']['output']>;
};

/** Frein périphérique identifié par le diagnostic (donnée sensible) */
export type DiagnosticBarrier = {
  __typename?: 'DiagnosticBarrier';
  kind: BarrierKind;
  level: BarrierLevel;
  /** Précisions du référent */
  note: Maybe<Scalars['String']['output']>;
};

/** Mission bénévole en cours ou passée d’une personne (engagement) */
export type Engagement = {
  __typename?: 'Engagement';
  /** Motif de l’interruption */
  abandonReason: Maybe<Scalars['String']['output']>;
  /** La structure d’accueil */
  association: Maybe<Association>;
  /** La structure d’accueil */
  associationId: Scalars['ID']['output'];
  /** Les attestations de compétences de la structure */
  attestations: Array<PassportAttestation>;
  beneficiaryId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Fin (terminée) ou date d’interruption */
  endDate: Maybe<Scalars['LocalDate']['output']>;
  /** Quand la fin, l’interruption ou l’annulation a été enregistrée */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** Heures réalisées */
  hoursDone: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** L’entretien tripartite qui a ouvert la mission */
  interviewId: Scalars['ID']['output'];
  mission: Maybe<Mission>;
  missionId: Scalars['ID']['output'];
  /** Ce qui a suivi la mission (pour l’équipe qui suit la personne ; null pour les autres) */
  outcomes: Maybe<Array<Outcome>>;
  /** Heures prévues */
  plannedHours: Scalars['Int']['output'];
  proposalId: Scalars['ID']['output'];
  /** Début de la mission */
  startDate: Scalars['LocalDate']['output'];
  status: EngagementStatus;
  /** La personne bénévole (la structure d’accueil n’en voit que le prénom et le contact) */
  volunteer: EngagementVolunteer;
  /** Motif de l’annulation */
  withdrawalReason: Maybe<Scalars['String']['output']>;
};

export type EngagementConnection = {
  __typename?: 'EngagementConnection';
  edges: Array<EngagementEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type EngagementEdge = {
  __typename?: 'EngagementEdge';
  cursor: Scalars['String']['output'];
  node: Engagement;
};

/** Avancement de la mission bénévole */
export type EngagementStatus =
  /** Interrompue en cours de route (les heures faites comptent) */
  | 'ABANDONED'
  /** En cours (ou sur le point de commencer) */
  | 'ACTIVE'
  /** Terminée */
  | 'COMPLETED'
  /** Annulée : la mission n’a pas eu lieu, la place est rendue */
  | 'WITHDRAWN';

/** La personne bénévole, telle que vous pouvez la voir */
export type EngagementVolunteer = {
  __typename?: 'EngagementVolunteer';
  beneficiaryId: Scalars['ID']['output'];
  email: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  /** Nom : pour l’équipe qui suit la personne seulement */
  lastName: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
};

/** Ancienne commune, fusionnée dans une commune actuelle (ou ancien nom de celle-ci) */
export type FormerCommune = {
  __typename?: 'FormerCommune';
  /** Code INSEE de la commune actuelle */
  currentInseeCode: Scalars['ID']['output'];
  /** Ancien code INSEE */
  inseeCode: Scalars['ID']['output'];
  /** Ancien nom (inconnu pour les fusions les plus anciennes) */
  name: Maybe<Scalars['String']['output']>;
};

/** Niveau de français (échelle CECRL, A1 à C2) */
export type FrenchLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2';

/** Ligne d’une répartition (par domaine, par structure, par compétence) */
export type IndicatorBreakdownItem = {
  __typename?: 'IndicatorBreakdownItem';
  count: Maybe<Scalars['Int']['output']>;
  display: Scalars['String']['output'];
  /** Code du domaine ou de la compétence, identifiant de la structure */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Un nombre, masqué (« < 5 ») sous le seuil des petits effectifs */
export type IndicatorCount = {
  __typename?: 'IndicatorCount';
  count: Maybe<Scalars['Int']['output']>;
  display: Scalars['String']['output'];
};

/** Échanges entre les structures d’accueil et un CDS pendant un mois */
export type IndicatorExchange = {
  __typename?: 'IndicatorExchange';
  /** Entretiens tripartites tenus */
  interviews: IndicatorCount;
  /** Messages envoyés aux structures d’accueil */
  messages: IndicatorCount;
  /** Premier jour du mois */
  month: Scalars['LocalDate']['output'];
  monthLabel: Scalars['String']['output'];
  /** Propositions de mission envoyées */
  proposals: IndicatorCount;
  territoryId: Scalars['ID']['output'];
  territoryName: Scalars['String']['output'];
  total: IndicatorCount;
};

/** Nature d’un indicateur */
export type IndicatorKind =
  /** Un nombre (de personnes, d’actions, d’événements) */
  | 'COUNT'
  /** Un indice de diversité entre 0 et 1 */
  | 'INDEX'
  /** Une part : numérateur sur dénominateur, en pourcentage */
  | 'SHARE';

/** Mission de la carte : domaine, lieu, structure d’accueil */
export type IndicatorMissionPoint = {
  __typename?: 'IndicatorMissionPoint';
  communeName: Scalars['String']['output'];
  domainCode: Scalars['String']['output'];
  domainLabel: Scalars['String']['output'];
  hostName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  title: Scalars['String']['output'];
};

/** Valeur mensuelle d’un indicateur de l’Action 5 */
export type IndicatorMonthlyPoint = {
  __typename?: 'IndicatorMonthlyPoint';
  code: Scalars['String']['output'];
  display: Scalars['String']['output'];
  label: Scalars['String']['output'];
  month: Scalars['LocalDate']['output'];
  monthLabel: Scalars['String']['output'];
  value: Maybe<Scalars['Float']['output']>;
};

/** Les indicateurs du Plan insertion 01 pour une période et un territoire */
export type IndicatorReport = {
  __typename?: 'IndicatorReport';
  /** A5-Q3 : compétences attestées, par compétence */
  competenciesAttested: Array<IndicatorBreakdownItem>;
  computedAt: Scalars['DateTime']['output'];
  /** Vrai pour le service Insertion : les petits effectifs ne sont pas masqués */
  exactFigures: Scalars['Boolean']['output'];
  /** A5-Q2 : échanges par territoire et par mois */
  exchanges: Array<IndicatorExchange>;
  from: Scalars['LocalDate']['output'];
  /** Missions ouvertes pendant la période (carte) */
  missions: Array<IndicatorMissionPoint>;
  /** A5-Q1 : missions confiées par domaine d’action */
  missionsByDomain: Array<IndicatorBreakdownItem>;
  /** A5-Q1 : missions confiées par structure d’accueil */
  missionsByHost: Array<IndicatorBreakdownItem>;
  /** Série mensuelle de A5-1 à A5-4 */
  monthly: Array<IndicatorMonthlyPoint>;
  /** « du 01/01/2026 au 31/03/2026 » */
  periodLabel: Scalars['String']['output'];
  scopeLabel: Scalars['String']['output'];
  /** Null : l’ensemble du département */
  territoryId: Maybe<Scalars['ID']['output']>;
  /** Premier jour après la période (exclu) */
  to: Scalars['LocalDate']['output'];
  values: Array<IndicatorValue>;
};

/** Valeur d’un indicateur pour un mois, telle qu’enregistrée par le calcul de nuit */
export type IndicatorSnapshotValue = {
  __typename?: 'IndicatorSnapshotValue';
  code: Scalars['String']['output'];
  /** Date du calcul */
  computedAt: Scalars['DateTime']['output'];
  denominator: Maybe<Scalars['Int']['output']>;
  display: Scalars['String']['output'];
  label: Scalars['String']['output'];
  masked: Scalars['Boolean']['output'];
  /** Premier jour du mois */
  month: Scalars['LocalDate']['output'];
  monthLabel: Scalars['String']['output'];
  numerator: Maybe<Scalars['Int']['output']>;
  value: Maybe<Scalars['Float']['output']>;
};

/** Valeur d’un indicateur, avec sa définition ; les petits effectifs sont protégés */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** Action du plan */
  action: Scalars['String']['output'];
  /** Code de l’indicateur dans le Plan insertion 01 (A5-1…) */
  code: Scalars['String']['output'];
  /** La formule en mots : ce qui est compté, à partir de quelles données, à quelle date */
  definition: Scalars['String']['output'];
  denominator: Maybe<Scalars['Int']['output']>;
  denominatorDisplay: Maybe<Scalars['String']['output']>;
  /** Ce que compte le dénominateur (parts et indices) */
  denominatorLabel: Maybe<Scalars['String']['output']>;
  /** La valeur telle qu’affichée : « 12 », « < 5 », « 62,5 % », « non diffusé » */
  display: Scalars['String']['output'];
  kind: IndicatorKind;
  label: Scalars['String']['output'];
  /** Vrai quand la règle des petits effectifs a masqué une partie de la valeur */
  masked: Scalars['Boolean']['output'];
  numerator: Maybe<Scalars['Int']['output']>;
  numeratorDisplay: Maybe<Scalars['String']['output']>;
  /** Ce que compte le numérateur (parts et indices) */
  numeratorLabel: Maybe<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
  /** Nombre ; part en pourcentage (arrondie au dixième) ; indice (arrondi au centième). Null si non diffusé */
  value: Maybe<Scalars['Float']['output']>;
};

/** Entretien tripartite : la personne, son référent et France Bénévolat */
export type Interview = {
  __typename?: 'Interview';
  /** L'association qui accueille */
  associationName: Scalars['String']['output'];
  beneficiary: InterviewBeneficiary;
  beneficiaryId: Scalars['ID']['output'];
  bookedBy: InterviewBooker;
  /** Motif de l'annulation */
  cancelReason: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** Le coordinateur France Bénévolat */
  coordinator: Maybe<User>;
  coordinatorId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Adresse de l'invitation à jour (.ics), pour l'équipe connectée */
  invitationUrl: Scalars['String']['output'];
  missionId: Scalars['ID']['output'];
  /** Titre de la mission */
  missionTitle: Scalars['String']['output'];
  /** Remarque sur le déroulement */
  outcomeNote: Maybe<Scalars['String']['output']>;
  /** Date d'enregistrement du résultat */
  outcomeRecordedAt: Maybe<Scalars['DateTime']['output']>;
  place: InterviewPlaceType;
  /** La proposition de mission acceptée */
  proposalId: Scalars['ID']['output'];
  /** Le référent qui a proposé la mission */
  referent: Maybe<User>;
  /** Le référent qui a proposé la mission */
  referentId: Scalars['ID']['output'];
  /** Date de la réservation ou du dernier déplacement */
  scheduledAt: Scalars['DateTime']['output'];
  /** Version de l'invitation (augmente à chaque déplacement ou annulation) */
  sequence: Scalars['Int']['output'];
  slotId: Maybe<Scalars['ID']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: InterviewStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** La personne qui accueille dans l'association est invitée (facultatif) */
  welcomeContactInvited: Scalars['Boolean']['output'];
};

/** Plage de disponibilité d'un coordinateur France Bénévolat, découpée en créneaux */
export type InterviewAvailability = {
  __typename?: 'InterviewAvailability';
  /** Pause entre deux créneaux, en minutes */
  breakMinutes: Scalars['Int']['output'];
  /** Le coordinateur France Bénévolat */
  coordinator: Maybe<User>;
  coordinatorId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  place: InterviewPlaceType;
  /** Durée d'un créneau, en minutes */
  slotMinutes: Scalars['Int']['output'];
  /** Les créneaux, dans l’ordre */
  slots: Array<AvailabilitySlot>;
  startsAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type InterviewAvailabilityConnection = {
  __typename?: 'InterviewAvailabilityConnection';
  edges: Array<InterviewAvailabilityEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type InterviewAvailabilityEdge = {
  __typename?: 'InterviewAvailabilityEdge';
  cursor: Scalars['String']['output'];
  node: InterviewAvailability;
};

/** La personne reçue en entretien (une association n’en voit que le prénom et le contact) */
export type InterviewBeneficiary = {
  __typename?: 'InterviewBeneficiary';
  email: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Nom (null pour une association) */
  lastName: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
};

/** Qui a réservé le créneau */
export type InterviewBooker =
  /** La personne elle-même, depuis son lien */
  | 'BENEFICIARY'
  /** Le référent ou un coordinateur */
  | 'STAFF';

/** Ce que les coordinateurs peuvent encore offrir, face aux entretiens à organiser */
export type InterviewCapacity = {
  __typename?: 'InterviewCapacity';
  /** Créneaux libres encore réservables (au moins 48 heures à l’avance) sur la période */
  freeSlots: Scalars['Int']['output'];
  /** Début de la période comptée (maintenant) */
  from: Scalars['DateTime']['output'];
  /** Entretiens passés dont le résultat reste à enregistrer */
  interviewsToRecord: Scalars['Int']['output'];
  /** Propositions acceptées qui attendent leur entretien */
  proposalsAwaitingInterview: Scalars['Int']['output'];
  /** Moins de créneaux libres que de propositions en attente */
  short: Scalars['Boolean']['output'];
  /** Fin de la période comptée */
  to: Scalars['DateTime']['output'];
};

export type InterviewConnection = {
  __typename?: 'InterviewConnection';
  edges: Array<InterviewEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type InterviewEdge = {
  __typename?: 'InterviewEdge';
  cursor: Scalars['String']['output'];
  node: Interview;
};

/** Ce qu'il s'est passé le jour de l'entretien */
export type InterviewOutcome =
  /** La personne était excusée */
  | 'EXCUSED'
  /** L'entretien a eu lieu */
  | 'HELD'
  /** La personne ne s’est pas présentée */
  | 'NO_SHOW';

/** Lieu des entretiens : les locaux de France Bénévolat (adresse et commune), un CDS (le territoire et l'adresse) ou une visioconférence (le lien) */
export type InterviewPlaceInput = {
  /** Adresse (rue, code postal, commune) — obligatoire sur place */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Code INSEE de la commune du lieu — obligatoire sur place (par défaut pour un CDS : sa commune) */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  kind: InterviewPlaceKind;
  /** Nom affiché, par exemple « France Bénévolat Ain » (par défaut : selon le type de lieu) */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Le CDS — obligatoire pour un lieu de type CDS */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Lien https de la visioconférence — obligatoire en visioconférence */
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Lieu d'un entretien */
export type InterviewPlaceKind =
  /** Un Centre Départemental de la Solidarité */
  | 'CDS'
  /** Locaux de France Bénévolat */
  | 'FRANCE_BENEVOLAT'
  /** Visioconférence (avec un lien) */
  | 'VIDEO';

/** Lieu d'un entretien : une adresse, ou un lien de visioconférence */
export type InterviewPlaceType = {
  __typename?: 'InterviewPlaceType';
  /** Adresse (null en visioconférence) */
  address: Maybe<Scalars['String']['output']>;
  /** Code INSEE de la commune (null en visioconférence) */
  communeCode: Maybe<Scalars['String']['output']>;
  kind: InterviewPlaceKind;
  /** Par exemple « France Bénévolat Ain » ou « CDS Oyonnax » */
  label: Scalars['String']['output'];
  /** Lien de visioconférence */
  videoUrl: Maybe<Scalars['String']['output']>;
};

/** Un créneau libre qui convient à la personne */
export type InterviewSlotOption = {
  __typename?: 'InterviewSlotOption';
  coordinatorId: Scalars['ID']['output'];
  /** Distance depuis la commune de la personne (null en visioconférence) */
  distanceKm: Maybe<Scalars['Float']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** Par exemple « mardi 10 mars, 9 h — France Bénévolat Ain, à 4 km » */
  label: Scalars['String']['output'];
  place: InterviewPlaceType;
  slotId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** Les créneaux libres qui conviennent à la personne, le lieu le plus proche d’abord */
export type InterviewSlotOptionConnection = {
  __typename?: 'InterviewSlotOptionConnection';
  edges: Array<InterviewSlotOptionEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type InterviewSlotOptionEdge = {
  __typename?: 'InterviewSlotOptionEdge';
  cursor: Scalars['String']['output'];
  node: InterviewSlotOption;
};

/** État d'un entretien tripartite */
export type InterviewStatus =
  /** Annulé */
  | 'CANCELLED'
  /** Absence excusée */
  | 'EXCUSED'
  /** Réalisé */
  | 'HELD'
  /** La personne ne s’est pas présentée */
  | 'NO_SHOW'
  /** Planifié */
  | 'SCHEDULED';

/** Une personne qu'un membre invite à rejoindre les comptes de son association ; elle choisit son mot de passe depuis l'e-mail d'invitation */
export type InviteAssociationMemberInput = {
  associationId: Scalars['ID']['input'];
  /** Son identifiant de connexion */
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Métier visé (référentiel ROME) et les compétences qu’il demande */
export type Job = {
  __typename?: 'Job';
  competencies: Array<Competency>;
  label: Scalars['String']['output'];
  /** Code ROME */
  romeCode: Scalars['ID']['output'];
};

/** Entrée du carnet de bord */
export type LogbookEntry = {
  __typename?: 'LogbookEntry';
  /** Auteur (vide pour une inscription automatique) */
  author: Maybe<User>;
  beneficiaryId: Scalars['ID']['output'];
  /** Réservée au référent de parcours et au service Insertion */
  confidential: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Date de l'événement */
  occurredAt: Scalars['DateTime']['output'];
  /** Date d'inscription au carnet */
  recordedAt: Scalars['DateTime']['output'];
  /** L'enregistrement concerné (diagnostic, orientation…) */
  referenceId: Maybe<Scalars['ID']['output']>;
  /** Ce qui s’est passé, en français. Pour une entrée confidentielle, son contenu n’est donné qu’au référent et au service Insertion (lecture journalisée). */
  summary: Scalars['String']['output'];
  type: LogbookEntryType;
  /** Type d’entrée en clair */
  typeLabel: Scalars['String']['output'];
};

export type LogbookEntryConnection = {
  __typename?: 'LogbookEntryConnection';
  edges: Array<LogbookEntryEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type LogbookEntryEdge = {
  __typename?: 'LogbookEntryEdge';
  cursor: Scalars['String']['output'];
  node: LogbookEntry;
};

/** Type d’entrée du carnet de bord */
export type LogbookEntryType =
  | 'APPOINTMENT'
  | 'BARRIER_ACTION'
  | 'COMPETENCIES_ATTESTED'
  | 'CONSENT_GIVEN'
  | 'CONSENT_WITHDRAWN'
  | 'DIAGNOSTIC'
  | 'ENGAGEMENT_ABANDONED'
  | 'ENGAGEMENT_COMPLETED'
  | 'ENGAGEMENT_STARTED'
  | 'ENGAGEMENT_WITHDRAWN'
  | 'ENTRY'
  | 'INSERTION_ACTION'
  | 'INTERVIEW_CANCELLED'
  | 'INTERVIEW_HELD'
  | 'INTERVIEW_MISSED'
  | 'INTERVIEW_REMINDED'
  | 'INTERVIEW_RESCHEDULED'
  | 'INTERVIEW_SCHEDULED'
  | 'MISSION_PROPOSED'
  | 'NOTE'
  | 'ORIENTATION'
  | 'OUTCOME_RECORDED'
  | 'PERSONAL_DATA_EXPORTED'
  | 'PROFILE_CORRECTED'
  | 'PROPOSAL_ANSWERED'
  | 'PROPOSAL_FOLLOW_UP'
  | 'REORIENTATION'
  | 'STATUS_CHANGED';

/** Ce qu’un référent peut inscrire lui-même au carnet de bord */
export type LogbookNoteType =
  /** Entretien ou rendez-vous avec la personne (compte comme accompagnement) */
  | 'APPOINTMENT'
  /** Action de levée de freins (compte comme accompagnement) */
  | 'BARRIER_ACTION'
  /** Action d'insertion engagée (compte comme accompagnement) */
  | 'INSERTION_ACTION'
  /** Simple note */
  | 'NOTE';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** Détail du score : chaque critère entre 0 et 1 */
export type MatchBreakdown = {
  __typename?: 'MatchBreakdown';
  /** Distance en km (vide pour une mission à distance) */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** Répartition : baisse quand beaucoup de propositions attendent déjà */
  fairShare: Scalars['Float']['output'];
  /** Centres d'intérêt (domaine de la mission) */
  interestFit: Scalars['Float']['output'];
  /** Découverte : domaine pas encore essayé */
  novelty: Scalars['Float']['output'];
  /** Adéquation au projet professionnel (compétences utiles aux métiers visés) */
  projectFit: Scalars['Float']['output'];
  /** Proximité (décroît avec la distance, selon le moyen de déplacement) */
  proximity: Scalars['Float']['output'];
  /** Part des créneaux de la mission où la personne est disponible */
  scheduleFit: Scalars['Float']['output'];
};

/** Mission bénévole proposée par une association (fiche mission) */
export type Mission = {
  __typename?: 'Mission';
  /** Adresse (numéro et voie) */
  address: Maybe<Scalars['String']['output']>;
  association: Association;
  associationId: Scalars['ID']['output'];
  closedAt: Maybe<Scalars['DateTime']['output']>;
  commune: Commune;
  /** Code INSEE de la commune */
  communeCode: Scalars['String']['output'];
  /** Compétences développées */
  competencies: Array<Competency>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Distance au point de la recherche `near`, en km */
  distanceKm: Maybe<Scalars['Float']['output']>;
  domain: MissionDomain;
  /** Permis B exigé */
  drivingLicenceRequired: Scalars['Boolean']['output'];
  /** Durée en semaines */
  durationWeeks: Maybe<Scalars['Int']['output']>;
  /** Dernier jour (mission à dates) */
  endDate: Maybe<Scalars['LocalDate']['output']>;
  /** Suites possibles (formation, emploi, autre mission…) */
  followUps: Maybe<Scalars['String']['output']>;
  /** Niveau de français minimum */
  frenchLevel: Maybe<FrenchLevel>;
  /** Heures par semaine */
  hoursPerWeek: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  /** Âge minimum */
  minimumAge: Maybe<Scalars['Int']['output']>;
  /** Objectifs de la mission */
  objectives: Maybe<Scalars['String']['output']>;
  physicalEffort: PhysicalEffort;
  /** Nombre de places */
  places: Scalars['Int']['output'];
  /** Places encore libres */
  placesLeft: Scalars['Int']['output'];
  /** Places déjà pourvues */
  placesTaken: Scalars['Int']['output'];
  /** Desservi par les transports en commun */
  publicTransport: Scalars['Boolean']['output'];
  /** Date de la dernière publication */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Mission à distance */
  remote: Scalars['Boolean']['output'];
  /** Déroulé : comment se passe la mission */
  runningOrder: Maybe<Scalars['String']['output']>;
  /** Quand, en clair : « mardi et jeudi matin, du 02/03/2026 au 30/06/2026, 6 h par semaine » */
  scheduleDescription: Scalars['String']['output'];
  /** Premier jour (mission à dates) */
  startDate: Maybe<Scalars['LocalDate']['output']>;
  status: MissionStatus;
  /** Accessible de plain-pied / aux personnes à mobilité réduite */
  stepFreeAccess: Scalars['Boolean']['output'];
  /** Dernière soumission à validation (null : jamais soumise) ; l’attente se compte depuis cette date */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** Profils auxquels la mission convient */
  suitedProfiles: Maybe<Scalars['String']['output']>;
  /** Résumé en une ou deux phrases */
  summary: Scalars['String']['output'];
  /** Territoire (CDS) de la commune */
  territory: Territory;
  title: Scalars['String']['output'];
  /** Historique de modération (qui, quand, pourquoi) : pour l'association et les modérateurs ; null sinon */
  transitions: Maybe<Array<MissionTransition>>;
  updatedAt: Scalars['DateTime']['output'];
  /** Vous pouvez modifier cette mission (membre de son association) */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Créneaux hebdomadaires */
  weeklySlots: Array<WeeklySlot>;
  /** La personne qui accueille le bénévole (celle de la mission, sinon celle de l'association) */
  welcomeContact: WelcomeContact;
};

/** Action de l'historique de modération */
export type MissionAction =
  /** Clôturée */
  | 'CLOSE'
  /** Créée */
  | 'CREATE'
  /** Modifiée : renvoyée en validation */
  | 'EDIT'
  /** Complète (dernière place pourvue) */
  | 'FILL'
  /** Publiée */
  | 'PUBLISH'
  /** Renvoyée en brouillon */
  | 'REJECT'
  /** Rouverte (une place s’est libérée) */
  | 'RELEASE'
  /** Soumise à validation */
  | 'SUBMIT';

export type MissionConnection = {
  __typename?: 'MissionConnection';
  edges: Array<MissionEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

/** Domaine d'action d'une mission bénévole */
export type MissionDomain = {
  __typename?: 'MissionDomain';
  code: Scalars['ID']['output'];
  description: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type MissionEdge = {
  __typename?: 'MissionEdge';
  cursor: Scalars['String']['output'];
  node: Mission;
};

/** Statut d'une mission dans le circuit de modération */
export type MissionStatus =
  /** Clôturée */
  | 'CLOSED'
  /** Brouillon (modifiable par l’association) */
  | 'DRAFT'
  /** Complète : toutes les places sont pourvues */
  | 'FULL'
  /** Publiée : peut être proposée */
  | 'PUBLISHED'
  /** En attente de validation par le service Insertion ou France Bénévolat */
  | 'SUBMITTED';

/** Mission suggérée à une personne, avec son score et ses raisons */
export type MissionSuggestion = {
  __typename?: 'MissionSuggestion';
  breakdown: MatchBreakdown;
  /** Date du calcul */
  computedAt: Scalars['DateTime']['output'];
  /** 1 à 3 phrases expliquant la suggestion */
  explanation: Array<Scalars['String']['output']>;
  mission: Mission;
  /** Rang (1 = la meilleure) */
  rank: Scalars['Int']['output'];
  /** Score de 0 à 100 */
  score: Scalars['Float']['output'];
};

export type MissionSuggestionConnection = {
  __typename?: 'MissionSuggestionConnection';
  /** Date du dernier calcul (vide : pas encore calculé) */
  computedAt: Maybe<Scalars['DateTime']['output']>;
  edges: Array<MissionSuggestionEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
  /** Pourquoi aucune mission ne peut être suggérée (par exemple « Disponibilités non renseignées ») */
  unmatchedReasons: Array<Scalars['String']['output']>;
};

export type MissionSuggestionEdge = {
  __typename?: 'MissionSuggestionEdge';
  cursor: Scalars['String']['output'];
  node: MissionSuggestion;
};

/** Étape de l'historique de modération d'une mission */
export type MissionTransition = {
  __typename?: 'MissionTransition';
  action: MissionAction;
  /** Auteur (null : action automatique de Tremplin) */
  actorId: Maybe<Scalars['ID']['output']>;
  /** Auteur en clair, « Tremplin (automatique) » pour le système */
  actorName: Scalars['String']['output'];
  fromStatus: Maybe<MissionStatus>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** Motif (renvoi en brouillon, clôture) ou précision */
  reason: Maybe<Scalars['String']['output']>;
  toStatus: MissionStatus;
};

/** Mobilité de la personne */
export type Mobility = {
  __typename?: 'Mobility';
  /** Résumé en français, par exemple « à pied, en transports en commun ; jusqu’à 15 km » */
  description: Scalars['String']['output'];
  hasDrivingLicence: Scalars['Boolean']['output'];
  hasVehicle: Scalars['Boolean']['output'];
  /** Distance maximale acceptée, en km */
  maxDistanceKm: Maybe<Scalars['Int']['output']>;
  modes: Array<MobilityMode>;
};

/** Mobilité : moyens de déplacement et distance maximale */
export type MobilityInput = {
  hasDrivingLicence: Scalars['Boolean']['input'];
  /** Dispose d’un véhicule (voiture, deux-roues motorisé) */
  hasVehicle: Scalars['Boolean']['input'];
  /** Distance maximale acceptée, en km (1 à 150) */
  maxDistanceKm?: InputMaybe<Scalars['Int']['input']>;
  modes: Array<MobilityMode>;
};

/** Moyen de déplacement */
export type MobilityMode =
  /** À vélo */
  | 'BICYCLE'
  /** En voiture */
  | 'CAR'
  /** En transports en commun */
  | 'PUBLIC_TRANSPORT'
  /** À pied */
  | 'WALKING';

export type Mutation = {
  __typename?: 'Mutation';
  /** La mission s’est arrêtée avant son terme, avec un motif ; sa place n’est pas rendue */
  abandonEngagement: Engagement;
  /** Inscrit une note, un entretien ou une action au carnet de bord */
  addLogbookNote: LogbookEntry;
  /** Donne l’accord du service Insertion à la tâche de fin de conservation, avec les réglages actuels, après lecture de sa simulation : rien n’est effacé avant */
  approveAnonymisation: AnonymisationPreview;
  /** Atteste les compétences montrées pendant une mission de votre structure (niveau 1 découverte, 2 pratique, 3 maîtrise) ; la personne reçoit son Passeport Bénévole par e-mail */
  attestCompetencies: PassportAttestation;
  /** Annule un entretien avec un motif ; les participants reçoivent l’annulation */
  cancelInterview: Interview;
  /** Suspend, clôt ou réactive un dossier */
  changeBeneficiaryStatus: Beneficiary;
  /** Change votre mot de passe ; vos autres sessions se ferment (celle de ce navigateur continue) */
  changePassword: Scalars['Boolean']['output'];
  /** Choisit le mot de passe depuis le lien d'invitation ou de « mot de passe oublié » (une seule fois) et ouvre la session */
  choosePassword: SessionPayload;
  /** Clôture une mission (définitif) */
  closeMission: Mission;
  /** Déconnexion de la console : ferme la session de ce navigateur */
  closeSession: Scalars['Boolean']['output'];
  /** La mission est allée à son terme : date de fin et heures réalisées */
  completeEngagement: Engagement;
  /** Ouvre le dossier d'une personne entrant dans le dispositif RSA */
  createBeneficiary: Beneficiary;
  /** Crée une fiche mission (en brouillon) */
  createMission: Mission;
  createTerritory: Territory;
  /** Crée un compte de l'équipe ; la personne reçoit un e-mail pour choisir son mot de passe */
  createUser: User;
  /** Désactive un compte : ses sessions cessent aussitôt de fonctionner */
  disableUser: User;
  /** Réactive un compte désactivé : la personne peut de nouveau se connecter */
  enableUser: User;
  /** Enregistre l'accord de la personne pour recevoir des propositions de missions bénévoles */
  giveVolunteeringConsent: Beneficiary;
  /** Invite une personne à rejoindre les comptes de votre association : elle reçoit un e-mail pour choisir son mot de passe (CONFLICT si l'adresse a déjà un compte) */
  inviteAssociationMember: User;
  /** Connexion : renvoie un jeton à utiliser comme « Authorization: Bearer … » */
  login: AuthPayload;
  /** Connexion de la console : ouvre une session dans ce navigateur (cookie HttpOnly, aucun jeton lisible) */
  openSession: SessionPayload;
  /** Oriente la personne (parcours, organisme, référent unique) après un diagnostic ; si le référent change, l’ancien garde l’accès au carnet de bord 3 mois */
  orientBeneficiary: Orientation;
  /** Propose une mission publiée à une personne que vous suivez et qui a donné son accord : elle la reçoit par e-mail */
  proposeMission: Proposal;
  /** Publie plusieurs plages en un lieu, par exemple chaque mardi de 9 h à 12 h pendant huit semaines sauf les exceptions : toutes ou aucune (jours fériés et chevauchements refusés) */
  publishAvailabilities: Array<InterviewAvailability>;
  /** Publie une plage de disponibilité (au plus 12 heures) en un lieu : elle est découpée en créneaux réservables de la durée choisie */
  publishAvailability: InterviewAvailability;
  /** Publie une mission soumise à validation */
  publishMission: Mission;
  /** Enregistre le diagnostic (freins, atouts, parcours proposé) ; le carnet de bord n’en garde que le parcours */
  recordDiagnostic: Diagnostic;
  /** Enregistre ce qu’il s’est passé (réalisé, absence, absence excusée), à partir de l’heure du rendez-vous */
  recordInterviewOutcome: Interview;
  /** Enregistre ce qui a suivi une mission (emploi avec son contrat, formation, nouvelle mission, ou pas encore de suite), daté, dans le carnet de bord */
  recordOutcome: Outcome;
  /** Enregistre la réponse que la personne vous a donnée par téléphone ou en personne (mêmes règles que sa réponse par le lien ; dans le carnet de bord) */
  recordProposalAnswer: Proposal;
  /** Demande le recalcul immédiat des suggestions d’une personne */
  refreshMatches: Scalars['Boolean']['output'];
  /** Inscrit une association et son premier membre (rôle ASSOCIATION) ; l'association attend la validation du service Insertion */
  registerAssociation: Association;
  /** Renvoie une mission soumise en brouillon, avec un motif */
  rejectMission: Mission;
  /** Supprime une plage tant qu’aucun de ses créneaux n’est réservé */
  removeAvailability: Scalars['ID']['output'];
  /** Retire un créneau libre de sa plage */
  removeInterviewSlot: InterviewAvailability;
  /** Réoriente la personne : demande un nouveau diagnostic réalisé après l’orientation en cours, et un motif */
  reorientBeneficiary: Orientation;
  /** Mot de passe oublié : envoie un lien valable une heure si un compte actif a cette adresse (la réponse est la même sinon) */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Demande l’export de toutes les données détenues sur une personne que vous suivez (droit d’accès) : un fichier JSON et un PDF, produits en arrière-plan, inscrits au carnet de bord et au journal d’accès */
  requestPersonalDataExport: PersonalDataExport;
  /** Déplace un entretien sur un autre créneau libre : même invitation, nouvelle version (SEQUENCE) */
  rescheduleInterview: Interview;
  /** Réserve un créneau pour l’entretien tripartite d’une proposition acceptée ; chaque participant reçoit l’invitation (.ics) */
  scheduleInterview: Interview;
  /** Un e-mail à chaque réponse (IMMEDIATE) ou un résumé par jour (DAILY_DIGEST) */
  setProposalNotificationMode: ProposalNotificationMode;
  /** Démarre la mission après un entretien tripartite réalisé (référent, France Bénévolat, structure d’accueil ou service Insertion) */
  startEngagement: Engagement;
  /** Soumet une mission à validation (association validée seulement) */
  submitMission: Mission;
  /** Modifie les informations de votre association */
  updateAssociation: Association;
  /** Modifie une plage (horaires, durée des créneaux, lieu) tant qu’aucun de ses créneaux n’est réservé */
  updateAvailability: InterviewAvailability;
  /** Modifie le profil : seuls les champs envoyés changent */
  updateBeneficiaryProfile: Beneficiary;
  /** Modifie une fiche mission ; une mission publiée dont le contenu change repasse en validation (pas pour le nombre de places) */
  updateMission: Mission;
  /** Change le rôle, le territoire ou la responsabilité de territoire d’un compte (seuls les champs envoyés) */
  updateUser: User;
  /** Valide ou refuse (avec un motif) une association inscrite */
  validateAssociation: Association;
  /** La mission n’a finalement pas eu lieu : elle est annulée et sa place rendue à la mission (impossible une fois des compétences attestées) */
  withdrawEngagement: Engagement;
  /** Retire une proposition : ses liens ne fonctionnent plus ; une place réservée est libérée */
  withdrawProposal: Proposal;
  /** Retire l'accord : la personne ne reçoit plus de propositions (toujours possible) */
  withdrawVolunteeringConsent: Beneficiary;
};


export type MutationAbandonEngagementArgs = {
  input: AbandonEngagementInput;
};


export type MutationAddLogbookNoteArgs = {
  input: AddLogbookNoteInput;
};


export type MutationAttestCompetenciesArgs = {
  input: AttestCompetenciesInput;
};


export type MutationCancelInterviewArgs = {
  input: CancelInterviewInput;
};


export type MutationChangeBeneficiaryStatusArgs = {
  input: ChangeBeneficiaryStatusInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChoosePasswordArgs = {
  input: ChoosePasswordInput;
};


export type MutationCloseMissionArgs = {
  input: CloseMissionInput;
};


export type MutationCompleteEngagementArgs = {
  input: CompleteEngagementInput;
};


export type MutationCreateBeneficiaryArgs = {
  input: CreateBeneficiaryInput;
};


export type MutationCreateMissionArgs = {
  input: CreateMissionInput;
};


export type MutationCreateTerritoryArgs = {
  input: CreateTerritoryInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDisableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGiveVolunteeringConsentArgs = {
  beneficiaryId: Scalars['ID']['input'];
};


export type MutationInviteAssociationMemberArgs = {
  input: InviteAssociationMemberInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationOpenSessionArgs = {
  input: LoginInput;
};


export type MutationOrientBeneficiaryArgs = {
  input: OrientBeneficiaryInput;
};


export type MutationProposeMissionArgs = {
  input: ProposeMissionInput;
};


export type MutationPublishAvailabilitiesArgs = {
  input: PublishAvailabilitiesInput;
};


export type MutationPublishAvailabilityArgs = {
  input: PublishAvailabilityInput;
};


export type MutationPublishMissionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordDiagnosticArgs = {
  input: RecordDiagnosticInput;
};


export type MutationRecordInterviewOutcomeArgs = {
  input: RecordInterviewOutcomeInput;
};


export type MutationRecordOutcomeArgs = {
  input: RecordOutcomeInput;
};


export type MutationRecordProposalAnswerArgs = {
  input: RecordProposalAnswerInput;
};


export type MutationRefreshMatchesArgs = {
  beneficiaryId: Scalars['ID']['input'];
};


export type MutationRegisterAssociationArgs = {
  input: RegisterAssociationInput;
};


export type MutationRejectMissionArgs = {
  input: RejectMissionInput;
};


export type MutationRemoveAvailabilityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveInterviewSlotArgs = {
  slotId: Scalars['ID']['input'];
};


export type MutationReorientBeneficiaryArgs = {
  input: ReorientBeneficiaryInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationRequestPersonalDataExportArgs = {
  beneficiaryId: Scalars['ID']['input'];
};


export type MutationRescheduleInterviewArgs = {
  input: RescheduleInterviewInput;
};


export type MutationScheduleInterviewArgs = {
  input: ScheduleInterviewInput;
};


export type MutationSetProposalNotificationModeArgs = {
  mode: ProposalNotificationMode;
};


export type MutationStartEngagementArgs = {
  input: StartEngagementInput;
};


export type MutationSubmitMissionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAssociationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAssociationInput;
};


export type MutationUpdateAvailabilityArgs = {
  id: Scalars['ID']['input'];
  input: PublishAvailabilityInput;
};


export type MutationUpdateBeneficiaryProfileArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBeneficiaryProfileInput;
};


export type MutationUpdateMissionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMissionInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationValidateAssociationArgs = {
  input: ValidateAssociationInput;
};


export type MutationWithdrawEngagementArgs = {
  input: WithdrawEngagementInput;
};


export type MutationWithdrawProposalArgs = {
  input: WithdrawProposalInput;
};


export type MutationWithdrawVolunteeringConsentArgs = {
  beneficiaryId: Scalars['ID']['input'];
};

/** Recherche autour d’un point */
export type NearInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  /** Rayon en km (0,1 à 200) */
  radiusKm: Scalars['Float']['input'];
};

/** Décision d’orientation, appuyée sur le dernier diagnostic */
export type OrientBeneficiaryInput = {
  beneficiaryId: Scalars['ID']['input'];
  /** Organisme du référent unique, par exemple « France Travail Oyonnax » ou « CDS Belley » */
  organism: Scalars['String']['input'];
  pathway: OrientationPathway;
  /** Le référent unique de parcours désigné */
  referentId: Scalars['ID']['input'];
};

/** Décision d’orientation ou de réorientation */
export type Orientation = {
  __typename?: 'Orientation';
  beneficiaryId: Scalars['ID']['output'];
  decidedAt: Scalars['DateTime']['output'];
  /** Qui a pris la décision */
  decidedBy: Maybe<User>;
  /** Le diagnostic sur lequel la décision s’appuie */
  diagnosticId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  isReorientation: Scalars['Boolean']['output'];
  /** Organisme du référent unique (France Travail, CDS, PLIE, association…) */
  organism: Scalars['String']['output'];
  pathway: OrientationPathway;
  /** Le référent précédent, en cas de passation */
  previousReferent: Maybe<User>;
  /** Motif de la réorientation (donnée sensible, lecture journalisée) */
  reason: Maybe<Scalars['String']['output']>;
  /** Le référent unique désigné */
  referent: User;
};

/** Parcours d'orientation */
export type OrientationPathway =
  /** Professionnel (vers l’emploi, souvent avec France Travail) */
  | 'PROFESSIONAL'
  /** Social (lever d’abord les freins : santé, logement, famille) */
  | 'SOCIAL'
  /** Socio-professionnel (emploi et freins sociaux ensemble) */
  | 'SOCIO_PROFESSIONAL';

/** Avancement de l'orientation */
export type OrientationStatus =
  /** Orienté(e), avec un référent unique */
  | 'ORIENTED'
  /** Diagnostic à réaliser */
  | 'PENDING_DIAGNOSTIC'
  /** Diagnostic réalisé, orientation à décider */
  | 'PENDING_ORIENTATION';

/** Suite du parcours après une mission : emploi, formation, nouvelle mission, ou rien encore */
export type Outcome = {
  __typename?: 'Outcome';
  beneficiaryId: Scalars['ID']['output'];
  /** Pour un emploi */
  contractType: Maybe<ContractType>;
  /** Employeur, formation ou structure */
  detail: Maybe<Scalars['String']['output']>;
  /** Fin prévue (CDD, intérim, formation…) */
  endDate: Maybe<Scalars['LocalDate']['output']>;
  /** La mission dont c’est la suite */
  engagementId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: OutcomeKind;
  recordedAt: Scalars['DateTime']['output'];
  /** Début (emploi, formation, mission) ou date du constat */
  startDate: Scalars['LocalDate']['output'];
};

/** Ce qui a suivi la mission */
export type OutcomeKind =
  /** Nouvelle mission bénévole */
  | 'ANOTHER_MISSION'
  /** Emploi (avec un type de contrat) */
  | 'JOB'
  /** Pas encore de suite */
  | 'NOTHING_YET'
  /** Formation */
  | 'TRAINING';

/** Un dossier en retard */
export type OverdueFile = {
  __typename?: 'OverdueFile';
  beneficiary: Beneficiary;
  /** Jours de retard sur l’échéance la plus ancienne */
  daysLate: Scalars['Int']['output'];
  deadlines: BeneficiaryDeadlines;
  /** Les échéances dépassées */
  missed: Array<DeadlineKind>;
};

export type OverdueFileConnection = {
  __typename?: 'OverdueFileConnection';
  edges: Array<OverdueFileEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type OverdueFileEdge = {
  __typename?: 'OverdueFileEdge';
  cursor: Scalars['String']['output'];
  node: OverdueFile;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Attestation de compétences par la structure d’accueil */
export type PassportAttestation = {
  __typename?: 'PassportAttestation';
  associationId: Scalars['ID']['output'];
  attestedAt: Scalars['DateTime']['output'];
  /** Nom de la personne qui atteste */
  attestorName: Scalars['String']['output'];
  /** Sa fonction dans la structure */
  attestorRole: Scalars['String']['output'];
  beneficiaryId: Scalars['ID']['output'];
  competencies: Array<CompetencyAttestation>;
  engagementId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
};

/** Personne qui a attesté, pour la structure d’accueil */
export type PassportAttestor = {
  __typename?: 'PassportAttestor';
  attestedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

/** Compétence attestée, au niveau le plus récent */
export type PassportCompetency = {
  __typename?: 'PassportCompetency';
  code: Scalars['String']['output'];
  comment: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** 1 découverte, 2 pratique, 3 maîtrise */
  level: Scalars['Int']['output'];
  /** Découverte, Pratique ou Maîtrise */
  levelLabel: Scalars['String']['output'];
};

/** Une mission du passeport, avec les compétences attestées */
export type PassportEntryView = {
  __typename?: 'PassportEntryView';
  attestors: Array<PassportAttestor>;
  competencies: Array<PassportCompetency>;
  endDate: Maybe<Scalars['LocalDate']['output']>;
  engagementId: Scalars['ID']['output'];
  hostCommune: Maybe<Scalars['String']['output']>;
  /** Structure d’accueil */
  hostName: Scalars['String']['output'];
  hoursDone: Maybe<Scalars['Int']['output']>;
  missionTitle: Scalars['String']['output'];
  plannedHours: Scalars['Int']['output'];
  startDate: Scalars['LocalDate']['output'];
  status: EngagementStatus;
};

/** Passeport Bénévole : les compétences attestées au fil des missions */
export type PassportView = {
  __typename?: 'PassportView';
  beneficiaryId: Scalars['ID']['output'];
  entries: Array<PassportEntryView>;
  /** Prénom et nom de la personne */
  holderName: Scalars['String']['output'];
  /** Date de la première attestation (null : pas encore de passeport) */
  issuedAt: Maybe<Scalars['DateTime']['output']>;
  /** Adresse du PDF pour l’équipe (connexion requise), null tant qu’aucune compétence n’est attestée */
  pdfUrl: Maybe<Scalars['String']['output']>;
};

/** Le compte auquel mène un lien de choix de mot de passe */
export type PasswordLink = {
  __typename?: 'PasswordLink';
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  /** Vrai pour une invitation (premier mot de passe), faux pour « mot de passe oublié » */
  firstPassword: Scalars['Boolean']['output'];
};

/** Export de toutes les données détenues sur une personne (droit d’accès, RGPD article 15) */
export type PersonalDataExport = {
  __typename?: 'PersonalDataExport';
  beneficiaryId: Scalars['ID']['output'];
  /** Fichiers effacés à partir du */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Lien signé du fichier JSON (lisible par une machine), tant qu’il est prêt */
  jsonUrl: Maybe<Scalars['String']['output']>;
  /** Lien signé du document PDF en français, tant qu’il est prêt */
  pdfUrl: Maybe<Scalars['String']['output']>;
  /** Produit le */
  readyAt: Maybe<Scalars['DateTime']['output']>;
  /** Demandé le */
  requestedAt: Scalars['DateTime']['output'];
  status: PersonalDataExportStatus;
  /** Libellé de l’état, en clair */
  statusLabel: Scalars['String']['output'];
};

/** Où en est un export des données d’une personne */
export type PersonalDataExportStatus =
  /** Expiré : les fichiers ont été effacés */
  | 'EXPIRED'
  /** En préparation */
  | 'PENDING'
  /** Prêt : les deux fichiers se téléchargent par leurs liens jusqu’à l’échéance */
  | 'READY';

/** Effort physique demandé */
export type PhysicalEffort =
  /** Soutenu (port de charges) */
  | 'HIGH'
  /** Faible */
  | 'LOW'
  /** Modéré */
  | 'MODERATE';

/** Proposition de mission bénévole faite à une personne par son référent */
export type Proposal = {
  __typename?: 'Proposal';
  /** Comment la réponse est arrivée (le lien, ou recueillie par le référent) */
  answerChannel: Maybe<AnswerChannel>;
  /** Qui a enregistré la réponse donnée par téléphone ou en personne */
  answerRecordedBy: Maybe<User>;
  /** Date de la réponse de la personne */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** Le dossier de la personne (référent, service Insertion) */
  beneficiary: Maybe<Beneficiary>;
  /** Prénom et coordonnées de la personne (pour une association : une fois la proposition acceptée) */
  candidate: Maybe<ProposalCandidate>;
  /** Date du consentement de la personne (réponse « oui ») */
  consentAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Motif du refus, si la personne l’a indiqué */
  declineReason: Maybe<DeclineReason>;
  /** Par e-mail, ou par lettre (personne sans adresse e-mail) */
  delivery: ProposalDelivery;
  /** Date à laquelle le serveur de messagerie a refusé définitivement l'e-mail de proposition */
  emailFailedAt: Maybe<Scalars['DateTime']['output']>;
  /** Pourquoi l'e-mail de proposition n'a pas pu être remis (il ne sera pas renvoyé) */
  emailFailure: Maybe<Scalars['String']['output']>;
  expiredAt: Maybe<Scalars['DateTime']['output']>;
  /** Date limite de réponse (les liens expirent avec elle) */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** La lettre à imprimer (PDF) tant que la proposition attend sa réponse (le référent de la personne, le service Insertion) */
  letterUrl: Maybe<Scalars['String']['output']>;
  /** Le message personnel du référent */
  message: Maybe<Scalars['String']['output']>;
  mission: Maybe<Mission>;
  missionId: Scalars['ID']['output'];
  /** Qui a fait la proposition */
  referent: Maybe<User>;
  /** Date de la relance */
  remindedAt: Maybe<Scalars['DateTime']['output']>;
  /** Date prévue de la relance par e-mail (vide : lettre, déjà relancée ou plus en attente) */
  reminderDueAt: Maybe<Scalars['DateTime']['output']>;
  /** Date d'envoi de l'e-mail de proposition */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: ProposalStatus;
  /** État en clair */
  statusLabel: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Vous pouvez retirer cette proposition */
  viewerCanWithdraw: Scalars['Boolean']['output'];
  /** Rang sur la liste d'attente (1 : la prochaine place) */
  waitingListRank: Maybe<Scalars['Int']['output']>;
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** Prénom et coordonnées de la personne (proposition acceptée) */
export type ProposalCandidate = {
  __typename?: 'ProposalCandidate';
  email: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  /** Nom (pour l’équipe qui suit la personne et France Bénévolat ; null pour une association) */
  lastName: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
};

export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  edges: Array<ProposalEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

/** Comment la proposition parvient à la personne */
export type ProposalDelivery =
  /** Par e-mail, avec ses liens de réponse */
  | 'EMAIL'
  /** Par une lettre imprimée (avec le QR code de la page de réponse) */
  | 'LETTER';

export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  cursor: Scalars['String']['output'];
  node: Proposal;
};

/** Aperçu de l’e-mail de proposition, tel que la personne le recevra */
export type ProposalEmailPreview = {
  __typename?: 'ProposalEmailPreview';
  /** LETTER : la personne n’a pas d’e-mail, la proposition sera une lettre à imprimer */
  delivery: ProposalDelivery;
  /** Date limite de réponse si la proposition part maintenant */
  expiresAt: Scalars['DateTime']['output'];
  /** L’e-mail en HTML */
  html: Scalars['String']['output'];
  /** Les réponses à l’e-mail arrivent à cette adresse (la vôtre) */
  replyTo: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  /** Le texte de l’e-mail (version sans mise en forme) */
  text: Scalars['String']['output'];
  /** Destinataire (vide : pas d’adresse e-mail) */
  to: Maybe<Scalars['String']['output']>;
};

/** Comment le référent est prévenu des suites de ses propositions */
export type ProposalNotificationMode =
  /** Un résumé par jour, le matin */
  | 'DAILY_DIGEST'
  /** Un e-mail à chaque réponse, expiration ou place libérée */
  | 'IMMEDIATE';

/** État d'une proposition de mission */
export type ProposalStatus =
  /** Acceptée : une place est réservée */
  | 'ACCEPTED'
  /** Refusée par la personne */
  | 'DECLINED'
  /** Expirée sans réponse */
  | 'EXPIRED'
  /** Enregistrée, e-mail en cours d'envoi */
  | 'PROPOSED'
  /** E-mail envoyé, en attente de réponse */
  | 'SENT'
  /** Acceptée alors que la mission était complète : sur liste d'attente */
  | 'WAITING_LIST'
  /** Retirée par le référent (ou mission fermée) */
  | 'WITHDRAWN';

/** Proposer une mission bénévole à une personne que vous suivez */
export type ProposeMissionInput = {
  beneficiaryId: Scalars['ID']['input'];
  /** Votre message personnel, repris dans l'e-mail (1000 caractères au plus) */
  message?: InputMaybe<Scalars['String']['input']>;
  missionId: Scalars['ID']['input'];
};

/** Plusieurs plages publiées ensemble (une disponibilité récurrente, sans ses exceptions) : toutes ou aucune */
export type PublishAvailabilitiesInput = {
  /** Pause entre deux créneaux, en minutes (0 à 120) */
  breakMinutes?: InputMaybe<Scalars['Int']['input']>;
  place: InterviewPlaceInput;
  /** Les plages, de 1 à 60 */
  ranges: Array<AvailabilityRangeInput>;
  /** Durée d'un créneau en minutes (15 à 240) */
  slotMinutes: Scalars['Int']['input'];
};

/** Une plage de disponibilité, découpée en créneaux réservables */
export type PublishAvailabilityInput = {
  /** Pause entre deux créneaux, en minutes (0 à 120) */
  breakMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Fin de la plage (au plus 12 heures après le début) */
  endsAt: Scalars['DateTime']['input'];
  place: InterviewPlaceInput;
  /** Durée d'un créneau en minutes (15 à 240) */
  slotMinutes: Scalars['Int']['input'];
  /** Début de la plage */
  startsAt: Scalars['DateTime']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Simulation de la tâche de fin de conservation (anonymisation des dossiers, purge du journal des accès et des traces d’e-mails) : ce qu’elle effacerait maintenant, catégorie par catégorie, sans rien effacer */
  anonymisationPreview: AnonymisationPreview;
  /** Une association (un membre ne voit que la sienne) */
  association: Association;
  /** Les associations, par ordre alphabétique : toutes (service Insertion, coordination), les validées (référents), la vôtre (membre) ; en attente de validation (statut PENDING) : la plus ancienne inscription d’abord */
  associations: AssociationConnection;
  /** Les personnes que vous suivez (référent), celles de votre territoire (responsable de territoire) ou toutes (service Insertion), par ordre alphabétique sauf autre `sort` */
  beneficiaries: BeneficiaryConnection;
  /** Le dossier d’une personne que vous suivez */
  beneficiary: Beneficiary;
  /** Les personnes à qui une mission conviendrait, de la plus adaptée à la moins adaptée ; pour l'association de la mission, seulement leur nombre et des profils anonymes */
  candidateSuggestions: CandidateSuggestionConnection;
  /** Les communes de l'Ain */
  communes: CommuneConnection;
  /** Le référentiel de compétences */
  competencies: Array<Competency>;
  /** Une mission bénévole */
  engagement: Engagement;
  /** Les missions bénévoles que vous pouvez voir (référent : les personnes que vous suivez ; structure : ses missions ; France Bénévolat et service Insertion : toutes), les plus récentes d’abord */
  engagements: EngagementConnection;
  /** Les valeurs mensuelles enregistrées chaque nuit, telles qu’elles ont été calculées */
  indicatorHistory: Array<IndicatorSnapshotValue>;
  /** Les indicateurs du Plan insertion 01 pour la période [from, to[ et un territoire (ou tout le département) : valeur, numérateur, dénominateur et définition. Service Insertion ; responsable de territoire pour le sien, avec masquage des effectifs inférieurs à 5 */
  indicators: IndicatorReport;
  /** Un entretien que vous pouvez voir */
  interview: Interview;
  /** Les plages de disponibilité à venir des coordinateurs, les plus proches d’abord */
  interviewAvailabilities: InterviewAvailabilityConnection;
  /** Les créneaux libres des prochains jours face aux propositions acceptées en attente d’entretien (alerte quand ils manquent) */
  interviewCapacity: InterviewCapacity;
  /** Les créneaux libres pour l’entretien d’une proposition acceptée : au moins 48 heures à l’avance, dans les disponibilités de la personne, le lieu le plus proche d’abord */
  interviewSlots: InterviewSlotOptionConnection;
  /** Les entretiens que vous pouvez voir, les plus proches d’abord : tous (coordinateurs, service Insertion), ceux des personnes que vous suivez (référents), ceux de vos missions (associations) */
  interviews: InterviewConnection;
  /** Les métiers visés (ROME) et les compétences qu’ils demandent */
  jobs: Array<Job>;
  /** Le carnet de bord d’une personne, du plus récent au plus ancien (un ancien référent le lit encore 3 mois après la passation) */
  logbook: LogbookEntryConnection;
  /** L'utilisateur connecté */
  me: User;
  /** Une mission (une association ne voit que les siennes) */
  mission: Mission;
  /** Les domaines des missions bénévoles */
  missionDomains: Array<MissionDomain>;
  /** Les missions suggérées à une personne, de la plus adaptée à la moins adaptée, avec le détail du score et ses raisons (son référent, le responsable de son territoire, le service Insertion) */
  missionSuggestions: MissionSuggestionConnection;
  /** Les missions que vous pouvez voir (association : les vôtres ; référent : publiées ; service Insertion et coordination : toutes), les plus récentes d’abord ; la file de modération (statut SUBMITTED seul) : la plus ancienne soumission d’abord ; par distance avec `near`, par pertinence avec `text` */
  missions: MissionConnection;
  /** Les dossiers en retard que vous pouvez voir (orientation au-delà d’un mois, première action au-delà de deux mois), les plus en retard d’abord */
  overdueOrientations: OverdueFileConnection;
  /** Le Passeport Bénévole d’une personne que vous suivez : chaque mission, ses compétences attestées et leur niveau (le PDF est à l’adresse pdfUrl) */
  passport: PassportView;
  /** À qui mène un lien de choix de mot de passe (INVALID_LINK s’il a expiré ou a déjà servi) */
  passwordLink: PasswordLink;
  /** Où en est un export des données d’une personne, avec les liens de ses fichiers une fois prêt */
  personalDataExport: PersonalDataExport;
  /** Une proposition de mission */
  proposal: Proposal;
  /** L’e-mail que la personne recevra si vous lui proposez cette mission (même modèle que l’envoi ; rien n’est enregistré) */
  proposalEmailPreview: ProposalEmailPreview;
  /** Comment vous êtes prévenu(e) des réponses à vos propositions */
  proposalNotificationMode: ProposalNotificationMode;
  /** Les propositions que vous voyez, les plus récentes d’abord (association : celles acceptées sur vos missions) */
  proposals: ProposalConnection;
  /** Les propositions acceptées qui attendent leur entretien (aucun prévu ni réalisé), la plus ancienne réponse d’abord */
  proposalsAwaitingInterview: ProposalConnection;
  /** Les compteurs de l’accueil : dossiers à orienter, en retard, propositions sans réponse, entretiens de la semaine… sur les personnes que vous pouvez voir */
  referentDashboard: ReferentDashboard;
  /** Journal des lectures de données sensibles (qui, quand, quelle personne, quelle donnée), du plus récent au plus ancien */
  sensitiveDataAccessLog: SensitiveDataAccessConnection;
  /** Les territoires (CDS), par ordre alphabétique */
  territories: TerritoryConnection;
  users: UserConnection;
};


export type QueryAnonymisationPreviewArgs = {
  retentionMonths?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  domainCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AssociationStatus>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBeneficiariesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orientationStatus?: InputMaybe<OrientationStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  referentId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<BeneficiarySort>;
  stage?: InputMaybe<CaseloadStage>;
  status?: InputMaybe<BeneficiaryStatus>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  volunteeringConsent?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryBeneficiaryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCandidateSuggestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  missionId: Scalars['ID']['input'];
};


export type QueryCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCompetenciesArgs = {
  category?: InputMaybe<CompetencyCategory>;
};


export type QueryEngagementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEngagementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  missionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<EngagementStatus>;
};


export type QueryIndicatorHistoryArgs = {
  fromMonth: Scalars['LocalDate']['input'];
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  toMonth: Scalars['LocalDate']['input'];
};


export type QueryIndicatorsArgs = {
  from: Scalars['LocalDate']['input'];
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['LocalDate']['input'];
};


export type QueryInterviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInterviewAvailabilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  coordinatorId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryInterviewCapacityArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInterviewSlotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type QueryInterviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  coordinatorId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  missionId?: InputMaybe<Scalars['ID']['input']>;
  proposalId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<InterviewStatus>>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryLogbookArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  beneficiaryId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<LogbookEntryType>>;
};


export type QueryMissionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMissionSuggestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  beneficiaryId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  associationId?: InputMaybe<Scalars['ID']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hasPlacesLeft?: InputMaybe<Scalars['Boolean']['input']>;
  near?: InputMaybe<NearInput>;
  status?: InputMaybe<Array<MissionStatus>>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverdueOrientationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<DeadlineKind>;
  referentId?: InputMaybe<Scalars['ID']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPassportArgs = {
  beneficiaryId: Scalars['ID']['input'];
};


export type QueryPasswordLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryPersonalDataExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalEmailPreviewArgs = {
  input: ProposeMissionInput;
};


export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  missionId?: InputMaybe<Scalars['ID']['input']>;
  referentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ProposalStatus>>;
};


export type QueryProposalsAwaitingInterviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferentDashboardArgs = {
  referentId?: InputMaybe<Scalars['ID']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySensitiveDataAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTerritoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** Diagnostic de la situation (bilan complet) */
export type RecordDiagnosticInput = {
  /** Freins identifiés (chaque type une fois au plus) */
  barriers: Array<BarrierInput>;
  beneficiaryId: Scalars['ID']['input'];
  /** Notes du diagnostic (donnée sensible) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Parcours proposé */
  proposedPathway: OrientationPathway;
  /** Atouts et potentiels de la personne */
  strengths?: InputMaybe<Scalars['String']['input']>;
};

export type RecordInterviewOutcomeInput = {
  interviewId: Scalars['ID']['input'];
  /** Remarque sur le déroulement (facultatif, 2 000 caractères au plus) */
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: InterviewOutcome;
};

/** Ce qui a suivi une mission, enregistré par le référent */
export type RecordOutcomeInput = {
  /** Obligatoire pour un emploi, seulement pour un emploi */
  contractType?: InputMaybe<ContractType>;
  /** Employeur, intitulé de la formation ou structure */
  detail?: InputMaybe<Scalars['String']['input']>;
  /** Fin prévue (CDD, intérim, formation…) */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** La mission dont c’est la suite */
  engagementId: Scalars['ID']['input'];
  kind: OutcomeKind;
  /** Début de l’emploi, de la formation ou de la mission ; pour « pas encore de suite », la date du constat */
  startDate: Scalars['LocalDate']['input'];
};

/** Une réponse que la personne a donnée par téléphone ou en personne */
export type RecordProposalAnswerInput = {
  answer: RecordedAnswer;
  /** PHONE ou IN_PERSON (une réponse par le lien s’enregistre seule) */
  channel: AnswerChannel;
  /** Motif d’un refus, si la personne l’a donné */
  declineReason?: InputMaybe<DeclineReason>;
  proposalId: Scalars['ID']['input'];
};

/** La réponse de la personne */
export type RecordedAnswer =
  /** « Je suis intéressé(e) » */
  | 'ACCEPT'
  /** « Non merci » */
  | 'DECLINE';

/** Les compteurs de l’accueil du référent, sur les dossiers en cours de suivi qu’il peut voir ; chacun correspond à un filtre de `beneficiaries` */
export type ReferentDashboard = {
  __typename?: 'ReferentDashboard';
  /** Propositions acceptées sans entretien réservé (stage: ACCEPTED_WITHOUT_INTERVIEW) */
  acceptedWithoutInterview: Scalars['Int']['output'];
  /** Dossiers en cours de suivi */
  active: Scalars['Int']['output'];
  /** Propositions qui attendent une réponse (stage: AWAITING_ANSWER) */
  awaitingAnswer: Scalars['Int']['output'];
  /** Missions en cours à suivre (stage: ENGAGEMENT_IN_PROGRESS) */
  engagementsInProgress: Scalars['Int']['output'];
  /** Entretiens tripartites cette semaine (stage: INTERVIEW_THIS_WEEK) */
  interviewsThisWeek: Scalars['Int']['output'];
  /** Suites à enregistrer après une mission (stage: OUTCOME_TO_RECORD) */
  outcomesToRecord: Scalars['Int']['output'];
  /** En retard, orientation ou accompagnement (overdue: true) */
  overdue: Scalars['Int']['output'];
  /** À orienter avant l’échéance d’un mois (stage: TO_ORIENT) */
  toOrient: Scalars['Int']['output'];
};

/** Inscription d'une association et de son premier membre */
export type RegisterAssociationInput = {
  /** Adresse (numéro et voie) */
  address: Scalars['String']['input'];
  /** Code INSEE de la commune (commune de l'Ain) */
  communeCode: Scalars['String']['input'];
  /** Présentation de l'association (2 000 caractères au plus) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Domaines d'action (codes du référentiel missionDomains) */
  domainCodes: Array<Scalars['String']['input']>;
  /** Adresse e-mail de l'association */
  email: Scalars['String']['input'];
  member: AssociationMemberInput;
  name: Scalars['String']['input'];
  /** Téléphone de l'association */
  phone: Scalars['String']['input'];
  /** Numéro RNA : W suivi de 9 chiffres (RNA ou SIRET obligatoire, les deux possibles) */
  rna?: InputMaybe<Scalars['String']['input']>;
  /** Numéro SIRET : 14 chiffres */
  siret?: InputMaybe<Scalars['String']['input']>;
  welcomeContact: WelcomeContactInput;
};

export type RejectMissionInput = {
  missionId: Scalars['ID']['input'];
  /** Motif du renvoi en brouillon, adressé à l'association (1 000 caractères au plus) */
  reason: Scalars['String']['input'];
};

/** Réorientation : demande un nouveau diagnostic, réalisé après l’orientation en cours */
export type ReorientBeneficiaryInput = {
  beneficiaryId: Scalars['ID']['input'];
  /** Organisme du référent unique, par exemple « France Travail Oyonnax » ou « CDS Belley » */
  organism: Scalars['String']['input'];
  pathway: OrientationPathway;
  /** Motif de la réorientation (donnée sensible : lisible par le référent et le service Insertion) */
  reason: Scalars['String']['input'];
  /** Le référent unique de parcours désigné */
  referentId: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

/** Déplace un entretien sur un autre créneau libre */
export type RescheduleInterviewInput = {
  interviewId: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
};

/** Ce que la tâche de fin de conservation efface */
export type RetentionCategory =
  /** Lignes du journal des accès supprimées */
  | 'ACCESS_LOG_LINES'
  /** Freins supprimés avec leurs notes (données de santé) */
  | 'BARRIERS'
  /** Diagnostics dont les notes et les points forts sont effacés */
  | 'DIAGNOSTIC_DETAILS'
  /** E-mails à la personne ou à son sujet dont le contenu est effacé */
  | 'EMAILS'
  /** Traces d’e-mails envoyés supprimées */
  | 'EMAIL_METADATA_DELETED'
  /** Traces d’e-mails gardées sans contenu pour l’indicateur des échanges (A5-Q2) */
  | 'EMAIL_METADATA_KEPT'
  /** Textes du carnet de bord effacés (le type et la date restent) */
  | 'LOGBOOK_TEXTS'
  /** Autres textes libres effacés (messages, motifs, comptes rendus, commentaires) */
  | 'OTHER_FREE_TEXTS'
  /** Codes de vérification du passeport retirés */
  | 'PASSPORT_CODES'
  /** Dossiers anonymisés (identité, coordonnées, commune, profil) */
  | 'PEOPLE'
  /** Suggestions de missions supprimées */
  | 'SUGGESTIONS';

/** Une ligne de la simulation : une catégorie et son nombre */
export type RetentionCount = {
  __typename?: 'RetentionCount';
  category: RetentionCategory;
  count: Scalars['Int']['output'];
  /** La catégorie, en clair */
  label: Scalars['String']['output'];
};

/** Un passage terminé de la tâche de fin de conservation */
export type RetentionRun = {
  __typename?: 'RetentionRun';
  accessLogDeleted: Scalars['Int']['output'];
  anonymisedPeople: Scalars['Int']['output'];
  emailsDeleted: Scalars['Int']['output'];
  emailsStripped: Scalars['Int']['output'];
  finishedAt: Scalars['DateTime']['output'];
  startedAt: Scalars['DateTime']['output'];
};

/** Rôle d'un utilisateur de l'équipe */
export type Role =
  | 'ADMIN'
  | 'ASSOCIATION'
  | 'COORDINATOR'
  | 'REFERENT';

/** Réserve un créneau pour l’entretien tripartite d’une proposition acceptée */
export type ScheduleInterviewInput = {
  /** Inviter aussi la personne qui accueille le bénévole dans l’association (facultatif) */
  inviteWelcomeContact?: InputMaybe<Scalars['Boolean']['input']>;
  proposalId: Scalars['ID']['input'];
  /** Un créneau libre proposé par interviewSlots */
  slotId: Scalars['ID']['input'];
};

/** Lecture d'une donnée sensible (journal d'accès) */
export type SensitiveDataAccess = {
  __typename?: 'SensitiveDataAccess';
  accessedAt: Scalars['DateTime']['output'];
  beneficiaryId: Scalars['ID']['output'];
  /** Prénom et nom de la personne dont la donnée a été lue (null si son dossier n’existe plus) */
  beneficiaryName: Maybe<Scalars['String']['output']>;
  dataKind: SensitiveDataKind;
  /** Donnée consultée, en clair */
  dataKindLabel: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** L'enregistrement lu (diagnostic, orientation, entrée du carnet) */
  recordId: Maybe<Scalars['ID']['output']>;
  /** Qui a consulté */
  user: Maybe<User>;
};

export type SensitiveDataAccessConnection = {
  __typename?: 'SensitiveDataAccessConnection';
  edges: Array<SensitiveDataAccessEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type SensitiveDataAccessEdge = {
  __typename?: 'SensitiveDataAccessEdge';
  cursor: Scalars['String']['output'];
  node: SensitiveDataAccess;
};

/** Donnée sensible dont chaque lecture est journalisée */
export type SensitiveDataKind =
  | 'CONFIDENTIAL_NOTE'
  | 'DIAGNOSTIC_BARRIERS'
  | 'DIAGNOSTIC_NOTES'
  | 'PERSONAL_DATA_EXPORT'
  | 'REORIENTATION_REASON';

/** La session ouverte dans ce navigateur (cookie HttpOnly ; aucun jeton lisible) */
export type SessionPayload = {
  __typename?: 'SessionPayload';
  expiresAt: Scalars['DateTime']['output'];
  user: User;
};

/** Début de la mission, après un entretien tripartite réalisé */
export type StartEngagementInput = {
  /** L’entretien tripartite réalisé (statut HELD) */
  interviewId: Scalars['ID']['input'];
  /** Heures de bénévolat prévues (1 à 2000) */
  plannedHours: Scalars['Int']['input'];
  /** Premier jour de la mission (pas avant l’entretien) */
  startDate: Scalars['LocalDate']['input'];
};

/** Territoire : un Centre Départemental de la Solidarité (CDS) */
export type Territory = {
  __typename?: 'Territory';
  /** Code court et stable, par exemple CDS-OYONNAX */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TerritoryConnection = {
  __typename?: 'TerritoryConnection';
  edges: Array<TerritoryEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type TerritoryEdge = {
  __typename?: 'TerritoryEdge';
  cursor: Scalars['String']['output'];
  node: Territory;
};

/** Modification des informations d'une association : seuls les champs envoyés changent */
export type UpdateAssociationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Présentation de l'association (2 000 caractères au plus) */
  description?: InputMaybe<Scalars['String']['input']>;
  domainCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  welcomeContact?: InputMaybe<WelcomeContactInput>;
};

/** Modification du profil : seuls les champs envoyés changent */
export type UpdateBeneficiaryProfileInput = {
  /** Disponibilités hebdomadaires */
  availability?: InputMaybe<Array<WeeklySlotInput>>;
  birthDate?: InputMaybe<Scalars['LocalDate']['input']>;
  civility?: InputMaybe<Civility>;
  /** Code INSEE de la commune de résidence (commune de l'Ain) */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Compétences déjà acquises */
  competencyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Adresse e-mail (les propositions de mission y seront envoyées) */
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  frenchLevel?: InputMaybe<FrenchLevel>;
  /** Centres d'intérêt : codes des domaines de mission */
  interestDomainCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  mobility?: InputMaybe<MobilityInput>;
  /** Numéro de téléphone français, par exemple 06 12 34 56 78 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Date d'entrée dans le dispositif RSA (les échéances sont recalculées) */
  rsaEntryDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Projet professionnel : codes ROME des métiers visés */
  targetJobCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Modification d’une fiche mission : seuls les champs envoyés changent */
export type UpdateMissionInput = {
  /** Adresse (numéro et voie) (200 caractères au plus) */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Code INSEE de la commune (les coordonnées suivent, sauf si vous les donnez) */
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Compétences développées (codes du référentiel) */
  competencyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Description (1 à 5000 caractères) */
  description?: InputMaybe<Scalars['String']['input']>;
  domainCode?: InputMaybe<Scalars['String']['input']>;
  /** Permis B exigé */
  drivingLicenceRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Durée en semaines (1 à 104) */
  durationWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** Dernier jour (mission à dates) */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Suites possibles (formation, emploi, autre mission…) (2000 caractères au plus) */
  followUps?: InputMaybe<Scalars['String']['input']>;
  /** Niveau de français minimum */
  frenchLevel?: InputMaybe<FrenchLevel>;
  /** Heures par semaine (0,5 à 48) */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Latitude du lieu (par défaut celle de la commune) ; à donner avec la longitude */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude du lieu (par défaut celle de la commune) */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Âge minimum (16 à 99) */
  minimumAge?: InputMaybe<Scalars['Int']['input']>;
  /** Objectifs (2000 caractères au plus) */
  objectives?: InputMaybe<Scalars['String']['input']>;
  /** Effort physique (faible par défaut) */
  physicalEffort?: InputMaybe<PhysicalEffort>;
  /** Nombre de places : le changer ne renvoie pas une mission publiée en validation */
  places?: InputMaybe<Scalars['Int']['input']>;
  /** Desservi par les transports en commun */
  publicTransport?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mission à distance */
  remote?: InputMaybe<Scalars['Boolean']['input']>;
  /** Déroulé : comment se passe la mission (3000 caractères au plus) */
  runningOrder?: InputMaybe<Scalars['String']['input']>;
  /** Premier jour (mission à dates) */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Accessible de plain-pied / aux personnes à mobilité réduite */
  stepFreeAccess?: InputMaybe<Scalars['Boolean']['input']>;
  /** Profils auxquels la mission convient (2000 caractères au plus) */
  suitedProfiles?: InputMaybe<Scalars['String']['input']>;
  /** Résumé (1 à 300 caractères) */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Titre (3 à 120 caractères) */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Créneaux hebdomadaires (jour × moment) */
  weeklySlots?: InputMaybe<Array<WeeklySlotInput>>;
  /** Contact d'accueil propre à cette mission (par défaut celui de l'association) */
  welcomeContact?: InputMaybe<WelcomeContactInput>;
};

/** Ce qui change sur un compte de l’équipe : seuls les champs envoyés changent */
export type UpdateUserInput = {
  /** Responsable de territoire (référents seulement) */
  isTerritoryManager?: InputMaybe<Scalars['Boolean']['input']>;
  /** Pas vers ni depuis ASSOCIATION ; pas votre propre rôle */
  role?: InputMaybe<Role>;
  /** CDS de rattachement (null : aucun ; obligatoire pour un référent) */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** Membre de l'équipe : administrateur, référent, coordinateur ou membre d'une association */
export type User = {
  __typename?: 'User';
  associationId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Date de désactivation du compte (null : actif) */
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Responsable de territoire : voit tous les bénéficiaires de son CDS */
  isTerritoryManager: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  /** Date à laquelle la personne a choisi son mot de passe (null : invitation pas encore acceptée) */
  passwordSetAt: Maybe<Scalars['DateTime']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  role: Role;
  territory: Maybe<Territory>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments correspondant aux filtres */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type ValidateAssociationInput = {
  associationId: Scalars['ID']['input'];
  decision: AssociationDecision;
  /** Motif du refus (obligatoire pour refuser), 1 000 caractères au plus */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Accord pour recevoir des propositions de missions bénévoles (révocable à tout moment) */
export type VolunteeringConsent = {
  __typename?: 'VolunteeringConsent';
  /** Accord en cours */
  given: Scalars['Boolean']['output'];
  givenAt: Maybe<Scalars['DateTime']['output']>;
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** Jour de la semaine */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** Créneau hebdomadaire : un jour et un moment de la journée */
export type WeeklySlot = {
  __typename?: 'WeeklySlot';
  day: Weekday;
  part: DayPart;
};

export type WeeklySlotInput = {
  day: Weekday;
  part: DayPart;
};

/** La personne qui accueille le bénévole */
export type WelcomeContact = {
  __typename?: 'WelcomeContact';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

/** La personne qui accueille le bénévole (« référent dédié à l'accueil ») */
export type WelcomeContactInput = {
  email: Scalars['String']['input'];
  /** Prénom et nom */
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** La mission n’a finalement pas eu lieu : elle est annulée et sa place rendue */
export type WithdrawEngagementInput = {
  engagementId: Scalars['ID']['input'];
  /** Motif de l’annulation (sans donnée de santé ni détail personnel) */
  reason: Scalars['String']['input'];
};

export type WithdrawProposalInput = {
  proposalId: Scalars['ID']['input'];
  /** Pourquoi la proposition est retirée (carnet de bord) */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CloseSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type CloseSessionMutation = { __typename?: 'Mutation', closeSession: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, firstName: string, lastName: string, role: Role, isTerritoryManager: boolean, associationId: string | null, territory: { __typename?: 'Territory', id: string, name: string } | null } };

export type CommuneSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type CommuneSearchQuery = { __typename?: 'Query', communes: { __typename?: 'CommuneConnection', edges: Array<{ __typename?: 'CommuneEdge', node: { __typename?: 'Commune', inseeCode: string, name: string, territoryId: string, formerCommunes: Array<{ __typename?: 'FormerCommune', inseeCode: string, name: string | null }> } }> } };

export type AccessLogQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AccessLogQuery = { __typename?: 'Query', sensitiveDataAccessLog: { __typename?: 'SensitiveDataAccessConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SensitiveDataAccessEdge', node: { __typename?: 'SensitiveDataAccess', id: string, accessedAt: string, beneficiaryId: string, beneficiaryName: string | null, dataKindLabel: string, user: { __typename?: 'User', id: string, firstName: string, lastName: string, role: Role } | null } }> } };

export type AccessLogUserChoicesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessLogUserChoicesQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, firstName: string, lastName: string, email: string } }> } };

export type AccessLogPersonChoicesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessLogPersonChoicesQuery = { __typename?: 'Query', beneficiaries: { __typename?: 'BeneficiaryConnection', edges: Array<{ __typename?: 'BeneficiaryEdge', node: { __typename?: 'Beneficiary', id: string, firstName: string, lastName: string } }> } };

export type SignUpDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpDomainsQuery = { __typename?: 'Query', missionDomains: Array<{ __typename?: 'MissionDomain', code: string, label: string }> };

export type RegisterAssociationFromConsoleMutationVariables = Exact<{
  input: RegisterAssociationInput;
}>;


export type RegisterAssociationFromConsoleMutation = { __typename?: 'Mutation', registerAssociation: { __typename?: 'Association', id: string, name: string, status: AssociationStatus } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type PasswordLinkQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PasswordLinkQuery = { __typename?: 'Query', passwordLink: { __typename?: 'PasswordLink', firstName: string, email: string, firstPassword: boolean } };

export type ChoosePasswordMutationVariables = Exact<{
  input: ChoosePasswordInput;
}>;


export type ChoosePasswordMutation = { __typename?: 'Mutation', choosePassword: { __typename?: 'SessionPayload', expiresAt: string, user: { __typename?: 'User', id: string } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type OpenSessionMutationVariables = Exact<{
  input: LoginInput;
}>;


export type OpenSessionMutation = { __typename?: 'Mutation', openSession: { __typename?: 'SessionPayload', expiresAt: string, user: { __typename?: 'User', id: string, firstName: string, role: Role } } };

export type CaseloadQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BeneficiaryStatus>;
  orientationStatus?: InputMaybe<OrientationStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<CaseloadStage>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  sort?: InputMaybe<BeneficiarySort>;
}>;


export type CaseloadQuery = { __typename?: 'Query', beneficiaries: { __typename?: 'BeneficiaryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'BeneficiaryEdge', node: { __typename?: 'Beneficiary', id: string, firstName: string, lastName: string, status: BeneficiaryStatus, orientationStatus: OrientationStatus, rsaEntryDate: string, commune: { __typename?: 'Commune', name: string }, territory: { __typename?: 'Territory', name: string }, deadlines: { __typename?: 'BeneficiaryDeadlines', overdue: boolean, orientation: { __typename?: 'Deadline', dueOn: string, state: DeadlineState }, accompaniment: { __typename?: 'Deadline', dueOn: string, state: DeadlineState } } } }> } };

export type CaseloadTerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadTerritoriesQuery = { __typename?: 'Query', territories: { __typename?: 'TerritoryConnection', edges: Array<{ __typename?: 'TerritoryEdge', node: { __typename?: 'Territory', id: string, code: string, name: string } }> } };

export type CreatePersonFromConsoleMutationVariables = Exact<{
  input: CreateBeneficiaryInput;
}>;


export type CreatePersonFromConsoleMutation = { __typename?: 'Mutation', createBeneficiary: { __typename?: 'Beneficiary', id: string, firstName: string, lastName: string } };

export type ReferentDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferentDashboardQuery = { __typename?: 'Query', referentDashboard: { __typename?: 'ReferentDashboard', active: number, toOrient: number, overdue: number, awaitingAnswer: number, acceptedWithoutInterview: number, interviewsThisWeek: number, engagementsInProgress: number, outcomesToRecord: number } };

export type CoordinatorAgendaQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  coordinatorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CoordinatorAgendaQuery = { __typename?: 'Query', interviewAvailabilities: { __typename?: 'InterviewAvailabilityConnection', totalCount: number, edges: Array<{ __typename?: 'InterviewAvailabilityEdge', node: { __typename?: 'InterviewAvailability', id: string, startsAt: string, endsAt: string, slotMinutes: number, place: { __typename?: 'InterviewPlaceType', kind: InterviewPlaceKind, label: string }, slots: Array<{ __typename?: 'AvailabilitySlot', id: string, startsAt: string, endsAt: string, booked: boolean }> } }> }, interviews: { __typename?: 'InterviewConnection', edges: Array<{ __typename?: 'InterviewEdge', node: { __typename?: 'Interview', id: string, slotId: string | null, startsAt: string, endsAt: string, status: InterviewStatus, missionTitle: string, beneficiary: { __typename?: 'InterviewBeneficiary', firstName: string, lastName: string | null } } }> } };

export type CoordinatorHomeQueryVariables = Exact<{
  now: Scalars['DateTime']['input'];
  coordinatorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CoordinatorHomeQuery = { __typename?: 'Query', interviewCapacity: { __typename?: 'InterviewCapacity', freeSlots: number, proposalsAwaitingInterview: number, interviewsToRecord: number, short: boolean }, upcoming: { __typename?: 'InterviewConnection', totalCount: number } };

export type CoordinatorInterviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CoordinatorInterviewQuery = { __typename?: 'Query', interview: { __typename?: 'Interview', id: string, proposalId: string, beneficiaryId: string, missionId: string, slotId: string | null, startsAt: string, endsAt: string, status: InterviewStatus, sequence: number, missionTitle: string, associationName: string, invitationUrl: string, cancelReason: string | null, outcomeNote: string | null, welcomeContactInvited: boolean, place: { __typename?: 'InterviewPlaceType', kind: InterviewPlaceKind, label: string, address: string | null, videoUrl: string | null }, beneficiary: { __typename?: 'InterviewBeneficiary', firstName: string, lastName: string | null, email: string | null, phone: string | null }, referent: { __typename?: 'User', firstName: string, lastName: string } | null, coordinator: { __typename?: 'User', firstName: string, lastName: string } | null } };

export type InterviewEngagementsQueryVariables = Exact<{
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  missionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InterviewEngagementsQuery = { __typename?: 'Query', engagements: { __typename?: 'EngagementConnection', edges: Array<{ __typename?: 'EngagementEdge', node: { __typename?: 'Engagement', id: string, interviewId: string, status: EngagementStatus, startDate: string } }> } };

export type RescheduleInterviewFromConsoleMutationVariables = Exact<{
  input: RescheduleInterviewInput;
}>;


export type RescheduleInterviewFromConsoleMutation = { __typename?: 'Mutation', rescheduleInterview: { __typename?: 'Interview', id: string, slotId: string | null, startsAt: string, endsAt: string, status: InterviewStatus, sequence: number, place: { __typename?: 'InterviewPlaceType', kind: InterviewPlaceKind, label: string, address: string | null, videoUrl: string | null } } };

export type CancelInterviewFromConsoleMutationVariables = Exact<{
  input: CancelInterviewInput;
}>;


export type CancelInterviewFromConsoleMutation = { __typename?: 'Mutation', cancelInterview: { __typename?: 'Interview', id: string, status: InterviewStatus, sequence: number, cancelReason: string | null } };

export type RecordInterviewOutcomeFromConsoleMutationVariables = Exact<{
  input: RecordInterviewOutcomeInput;
}>;


export type RecordInterviewOutcomeFromConsoleMutation = { __typename?: 'Mutation', recordInterviewOutcome: { __typename?: 'Interview', id: string, status: InterviewStatus, outcomeNote: string | null } };

export type StartEngagementFromConsoleMutationVariables = Exact<{
  input: StartEngagementInput;
}>;


export type StartEngagementFromConsoleMutation = { __typename?: 'Mutation', startEngagement: { __typename?: 'Engagement', id: string, interviewId: string, status: EngagementStatus, startDate: string } };

export type CoordinatorInterviewsQueryVariables = Exact<{
  statuses?: InputMaybe<Array<InterviewStatus> | InterviewStatus>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  coordinatorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CoordinatorInterviewsQuery = { __typename?: 'Query', interviews: { __typename?: 'InterviewConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'InterviewEdge', node: { __typename?: 'Interview', id: string, startsAt: string, status: InterviewStatus, missionTitle: string, associationName: string, place: { __typename?: 'InterviewPlaceType', label: string }, beneficiary: { __typename?: 'InterviewBeneficiary', firstName: string, lastName: string | null } } }> } };

export type ProposalsAwaitingInterviewQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProposalsAwaitingInterviewQuery = { __typename?: 'Query', proposalsAwaitingInterview: { __typename?: 'ProposalConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ProposalEdge', node: { __typename?: 'Proposal', id: string, answeredAt: string | null, candidate: { __typename?: 'ProposalCandidate', firstName: string, lastName: string | null } | null, mission: { __typename?: 'Mission', title: string, association: { __typename?: 'Association', name: string } } | null, referent: { __typename?: 'User', firstName: string, lastName: string } | null } }> } };

export type ScheduleInterviewFromConsoleMutationVariables = Exact<{
  input: ScheduleInterviewInput;
}>;


export type ScheduleInterviewFromConsoleMutation = { __typename?: 'Mutation', scheduleInterview: { __typename?: 'Interview', id: string, status: InterviewStatus, startsAt: string } };

export type PublishAvailabilitiesMutationVariables = Exact<{
  input: PublishAvailabilitiesInput;
}>;


export type PublishAvailabilitiesMutation = { __typename?: 'Mutation', publishAvailabilities: Array<{ __typename?: 'InterviewAvailability', id: string, startsAt: string }> };

export type AvailabilityCommunesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AvailabilityCommunesQuery = { __typename?: 'Query', communes: { __typename?: 'CommuneConnection', edges: Array<{ __typename?: 'CommuneEdge', node: { __typename?: 'Commune', inseeCode: string, name: string, formerCommunes: Array<{ __typename?: 'FormerCommune', inseeCode: string, name: string | null }> } }> } };

export type InterviewSlotChoicesQueryVariables = Exact<{
  proposalId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InterviewSlotChoicesQuery = { __typename?: 'Query', interviewSlots: { __typename?: 'InterviewSlotOptionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'InterviewSlotOptionEdge', node: { __typename?: 'InterviewSlotOption', slotId: string, startsAt: string, label: string } }> } };

export type PersonEngagementsQueryVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type PersonEngagementsQuery = { __typename?: 'Query', engagements: { __typename?: 'EngagementConnection', edges: Array<{ __typename?: 'EngagementEdge', node: { __typename?: 'Engagement', id: string, status: EngagementStatus, startDate: string, endDate: string | null, plannedHours: number, hoursDone: number | null, abandonReason: string | null, withdrawalReason: string | null, mission: { __typename?: 'Mission', id: string, title: string } | null, association: { __typename?: 'Association', id: string, name: string } | null } }> } };

export type PersonPassportQueryVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
}>;


export type PersonPassportQuery = { __typename?: 'Query', passport: { __typename?: 'PassportView', beneficiaryId: string, holderName: string, issuedAt: string | null, pdfUrl: string | null, entries: Array<{ __typename?: 'PassportEntryView', engagementId: string, missionTitle: string, hostName: string, hostCommune: string | null, startDate: string, endDate: string | null, competencies: Array<{ __typename?: 'PassportCompetency', code: string, label: string, levelLabel: string, comment: string | null }>, attestors: Array<{ __typename?: 'PassportAttestor', name: string, role: string, attestedAt: string }> }> } };

export type PersonInterviewsQueryVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type PersonInterviewsQuery = { __typename?: 'Query', interviews: { __typename?: 'InterviewConnection', totalCount: number, edges: Array<{ __typename?: 'InterviewEdge', node: { __typename?: 'Interview', id: string, startsAt: string, endsAt: string, status: InterviewStatus, missionTitle: string, associationName: string, cancelReason: string | null, outcomeNote: string | null, outcomeRecordedAt: string | null, place: { __typename?: 'InterviewPlaceType', kind: InterviewPlaceKind, label: string, address: string | null, videoUrl: string | null }, coordinator: { __typename?: 'User', id: string, firstName: string, lastName: string } | null } }> } };

export type PersonOutcomesQueryVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type PersonOutcomesQuery = { __typename?: 'Query', engagements: { __typename?: 'EngagementConnection', edges: Array<{ __typename?: 'EngagementEdge', node: { __typename?: 'Engagement', id: string, status: EngagementStatus, startDate: string, mission: { __typename?: 'Mission', id: string, title: string } | null, association: { __typename?: 'Association', id: string, name: string } | null, outcomes: Array<{ __typename?: 'Outcome', id: string, kind: OutcomeKind, contractType: ContractType | null, startDate: string, endDate: string | null, detail: string | null, recordedAt: string }> | null } }> } };

export type RecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type RecordOutcomeMutation = { __typename?: 'Mutation', recordOutcome: { __typename?: 'Outcome', id: string, kind: OutcomeKind, startDate: string } };

export type AssociationHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationHomeQuery = { __typename?: 'Query', drafts: { __typename?: 'MissionConnection', totalCount: number, edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, title: string, status: MissionStatus, transitions: Array<{ __typename?: 'MissionTransition', action: MissionAction, reason: string | null, occurredAt: string }> | null } }> }, submitted: { __typename?: 'MissionConnection', totalCount: number }, published: { __typename?: 'MissionConnection', totalCount: number }, full: { __typename?: 'MissionConnection', totalCount: number } };

export type AssociationHomePeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationHomePeopleQuery = { __typename?: 'Query', proposals: { __typename?: 'ProposalConnection', edges: Array<{ __typename?: 'ProposalEdge', node: { __typename?: 'Proposal', id: string, missionId: string } }> }, interviews: { __typename?: 'InterviewConnection', edges: Array<{ __typename?: 'InterviewEdge', node: { __typename?: 'Interview', id: string, proposalId: string, status: InterviewStatus, startsAt: string } }> }, engagements: { __typename?: 'EngagementConnection', edges: Array<{ __typename?: 'EngagementEdge', node: { __typename?: 'Engagement', id: string, proposalId: string, status: EngagementStatus, attestations: Array<{ __typename?: 'PassportAttestation', id: string }> } }> } };

export type IndicatorsReportQueryVariables = Exact<{
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
  territoryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type IndicatorsReportQuery = { __typename?: 'Query', indicators: { __typename?: 'IndicatorReport', periodLabel: string, scopeLabel: string, exactFigures: boolean, computedAt: string, values: Array<{ __typename?: 'IndicatorValue', code: string, action: string, label: string, display: string, definition: string, masked: boolean, numeratorDisplay: string | null, numeratorLabel: string | null, denominatorDisplay: string | null, denominatorLabel: string | null }>, missionsByDomain: Array<{ __typename?: 'IndicatorBreakdownItem', key: string, label: string, display: string }>, missionsByHost: Array<{ __typename?: 'IndicatorBreakdownItem', key: string, label: string, display: string }>, competenciesAttested: Array<{ __typename?: 'IndicatorBreakdownItem', key: string, label: string, display: string }> } };

export type AssociationMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssociationMembersQuery = { __typename?: 'Query', association: { __typename?: 'Association', id: string, name: string, status: AssociationStatus, email: string, phone: string, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, members: Array<{ __typename?: 'User', id: string, firstName: string, lastName: string, email: string, phone: string | null, createdAt: string, passwordSetAt: string | null, disabledAt: string | null }> | null } };

export type InviteAssociationMemberMutationVariables = Exact<{
  input: InviteAssociationMemberInput;
}>;


export type InviteAssociationMemberMutation = { __typename?: 'Mutation', inviteAssociationMember: { __typename?: 'User', id: string, firstName: string, lastName: string, email: string, phone: string | null, createdAt: string, passwordSetAt: string | null, disabledAt: string | null } };

export type MissionFormReferentialsQueryVariables = Exact<{
  associationId: Scalars['ID']['input'];
}>;


export type MissionFormReferentialsQuery = { __typename?: 'Query', missionDomains: Array<{ __typename?: 'MissionDomain', code: string, label: string }>, competencies: Array<{ __typename?: 'Competency', code: string, label: string, category: CompetencyCategory }>, association: { __typename?: 'Association', id: string, name: string, status: AssociationStatus, commune: { __typename?: 'Commune', inseeCode: string, name: string } | null, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null } } };

export type CreateMissionMutationVariables = Exact<{
  input: CreateMissionInput;
}>;


export type CreateMissionMutation = { __typename?: 'Mutation', createMission: { __typename?: 'Mission', id: string, title: string, summary: string, description: string, runningOrder: string | null, objectives: string | null, suitedProfiles: string | null, followUps: string | null, status: MissionStatus, viewerCanEdit: boolean, remote: boolean, address: string | null, scheduleDescription: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, durationWeeks: number | null, places: number, placesTaken: number, placesLeft: number, drivingLicenceRequired: boolean, minimumAge: number | null, frenchLevel: FrenchLevel | null, physicalEffort: PhysicalEffort, publicTransport: boolean, stepFreeAccess: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, domain: { __typename?: 'MissionDomain', code: string, label: string }, competencies: Array<{ __typename?: 'Competency', code: string, label: string }>, commune: { __typename?: 'Commune', inseeCode: string, name: string }, weeklySlots: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, association: { __typename?: 'Association', id: string, name: string, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null } }, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, fromStatus: MissionStatus | null, toStatus: MissionStatus, reason: string | null, actorName: string, occurredAt: string }> | null } };

export type UpdateMissionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateMissionInput;
}>;


export type UpdateMissionMutation = { __typename?: 'Mutation', updateMission: { __typename?: 'Mission', id: string, title: string, summary: string, description: string, runningOrder: string | null, objectives: string | null, suitedProfiles: string | null, followUps: string | null, status: MissionStatus, viewerCanEdit: boolean, remote: boolean, address: string | null, scheduleDescription: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, durationWeeks: number | null, places: number, placesTaken: number, placesLeft: number, drivingLicenceRequired: boolean, minimumAge: number | null, frenchLevel: FrenchLevel | null, physicalEffort: PhysicalEffort, publicTransport: boolean, stepFreeAccess: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, domain: { __typename?: 'MissionDomain', code: string, label: string }, competencies: Array<{ __typename?: 'Competency', code: string, label: string }>, commune: { __typename?: 'Commune', inseeCode: string, name: string }, weeklySlots: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, association: { __typename?: 'Association', id: string, name: string, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null } }, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, fromStatus: MissionStatus | null, toStatus: MissionStatus, reason: string | null, actorName: string, occurredAt: string }> | null } };

export type AssociationMissionsQueryVariables = Exact<{
  status?: InputMaybe<Array<MissionStatus> | MissionStatus>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssociationMissionsQuery = { __typename?: 'Query', missions: { __typename?: 'MissionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, title: string, status: MissionStatus, remote: boolean, places: number, placesTaken: number, updatedAt: string, commune: { __typename?: 'Commune', inseeCode: string, name: string }, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, reason: string | null, occurredAt: string }> | null } }> } };

export type MissionFicheFragment = { __typename?: 'Mission', id: string, title: string, summary: string, description: string, runningOrder: string | null, objectives: string | null, suitedProfiles: string | null, followUps: string | null, status: MissionStatus, viewerCanEdit: boolean, remote: boolean, address: string | null, scheduleDescription: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, durationWeeks: number | null, places: number, placesTaken: number, placesLeft: number, drivingLicenceRequired: boolean, minimumAge: number | null, frenchLevel: FrenchLevel | null, physicalEffort: PhysicalEffort, publicTransport: boolean, stepFreeAccess: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, domain: { __typename?: 'MissionDomain', code: string, label: string }, competencies: Array<{ __typename?: 'Competency', code: string, label: string }>, commune: { __typename?: 'Commune', inseeCode: string, name: string }, weeklySlots: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, association: { __typename?: 'Association', id: string, name: string, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null } }, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, fromStatus: MissionStatus | null, toStatus: MissionStatus, reason: string | null, actorName: string, occurredAt: string }> | null };

export type MissionFichePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MissionFichePageQuery = { __typename?: 'Query', mission: { __typename?: 'Mission', id: string, title: string, summary: string, description: string, runningOrder: string | null, objectives: string | null, suitedProfiles: string | null, followUps: string | null, status: MissionStatus, viewerCanEdit: boolean, remote: boolean, address: string | null, scheduleDescription: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, durationWeeks: number | null, places: number, placesTaken: number, placesLeft: number, drivingLicenceRequired: boolean, minimumAge: number | null, frenchLevel: FrenchLevel | null, physicalEffort: PhysicalEffort, publicTransport: boolean, stepFreeAccess: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, domain: { __typename?: 'MissionDomain', code: string, label: string }, competencies: Array<{ __typename?: 'Competency', code: string, label: string }>, commune: { __typename?: 'Commune', inseeCode: string, name: string }, weeklySlots: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, association: { __typename?: 'Association', id: string, name: string, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null } }, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, fromStatus: MissionStatus | null, toStatus: MissionStatus, reason: string | null, actorName: string, occurredAt: string }> | null } };

export type SubmitMissionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitMissionMutation = { __typename?: 'Mutation', submitMission: { __typename?: 'Mission', id: string, title: string, summary: string, description: string, runningOrder: string | null, objectives: string | null, suitedProfiles: string | null, followUps: string | null, status: MissionStatus, viewerCanEdit: boolean, remote: boolean, address: string | null, scheduleDescription: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, durationWeeks: number | null, places: number, placesTaken: number, placesLeft: number, drivingLicenceRequired: boolean, minimumAge: number | null, frenchLevel: FrenchLevel | null, physicalEffort: PhysicalEffort, publicTransport: boolean, stepFreeAccess: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, domain: { __typename?: 'MissionDomain', code: string, label: string }, competencies: Array<{ __typename?: 'Competency', code: string, label: string }>, commune: { __typename?: 'Commune', inseeCode: string, name: string }, weeklySlots: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, association: { __typename?: 'Association', id: string, name: string, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null } }, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, fromStatus: MissionStatus | null, toStatus: MissionStatus, reason: string | null, actorName: string, occurredAt: string }> | null } };

export type CloseMissionMutationVariables = Exact<{
  input: CloseMissionInput;
}>;


export type CloseMissionMutation = { __typename?: 'Mutation', closeMission: { __typename?: 'Mission', id: string, title: string, summary: string, description: string, runningOrder: string | null, objectives: string | null, suitedProfiles: string | null, followUps: string | null, status: MissionStatus, viewerCanEdit: boolean, remote: boolean, address: string | null, scheduleDescription: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, durationWeeks: number | null, places: number, placesTaken: number, placesLeft: number, drivingLicenceRequired: boolean, minimumAge: number | null, frenchLevel: FrenchLevel | null, physicalEffort: PhysicalEffort, publicTransport: boolean, stepFreeAccess: boolean, createdAt: string, updatedAt: string, publishedAt: string | null, domain: { __typename?: 'MissionDomain', code: string, label: string }, competencies: Array<{ __typename?: 'Competency', code: string, label: string }>, commune: { __typename?: 'Commune', inseeCode: string, name: string }, weeklySlots: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, association: { __typename?: 'Association', id: string, name: string, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null } }, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, fromStatus: MissionStatus | null, toStatus: MissionStatus, reason: string | null, actorName: string, occurredAt: string }> | null } };

export type ModerationAssociationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModerationAssociationQuery = { __typename?: 'Query', association: { __typename?: 'Association', id: string, name: string, status: AssociationStatus, siret: string | null, rna: string | null, address: string, email: string, phone: string, description: string | null, createdAt: string, decidedAt: string | null, rejectionReason: string | null, commune: { __typename?: 'Commune', name: string } | null, domains: Array<{ __typename?: 'MissionDomain', code: string, label: string }>, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, members: Array<{ __typename?: 'User', id: string, firstName: string, lastName: string, email: string }> | null } };

export type DecideAssociationMutationVariables = Exact<{
  input: ValidateAssociationInput;
}>;


export type DecideAssociationMutation = { __typename?: 'Mutation', validateAssociation: { __typename?: 'Association', id: string, status: AssociationStatus, decidedAt: string | null, rejectionReason: string | null } };

export type ModerationMissionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModerationMissionQuery = { __typename?: 'Query', mission: { __typename?: 'Mission', id: string, title: string, status: MissionStatus, summary: string, description: string, runningOrder: string | null, objectives: string | null, suitedProfiles: string | null, followUps: string | null, address: string | null, remote: boolean, scheduleDescription: string, startDate: string | null, endDate: string | null, places: number, placesTaken: number, drivingLicenceRequired: boolean, minimumAge: number | null, frenchLevel: FrenchLevel | null, physicalEffort: PhysicalEffort, publicTransport: boolean, stepFreeAccess: boolean, submittedAt: string | null, createdAt: string, domain: { __typename?: 'MissionDomain', code: string, label: string }, competencies: Array<{ __typename?: 'Competency', code: string, label: string }>, association: { __typename?: 'Association', id: string, name: string, status: AssociationStatus }, commune: { __typename?: 'Commune', name: string }, welcomeContact: { __typename?: 'WelcomeContact', name: string, email: string, phone: string | null }, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, actorName: string, reason: string | null, occurredAt: string }> | null } };

export type PublishMissionFromModerationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishMissionFromModerationMutation = { __typename?: 'Mutation', publishMission: { __typename?: 'Mission', id: string, status: MissionStatus, publishedAt: string | null, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, actorName: string, reason: string | null, occurredAt: string }> | null } };

export type RejectMissionFromModerationMutationVariables = Exact<{
  input: RejectMissionInput;
}>;


export type RejectMissionFromModerationMutation = { __typename?: 'Mutation', rejectMission: { __typename?: 'Mission', id: string, status: MissionStatus, transitions: Array<{ __typename?: 'MissionTransition', id: string, action: MissionAction, actorName: string, reason: string | null, occurredAt: string }> | null } };

export type ModerationAssociationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ModerationAssociationsQuery = { __typename?: 'Query', associations: { __typename?: 'AssociationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AssociationEdge', node: { __typename?: 'Association', id: string, name: string, createdAt: string, commune: { __typename?: 'Commune', name: string } | null, domains: Array<{ __typename?: 'MissionDomain', code: string, label: string }> } }> } };

export type ModerationMissionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ModerationMissionsQuery = { __typename?: 'Query', missions: { __typename?: 'MissionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, title: string, submittedAt: string | null, createdAt: string, association: { __typename?: 'Association', id: string, name: string }, commune: { __typename?: 'Commune', name: string }, domain: { __typename?: 'MissionDomain', code: string, label: string } } }> } };

export type PersonDiagnosticQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonDiagnosticQuery = { __typename?: 'Query', beneficiary: { __typename?: 'Beneficiary', id: string, status: BeneficiaryStatus, orientationStatus: OrientationStatus, viewerCanEdit: boolean, viewerCanReadSensitive: boolean, territory: { __typename?: 'Territory', id: string, name: string }, referent: { __typename?: 'User', id: string, firstName: string, lastName: string } | null, diagnostics: Array<{ __typename?: 'Diagnostic', id: string, conductedAt: string, proposedPathway: OrientationPathway, strengths: string | null, notes: string | null, barriers: Array<{ __typename?: 'DiagnosticBarrier', kind: BarrierKind, level: BarrierLevel, note: string | null }> | null, author: { __typename?: 'User', id: string, firstName: string, lastName: string } | null }>, orientations: Array<{ __typename?: 'Orientation', id: string, decidedAt: string, pathway: OrientationPathway, organism: string, isReorientation: boolean, reason: string | null, referent: { __typename?: 'User', id: string, firstName: string, lastName: string }, previousReferent: { __typename?: 'User', id: string, firstName: string, lastName: string } | null, decidedBy: { __typename?: 'User', id: string, firstName: string, lastName: string } | null }> } };

export type OrientationReferentsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrientationReferentsQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, firstName: string, lastName: string, territory: { __typename?: 'Territory', id: string, name: string } | null } }> } };

export type RecordPersonDiagnosticMutationVariables = Exact<{
  input: RecordDiagnosticInput;
}>;


export type RecordPersonDiagnosticMutation = { __typename?: 'Mutation', recordDiagnostic: { __typename?: 'Diagnostic', id: string } };

export type OrientPersonMutationVariables = Exact<{
  input: OrientBeneficiaryInput;
}>;


export type OrientPersonMutation = { __typename?: 'Mutation', orientBeneficiary: { __typename?: 'Orientation', id: string } };

export type ReorientPersonMutationVariables = Exact<{
  input: ReorientBeneficiaryInput;
}>;


export type ReorientPersonMutation = { __typename?: 'Mutation', reorientBeneficiary: { __typename?: 'Orientation', id: string } };

export type PersonProfileFragment = { __typename?: 'Beneficiary', id: string, email: string | null, phone: string | null, status: BeneficiaryStatus, viewerCanEdit: boolean, viewerCanReadSensitive: boolean, availabilityDescription: string, frenchLevel: FrenchLevel | null, mobility: { __typename?: 'Mobility', modes: Array<MobilityMode>, hasDrivingLicence: boolean, hasVehicle: boolean, maxDistanceKm: number | null, description: string }, availability: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, interests: Array<{ __typename?: 'MissionDomain', code: string, label: string }>, targetJobs: Array<{ __typename?: 'Job', romeCode: string, label: string }>, volunteeringConsent: { __typename?: 'VolunteeringConsent', given: boolean, givenAt: string | null, withdrawnAt: string | null } };

export type PersonInformationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonInformationsQuery = { __typename?: 'Query', beneficiary: { __typename?: 'Beneficiary', id: string, email: string | null, phone: string | null, status: BeneficiaryStatus, viewerCanEdit: boolean, viewerCanReadSensitive: boolean, availabilityDescription: string, frenchLevel: FrenchLevel | null, mobility: { __typename?: 'Mobility', modes: Array<MobilityMode>, hasDrivingLicence: boolean, hasVehicle: boolean, maxDistanceKm: number | null, description: string }, availability: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, interests: Array<{ __typename?: 'MissionDomain', code: string, label: string }>, targetJobs: Array<{ __typename?: 'Job', romeCode: string, label: string }>, volunteeringConsent: { __typename?: 'VolunteeringConsent', given: boolean, givenAt: string | null, withdrawnAt: string | null } }, jobs: Array<{ __typename?: 'Job', romeCode: string, label: string }>, missionDomains: Array<{ __typename?: 'MissionDomain', code: string, label: string }> };

export type UpdatePersonProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateBeneficiaryProfileInput;
}>;


export type UpdatePersonProfileMutation = { __typename?: 'Mutation', updateBeneficiaryProfile: { __typename?: 'Beneficiary', id: string, email: string | null, phone: string | null, status: BeneficiaryStatus, viewerCanEdit: boolean, viewerCanReadSensitive: boolean, availabilityDescription: string, frenchLevel: FrenchLevel | null, mobility: { __typename?: 'Mobility', modes: Array<MobilityMode>, hasDrivingLicence: boolean, hasVehicle: boolean, maxDistanceKm: number | null, description: string }, availability: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, interests: Array<{ __typename?: 'MissionDomain', code: string, label: string }>, targetJobs: Array<{ __typename?: 'Job', romeCode: string, label: string }>, volunteeringConsent: { __typename?: 'VolunteeringConsent', given: boolean, givenAt: string | null, withdrawnAt: string | null } } };

export type PersonConsentHistoryQueryVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
}>;


export type PersonConsentHistoryQuery = { __typename?: 'Query', logbook: { __typename?: 'LogbookEntryConnection', totalCount: number, edges: Array<{ __typename?: 'LogbookEntryEdge', node: { __typename?: 'LogbookEntry', id: string, type: LogbookEntryType, occurredAt: string, author: { __typename?: 'User', firstName: string, lastName: string } | null } }> } };

export type GivePersonConsentMutationVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
}>;


export type GivePersonConsentMutation = { __typename?: 'Mutation', giveVolunteeringConsent: { __typename?: 'Beneficiary', id: string, email: string | null, phone: string | null, status: BeneficiaryStatus, viewerCanEdit: boolean, viewerCanReadSensitive: boolean, availabilityDescription: string, frenchLevel: FrenchLevel | null, mobility: { __typename?: 'Mobility', modes: Array<MobilityMode>, hasDrivingLicence: boolean, hasVehicle: boolean, maxDistanceKm: number | null, description: string }, availability: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, interests: Array<{ __typename?: 'MissionDomain', code: string, label: string }>, targetJobs: Array<{ __typename?: 'Job', romeCode: string, label: string }>, volunteeringConsent: { __typename?: 'VolunteeringConsent', given: boolean, givenAt: string | null, withdrawnAt: string | null } } };

export type WithdrawPersonConsentMutationVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
}>;


export type WithdrawPersonConsentMutation = { __typename?: 'Mutation', withdrawVolunteeringConsent: { __typename?: 'Beneficiary', id: string, email: string | null, phone: string | null, status: BeneficiaryStatus, viewerCanEdit: boolean, viewerCanReadSensitive: boolean, availabilityDescription: string, frenchLevel: FrenchLevel | null, mobility: { __typename?: 'Mobility', modes: Array<MobilityMode>, hasDrivingLicence: boolean, hasVehicle: boolean, maxDistanceKm: number | null, description: string }, availability: Array<{ __typename?: 'WeeklySlot', day: Weekday, part: DayPart }>, interests: Array<{ __typename?: 'MissionDomain', code: string, label: string }>, targetJobs: Array<{ __typename?: 'Job', romeCode: string, label: string }>, volunteeringConsent: { __typename?: 'VolunteeringConsent', given: boolean, givenAt: string | null, withdrawnAt: string | null } } };

export type PersonLogbookQueryVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonLogbookQuery = { __typename?: 'Query', beneficiary: { __typename?: 'Beneficiary', id: string, viewerCanEdit: boolean, status: BeneficiaryStatus }, logbook: { __typename?: 'LogbookEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'LogbookEntryEdge', node: { __typename?: 'LogbookEntry', id: string, typeLabel: string, summary: string, confidential: boolean, occurredAt: string, author: { __typename?: 'User', id: string, firstName: string, lastName: string } | null } }> } };

export type AddPersonLogbookNoteMutationVariables = Exact<{
  input: AddLogbookNoteInput;
}>;


export type AddPersonLogbookNoteMutation = { __typename?: 'Mutation', addLogbookNote: { __typename?: 'LogbookEntry', id: string } };

export type PersonFileHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonFileHeaderQuery = { __typename?: 'Query', beneficiary: { __typename?: 'Beneficiary', id: string, firstName: string, lastName: string, status: BeneficiaryStatus, rsaEntryDate: string, commune: { __typename?: 'Commune', name: string }, referent: { __typename?: 'User', firstName: string, lastName: string } | null, deadlines: { __typename?: 'BeneficiaryDeadlines', overdue: boolean } } };

export type RequestPersonalDataExportMutationVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
}>;


export type RequestPersonalDataExportMutation = { __typename?: 'Mutation', requestPersonalDataExport: { __typename?: 'PersonalDataExport', id: string, status: PersonalDataExportStatus, statusLabel: string, expiresAt: string | null, jsonUrl: string | null, pdfUrl: string | null } };

export type PersonalDataExportStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonalDataExportStatusQuery = { __typename?: 'Query', personalDataExport: { __typename?: 'PersonalDataExport', id: string, status: PersonalDataExportStatus, statusLabel: string, expiresAt: string | null, jsonUrl: string | null, pdfUrl: string | null } };

export type PersonProposalsQueryVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
}>;


export type PersonProposalsQuery = { __typename?: 'Query', beneficiary: { __typename?: 'Beneficiary', id: string, firstName: string }, proposals: { __typename?: 'ProposalConnection', totalCount: number, edges: Array<{ __typename?: 'ProposalEdge', node: { __typename?: 'Proposal', id: string, status: ProposalStatus, statusLabel: string, delivery: ProposalDelivery, createdAt: string, sentAt: string | null, remindedAt: string | null, reminderDueAt: string | null, expiresAt: string, answeredAt: string | null, answerChannel: AnswerChannel | null, waitingListRank: number | null, withdrawnAt: string | null, letterUrl: string | null, viewerCanWithdraw: boolean, answerRecordedBy: { __typename?: 'User', id: string, firstName: string, lastName: string } | null, mission: { __typename?: 'Mission', id: string, title: string, association: { __typename?: 'Association', id: string, name: string } } | null } }> } };

export type PersonProposalFragment = { __typename?: 'Proposal', id: string, status: ProposalStatus, statusLabel: string, delivery: ProposalDelivery, createdAt: string, sentAt: string | null, remindedAt: string | null, reminderDueAt: string | null, expiresAt: string, answeredAt: string | null, answerChannel: AnswerChannel | null, waitingListRank: number | null, withdrawnAt: string | null, letterUrl: string | null, viewerCanWithdraw: boolean, answerRecordedBy: { __typename?: 'User', id: string, firstName: string, lastName: string } | null, mission: { __typename?: 'Mission', id: string, title: string, association: { __typename?: 'Association', id: string, name: string } } | null };

export type WithdrawProposalFromConsoleMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type WithdrawProposalFromConsoleMutation = { __typename?: 'Mutation', withdrawProposal: { __typename?: 'Proposal', id: string, status: ProposalStatus, statusLabel: string, delivery: ProposalDelivery, createdAt: string, sentAt: string | null, remindedAt: string | null, reminderDueAt: string | null, expiresAt: string, answeredAt: string | null, answerChannel: AnswerChannel | null, waitingListRank: number | null, withdrawnAt: string | null, letterUrl: string | null, viewerCanWithdraw: boolean, answerRecordedBy: { __typename?: 'User', id: string, firstName: string, lastName: string } | null, mission: { __typename?: 'Mission', id: string, title: string, association: { __typename?: 'Association', id: string, name: string } } | null } };

export type RecordProposalAnswerFromConsoleMutationVariables = Exact<{
  input: RecordProposalAnswerInput;
}>;


export type RecordProposalAnswerFromConsoleMutation = { __typename?: 'Mutation', recordProposalAnswer: { __typename?: 'Proposal', id: string, status: ProposalStatus, statusLabel: string, delivery: ProposalDelivery, createdAt: string, sentAt: string | null, remindedAt: string | null, reminderDueAt: string | null, expiresAt: string, answeredAt: string | null, answerChannel: AnswerChannel | null, waitingListRank: number | null, withdrawnAt: string | null, letterUrl: string | null, viewerCanWithdraw: boolean, answerRecordedBy: { __typename?: 'User', id: string, firstName: string, lastName: string } | null, mission: { __typename?: 'Mission', id: string, title: string, association: { __typename?: 'Association', id: string, name: string } } | null } };

export type ProposalEmailPreviewQueryVariables = Exact<{
  input: ProposeMissionInput;
}>;


export type ProposalEmailPreviewQuery = { __typename?: 'Query', proposalEmailPreview: { __typename?: 'ProposalEmailPreview', delivery: ProposalDelivery, to: string | null, replyTo: string, subject: string, text: string, expiresAt: string } };

export type ProposeMissionFromConsoleMutationVariables = Exact<{
  input: ProposeMissionInput;
}>;


export type ProposeMissionFromConsoleMutation = { __typename?: 'Mutation', proposeMission: { __typename?: 'Proposal', id: string, status: ProposalStatus, statusLabel: string, delivery: ProposalDelivery } };

export type PersonSuggestionsQueryVariables = Exact<{
  beneficiaryId: Scalars['ID']['input'];
}>;


export type PersonSuggestionsQuery = { __typename?: 'Query', beneficiary: { __typename?: 'Beneficiary', id: string, firstName: string, lastName: string, email: string | null }, missionSuggestions: { __typename?: 'MissionSuggestionConnection', totalCount: number, computedAt: string | null, unmatchedReasons: Array<string>, edges: Array<{ __typename?: 'MissionSuggestionEdge', node: { __typename?: 'MissionSuggestion', rank: number, score: number, explanation: Array<string>, breakdown: { __typename?: 'MatchBreakdown', distanceKm: number | null, scheduleFit: number }, mission: { __typename?: 'Mission', id: string, title: string, summary: string, scheduleDescription: string, placesLeft: number, commune: { __typename?: 'Commune', name: string }, association: { __typename?: 'Association', id: string, name: string } } } }> } };

export type ProposableMissionsQueryVariables = Exact<{
  text?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProposableMissionsQuery = { __typename?: 'Query', missions: { __typename?: 'MissionConnection', totalCount: number, edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, title: string, scheduleDescription: string, placesLeft: number, commune: { __typename?: 'Commune', name: string }, domain: { __typename?: 'MissionDomain', label: string }, association: { __typename?: 'Association', id: string, name: string } } }> } };

export type ProposalDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalDomainsQuery = { __typename?: 'Query', missionDomains: Array<{ __typename?: 'MissionDomain', code: string, label: string }> };

export type AnonymisationPreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AnonymisationPreviewQuery = { __typename?: 'Query', anonymisationPreview: { __typename?: 'AnonymisationPreview', retentionMonthsAfterExit: number, accessLogRetentionMonths: number, emailRetentionMonths: number, exitedBefore: string, accessLogBefore: string, emailsBefore: string, anonymisedSoFar: number, approvedAt: string | null, approvedByName: string | null, active: boolean, counts: Array<{ __typename?: 'RetentionCount', category: RetentionCategory, label: string, count: number }>, lastRun: { __typename?: 'RetentionRun', finishedAt: string, anonymisedPeople: number, accessLogDeleted: number, emailsDeleted: number, emailsStripped: number } | null } };

export type ApproveAnonymisationMutationVariables = Exact<{ [key: string]: never; }>;


export type ApproveAnonymisationMutation = { __typename?: 'Mutation', approveAnonymisation: { __typename?: 'AnonymisationPreview', approvedAt: string | null, approvedByName: string | null, active: boolean } };

export type TerritoriesListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoriesListQuery = { __typename?: 'Query', territories: { __typename?: 'TerritoryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'TerritoryEdge', node: { __typename?: 'Territory', id: string, name: string, createdAt: string } }> } };

export type CreateTerritoryFromConsoleMutationVariables = Exact<{
  input: CreateTerritoryInput;
}>;


export type CreateTerritoryFromConsoleMutation = { __typename?: 'Mutation', createTerritory: { __typename?: 'Territory', id: string, name: string, createdAt: string } };

export type UsersListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UsersListQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, firstName: string, lastName: string, email: string, role: Role, isTerritoryManager: boolean, disabledAt: string | null, passwordSetAt: string | null, createdAt: string, territory: { __typename?: 'Territory', id: string, name: string } | null } }> } };

export type UserRowFragment = { __typename?: 'User', id: string, firstName: string, lastName: string, email: string, role: Role, isTerritoryManager: boolean, disabledAt: string | null, passwordSetAt: string | null, createdAt: string, territory: { __typename?: 'Territory', id: string, name: string } | null };

export type InviteUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, firstName: string, lastName: string, email: string, role: Role, isTerritoryManager: boolean, disabledAt: string | null, passwordSetAt: string | null, createdAt: string, territory: { __typename?: 'Territory', id: string, name: string } | null } };

export type UpdateUserAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserAccountMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, firstName: string, lastName: string, email: string, role: Role, isTerritoryManager: boolean, disabledAt: string | null, passwordSetAt: string | null, createdAt: string, territory: { __typename?: 'Territory', id: string, name: string } | null } };

export type DisableUserAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableUserAccountMutation = { __typename?: 'Mutation', disableUser: { __typename?: 'User', id: string, firstName: string, lastName: string, email: string, role: Role, isTerritoryManager: boolean, disabledAt: string | null, passwordSetAt: string | null, createdAt: string, territory: { __typename?: 'Territory', id: string, name: string } | null } };

export type EnableUserAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnableUserAccountMutation = { __typename?: 'Mutation', enableUser: { __typename?: 'User', id: string, firstName: string, lastName: string, email: string, role: Role, isTerritoryManager: boolean, disabledAt: string | null, passwordSetAt: string | null, createdAt: string, territory: { __typename?: 'Territory', id: string, name: string } | null } };

export type VolunteerProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerProposalsQuery = { __typename?: 'Query', proposals: { __typename?: 'ProposalConnection', totalCount: number, edges: Array<{ __typename?: 'ProposalEdge', node: { __typename?: 'Proposal', id: string, missionId: string, answeredAt: string | null, mission: { __typename?: 'Mission', id: string, title: string } | null, candidate: { __typename?: 'ProposalCandidate', firstName: string, email: string | null, phone: string | null } | null } }> } };

export type VolunteerInterviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerInterviewsQuery = { __typename?: 'Query', interviews: { __typename?: 'InterviewConnection', edges: Array<{ __typename?: 'InterviewEdge', node: { __typename?: 'Interview', id: string, proposalId: string, status: InterviewStatus, startsAt: string, sequence: number, scheduledAt: string, cancelledAt: string | null } }> } };

export type VolunteerEngagementsQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerEngagementsQuery = { __typename?: 'Query', engagements: { __typename?: 'EngagementConnection', edges: Array<{ __typename?: 'EngagementEdge', node: { __typename?: 'Engagement', id: string, proposalId: string, status: EngagementStatus, startDate: string, endDate: string | null, plannedHours: number, hoursDone: number | null, abandonReason: string | null, missionId: string, attestations: Array<{ __typename?: 'PassportAttestation', id: string, attestedAt: string, attestorName: string, attestorRole: string, competencies: Array<{ __typename?: 'CompetencyAttestation', competencyCode: string, level: number, levelLabel: string, comment: string | null, competency: { __typename?: 'Competency', label: string } | null }> }> } }> } };

export type VolunteerMissionCompetenciesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VolunteerMissionCompetenciesQuery = { __typename?: 'Query', mission: { __typename?: 'Mission', id: string, competencies: Array<{ __typename?: 'Competency', code: string, label: string }> } };

export type VolunteerEngagementFragment = { __typename?: 'Engagement', id: string, proposalId: string, status: EngagementStatus, startDate: string, endDate: string | null, plannedHours: number, hoursDone: number | null, abandonReason: string | null, missionId: string, attestations: Array<{ __typename?: 'PassportAttestation', id: string, attestedAt: string, attestorName: string, attestorRole: string, competencies: Array<{ __typename?: 'CompetencyAttestation', competencyCode: string, level: number, levelLabel: string, comment: string | null, competency: { __typename?: 'Competency', label: string } | null }> }> };

export type StartVolunteerEngagementMutationVariables = Exact<{
  input: StartEngagementInput;
}>;


export type StartVolunteerEngagementMutation = { __typename?: 'Mutation', startEngagement: { __typename?: 'Engagement', id: string, proposalId: string, status: EngagementStatus, startDate: string, endDate: string | null, plannedHours: number, hoursDone: number | null, abandonReason: string | null, missionId: string, attestations: Array<{ __typename?: 'PassportAttestation', id: string, attestedAt: string, attestorName: string, attestorRole: string, competencies: Array<{ __typename?: 'CompetencyAttestation', competencyCode: string, level: number, levelLabel: string, comment: string | null, competency: { __typename?: 'Competency', label: string } | null }> }> } };

export type CompleteVolunteerEngagementMutationVariables = Exact<{
  input: CompleteEngagementInput;
}>;


export type CompleteVolunteerEngagementMutation = { __typename?: 'Mutation', completeEngagement: { __typename?: 'Engagement', id: string, proposalId: string, status: EngagementStatus, startDate: string, endDate: string | null, plannedHours: number, hoursDone: number | null, abandonReason: string | null, missionId: string, attestations: Array<{ __typename?: 'PassportAttestation', id: string, attestedAt: string, attestorName: string, attestorRole: string, competencies: Array<{ __typename?: 'CompetencyAttestation', competencyCode: string, level: number, levelLabel: string, comment: string | null, competency: { __typename?: 'Competency', label: string } | null }> }> } };

export type AbandonVolunteerEngagementMutationVariables = Exact<{
  input: AbandonEngagementInput;
}>;


export type AbandonVolunteerEngagementMutation = { __typename?: 'Mutation', abandonEngagement: { __typename?: 'Engagement', id: string, proposalId: string, status: EngagementStatus, startDate: string, endDate: string | null, plannedHours: number, hoursDone: number | null, abandonReason: string | null, missionId: string, attestations: Array<{ __typename?: 'PassportAttestation', id: string, attestedAt: string, attestorName: string, attestorRole: string, competencies: Array<{ __typename?: 'CompetencyAttestation', competencyCode: string, level: number, levelLabel: string, comment: string | null, competency: { __typename?: 'Competency', label: string } | null }> }> } };

export type AttestVolunteerCompetenciesMutationVariables = Exact<{
  input: AttestCompetenciesInput;
}>;


export type AttestVolunteerCompetenciesMutation = { __typename?: 'Mutation', attestCompetencies: { __typename?: 'PassportAttestation', id: string, engagementId: string } };

export type TerritoryOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoryOptionsQuery = { __typename?: 'Query', territories: { __typename?: 'TerritoryConnection', edges: Array<{ __typename?: 'TerritoryEdge', node: { __typename?: 'Territory', id: string, name: string } }> } };

export const MissionFicheFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFiche"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"runningOrder"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"suitedProfiles"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"weeklySlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"physicalEffort"}},{"kind":"Field","name":{"kind":"Name","value":"publicTransport"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<MissionFicheFragment, unknown>;
export const PersonProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadSensitive"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"hasDrivingLicence"}},{"kind":"Field","name":{"kind":"Name","value":"hasVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availabilityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"romeCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"volunteeringConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<PersonProfileFragment, unknown>;
export const PersonProposalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerChannel"}},{"kind":"Field","name":{"kind":"Name","value":"answerRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingListRank"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonProposalFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTerritoryManager"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const VolunteerEngagementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerEngagement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursDone"}},{"kind":"Field","name":{"kind":"Name","value":"abandonReason"}},{"kind":"Field","name":{"kind":"Name","value":"missionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attestorName"}},{"kind":"Field","name":{"kind":"Name","value":"attestorRole"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerEngagementFragment, unknown>;
export const CloseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSession"}}]}}]} as unknown as DocumentNode<CloseSessionMutation, CloseSessionMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTerritoryManager"}},{"kind":"Field","name":{"kind":"Name","value":"associationId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CommuneSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommuneSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"formerCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommuneSearchQuery, CommuneSearchQueryVariables>;
export const AccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sensitiveDataAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"dataKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogQuery, AccessLogQueryVariables>;
export const AccessLogUserChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogUserChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogUserChoicesQuery, AccessLogUserChoicesQueryVariables>;
export const AccessLogPersonChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogPersonChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogPersonChoicesQuery, AccessLogPersonChoicesQueryVariables>;
export const SignUpDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignUpDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<SignUpDomainsQuery, SignUpDomainsQueryVariables>;
export const RegisterAssociationFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAssociationFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RegisterAssociationFromConsoleMutation, RegisterAssociationFromConsoleMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const PasswordLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstPassword"}}]}}]}}]} as unknown as DocumentNode<PasswordLinkQuery, PasswordLinkQueryVariables>;
export const ChoosePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChoosePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChoosePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choosePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChoosePasswordMutation, ChoosePasswordMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const OpenSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<OpenSessionMutation, OpenSessionMutationVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orientationStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrientationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadStage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiarySort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"orientationStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orientationStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orientationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rsaEntryDate"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"orientation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accompaniment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const CaseloadTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadTerritoriesQuery, CaseloadTerritoriesQueryVariables>;
export const CreatePersonFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePersonFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<CreatePersonFromConsoleMutation, CreatePersonFromConsoleMutationVariables>;
export const ReferentDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferentDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referentDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"toOrient"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedWithoutInterview"}},{"kind":"Field","name":{"kind":"Name","value":"interviewsThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"engagementsInProgress"}},{"kind":"Field","name":{"kind":"Name","value":"outcomesToRecord"}}]}}]}}]} as unknown as DocumentNode<ReferentDashboardQuery, ReferentDashboardQueryVariables>;
export const CoordinatorAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinatorAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewAvailabilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"booked"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEDULED"},{"kind":"EnumValue","value":"HELD"},{"kind":"EnumValue","value":"NO_SHOW"},{"kind":"EnumValue","value":"EXCUSED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoordinatorAgendaQuery, CoordinatorAgendaQueryVariables>;
export const CoordinatorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinatorHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"now"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"14"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freeSlots"}},{"kind":"Field","name":{"kind":"Name","value":"proposalsAwaitingInterview"}},{"kind":"Field","name":{"kind":"Name","value":"interviewsToRecord"}},{"kind":"Field","name":{"kind":"Name","value":"short"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEDULED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"now"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CoordinatorHomeQuery, CoordinatorHomeQueryVariables>;
export const CoordinatorInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinatorInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"missionId"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"missionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"associationName"}},{"kind":"Field","name":{"kind":"Name","value":"invitationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContactInvited"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<CoordinatorInterviewQuery, CoordinatorInterviewQueryVariables>;
export const InterviewEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterviewEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"missionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"missionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"missionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterviewEngagementsQuery, InterviewEngagementsQueryVariables>;
export const RescheduleInterviewFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleInterviewFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleInterviewFromConsoleMutation, RescheduleInterviewFromConsoleMutationVariables>;
export const CancelInterviewFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelInterviewFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<CancelInterviewFromConsoleMutation, CancelInterviewFromConsoleMutationVariables>;
export const RecordInterviewOutcomeFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInterviewOutcomeFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInterviewOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInterviewOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}}]}}]}}]} as unknown as DocumentNode<RecordInterviewOutcomeFromConsoleMutation, RecordInterviewOutcomeFromConsoleMutationVariables>;
export const StartEngagementFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEngagementFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interviewId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<StartEngagementFromConsoleMutation, StartEngagementFromConsoleMutationVariables>;
export const CoordinatorInterviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinatorInterviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"associationName"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoordinatorInterviewsQuery, CoordinatorInterviewsQueryVariables>;
export const ProposalsAwaitingInterviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalsAwaitingInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalsAwaitingInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalsAwaitingInterviewQuery, ProposalsAwaitingInterviewQueryVariables>;
export const ScheduleInterviewFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInterviewFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<ScheduleInterviewFromConsoleMutation, ScheduleInterviewFromConsoleMutationVariables>;
export const PublishAvailabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAvailabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAvailabilitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAvailabilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<PublishAvailabilitiesMutation, PublishAvailabilitiesMutationVariables>;
export const AvailabilityCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailabilityCommunes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailabilityCommunesQuery, AvailabilityCommunesQueryVariables>;
export const InterviewSlotChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterviewSlotChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviewSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterviewSlotChoicesQuery, InterviewSlotChoicesQueryVariables>;
export const PersonEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursDone"}},{"kind":"Field","name":{"kind":"Name","value":"abandonReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonEngagementsQuery, PersonEngagementsQueryVariables>;
export const PersonPassportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPassport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementId"}},{"kind":"Field","name":{"kind":"Name","value":"missionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"hostCommune"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPassportQuery, PersonPassportQueryVariables>;
export const PersonInterviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonInterviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"associationName"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonInterviewsQuery, PersonInterviewsQueryVariables>;
export const PersonOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonOutcomesQuery, PersonOutcomesQueryVariables>;
export const RecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]} as unknown as DocumentNode<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const AssociationHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"submitted"},"name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"published"},"name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"full"},"name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FULL"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AssociationHomeQuery, AssociationHomeQueryVariables>;
export const AssociationHomePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationHomePeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACCEPTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"missionId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationHomePeopleQuery, AssociationHomePeopleQueryVariables>;
export const IndicatorsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"exactFigures"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missionsByDomain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missionsByHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competenciesAttested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorsReportQuery, IndicatorsReportQueryVariables>;
export const AssociationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]}}]} as unknown as DocumentNode<AssociationMembersQuery, AssociationMembersQueryVariables>;
export const InviteAssociationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAssociationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteAssociationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAssociationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<InviteAssociationMemberMutation, InviteAssociationMemberMutationVariables>;
export const MissionFormReferentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionFormReferentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"associationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<MissionFormReferentialsQuery, MissionFormReferentialsQueryVariables>;
export const CreateMissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFiche"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFiche"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"runningOrder"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"suitedProfiles"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"weeklySlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"physicalEffort"}},{"kind":"Field","name":{"kind":"Name","value":"publicTransport"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CreateMissionMutation, CreateMissionMutationVariables>;
export const UpdateMissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFiche"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFiche"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"runningOrder"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"suitedProfiles"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"weeklySlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"physicalEffort"}},{"kind":"Field","name":{"kind":"Name","value":"publicTransport"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<UpdateMissionMutation, UpdateMissionMutationVariables>;
export const AssociationMissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationMissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationMissionsQuery, AssociationMissionsQueryVariables>;
export const MissionFichePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionFichePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFiche"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFiche"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"runningOrder"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"suitedProfiles"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"weeklySlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"physicalEffort"}},{"kind":"Field","name":{"kind":"Name","value":"publicTransport"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<MissionFichePageQuery, MissionFichePageQueryVariables>;
export const SubmitMissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFiche"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFiche"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"runningOrder"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"suitedProfiles"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"weeklySlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"physicalEffort"}},{"kind":"Field","name":{"kind":"Name","value":"publicTransport"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<SubmitMissionMutation, SubmitMissionMutationVariables>;
export const CloseMissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionFiche"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionFiche"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"runningOrder"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"suitedProfiles"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"weeklySlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"physicalEffort"}},{"kind":"Field","name":{"kind":"Name","value":"publicTransport"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CloseMissionMutation, CloseMissionMutationVariables>;
export const ModerationAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"rna"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<ModerationAssociationQuery, ModerationAssociationQueryVariables>;
export const DecideAssociationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAssociation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<DecideAssociationMutation, DecideAssociationMutationVariables>;
export const ModerationMissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationMission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"runningOrder"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"suitedProfiles"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicenceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"physicalEffort"}},{"kind":"Field","name":{"kind":"Name","value":"publicTransport"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationMissionQuery, ModerationMissionQueryVariables>;
export const PublishMissionFromModerationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMissionFromModeration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublishMissionFromModerationMutation, PublishMissionFromModerationMutationVariables>;
export const RejectMissionFromModerationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectMissionFromModeration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<RejectMissionFromModerationMutation, RejectMissionFromModerationMutationVariables>;
export const ModerationAssociationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationAssociations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"associations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationAssociationsQuery, ModerationAssociationsQueryVariables>;
export const ModerationMissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationMissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationMissionsQuery, ModerationMissionsQueryVariables>;
export const PersonDiagnosticDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDiagnostic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orientationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadSensitive"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnostics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conductedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedPathway"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"barriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orientations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"organism"}},{"kind":"Field","name":{"kind":"Name","value":"isReorientation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"referent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousReferent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonDiagnosticQuery, PersonDiagnosticQueryVariables>;
export const OrientationReferentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrientationReferents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"REFERENT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrientationReferentsQuery, OrientationReferentsQueryVariables>;
export const RecordPersonDiagnosticDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPersonDiagnostic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiagnosticInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiagnostic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPersonDiagnosticMutation, RecordPersonDiagnosticMutationVariables>;
export const OrientPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrientPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrientBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orientBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrientPersonMutation, OrientPersonMutationVariables>;
export const ReorientPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorientPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorientBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorientBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorientPersonMutation, ReorientPersonMutationVariables>;
export const PersonInformationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonInformations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"romeCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missionDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadSensitive"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"hasDrivingLicence"}},{"kind":"Field","name":{"kind":"Name","value":"hasVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availabilityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"romeCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"volunteeringConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<PersonInformationsQuery, PersonInformationsQueryVariables>;
export const UpdatePersonProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBeneficiaryProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBeneficiaryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadSensitive"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"hasDrivingLicence"}},{"kind":"Field","name":{"kind":"Name","value":"hasVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availabilityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"romeCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"volunteeringConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonProfileMutation, UpdatePersonProfileMutationVariables>;
export const PersonConsentHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonConsentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CONSENT_GIVEN"},{"kind":"EnumValue","value":"CONSENT_WITHDRAWN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonConsentHistoryQuery, PersonConsentHistoryQueryVariables>;
export const GivePersonConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GivePersonConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveVolunteeringConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadSensitive"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"hasDrivingLicence"}},{"kind":"Field","name":{"kind":"Name","value":"hasVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availabilityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"romeCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"volunteeringConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<GivePersonConsentMutation, GivePersonConsentMutationVariables>;
export const WithdrawPersonConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPersonConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawVolunteeringConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadSensitive"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"hasDrivingLicence"}},{"kind":"Field","name":{"kind":"Name","value":"hasVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"maxDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availabilityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"interests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"romeCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frenchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"volunteeringConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawPersonConsentMutation, WithdrawPersonConsentMutationVariables>;
export const PersonLogbookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonLogbook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonLogbookQuery, PersonLogbookQueryVariables>;
export const AddPersonLogbookNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPersonLogbookNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLogbookNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLogbookNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddPersonLogbookNoteMutation, AddPersonLogbookNoteMutationVariables>;
export const PersonFileHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonFileHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rsaEntryDate"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<PersonFileHeaderQuery, PersonFileHeaderQueryVariables>;
export const RequestPersonalDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPersonalDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPersonalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"jsonUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]} as unknown as DocumentNode<RequestPersonalDataExportMutation, RequestPersonalDataExportMutationVariables>;
export const PersonalDataExportStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataExportStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"jsonUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]} as unknown as DocumentNode<PersonalDataExportStatusQuery, PersonalDataExportStatusQueryVariables>;
export const PersonProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProposal"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerChannel"}},{"kind":"Field","name":{"kind":"Name","value":"answerRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingListRank"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonProposalsQuery, PersonProposalsQueryVariables>;
export const WithdrawProposalFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProposalFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProposal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerChannel"}},{"kind":"Field","name":{"kind":"Name","value":"answerRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingListRank"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawProposalFromConsoleMutation, WithdrawProposalFromConsoleMutationVariables>;
export const RecordProposalAnswerFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProposalAnswerFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProposalAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProposalAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonProposal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonProposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerChannel"}},{"kind":"Field","name":{"kind":"Name","value":"answerRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingListRank"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"letterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanWithdraw"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordProposalAnswerFromConsoleMutation, RecordProposalAnswerFromConsoleMutationVariables>;
export const ProposalEmailPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalEmailPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalEmailPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ProposalEmailPreviewQuery, ProposalEmailPreviewQueryVariables>;
export const ProposeMissionFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMissionFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<ProposeMissionFromConsoleMutation, ProposeMissionFromConsoleMutationVariables>;
export const PersonSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missionSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedReasons"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonSuggestionsQuery, PersonSuggestionsQueryVariables>;
export const ProposableMissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposableMissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}},{"kind":"Argument","name":{"kind":"Name","value":"communeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleDescription"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposableMissionsQuery, ProposableMissionsQueryVariables>;
export const ProposalDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ProposalDomainsQuery, ProposalDomainsQueryVariables>;
export const AnonymisationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnonymisationPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymisationPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionMonthsAfterExit"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogRetentionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"emailRetentionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"exitedBefore"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogBefore"}},{"kind":"Field","name":{"kind":"Name","value":"emailsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"anonymisedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"anonymisedPeople"}},{"kind":"Field","name":{"kind":"Name","value":"accessLogDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"emailsDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"emailsStripped"}}]}}]}}]}}]} as unknown as DocumentNode<AnonymisationPreviewQuery, AnonymisationPreviewQueryVariables>;
export const ApproveAnonymisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAnonymisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAnonymisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ApproveAnonymisationMutation, ApproveAnonymisationMutationVariables>;
export const TerritoriesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoriesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoriesListQuery, TerritoriesListQueryVariables>;
export const CreateTerritoryFromConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerritoryFromConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateTerritoryFromConsoleMutation, CreateTerritoryFromConsoleMutationVariables>;
export const UsersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTerritoryManager"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UsersListQuery, UsersListQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTerritoryManager"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const UpdateUserAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTerritoryManager"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateUserAccountMutation, UpdateUserAccountMutationVariables>;
export const DisableUserAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUserAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTerritoryManager"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DisableUserAccountMutation, DisableUserAccountMutationVariables>;
export const EnableUserAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUserAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTerritoryManager"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnableUserAccountMutation, EnableUserAccountMutationVariables>;
export const VolunteerProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACCEPTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"missionId"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerProposalsQuery, VolunteerProposalsQueryVariables>;
export const VolunteerInterviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerInterviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerInterviewsQuery, VolunteerInterviewsQueryVariables>;
export const VolunteerEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerEngagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerEngagement"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerEngagement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursDone"}},{"kind":"Field","name":{"kind":"Name","value":"abandonReason"}},{"kind":"Field","name":{"kind":"Name","value":"missionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attestorName"}},{"kind":"Field","name":{"kind":"Name","value":"attestorRole"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerEngagementsQuery, VolunteerEngagementsQueryVariables>;
export const VolunteerMissionCompetenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerMissionCompetencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerMissionCompetenciesQuery, VolunteerMissionCompetenciesQueryVariables>;
export const StartVolunteerEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartVolunteerEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerEngagement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerEngagement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursDone"}},{"kind":"Field","name":{"kind":"Name","value":"abandonReason"}},{"kind":"Field","name":{"kind":"Name","value":"missionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attestorName"}},{"kind":"Field","name":{"kind":"Name","value":"attestorRole"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartVolunteerEngagementMutation, StartVolunteerEngagementMutationVariables>;
export const CompleteVolunteerEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteVolunteerEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerEngagement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerEngagement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursDone"}},{"kind":"Field","name":{"kind":"Name","value":"abandonReason"}},{"kind":"Field","name":{"kind":"Name","value":"missionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attestorName"}},{"kind":"Field","name":{"kind":"Name","value":"attestorRole"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteVolunteerEngagementMutation, CompleteVolunteerEngagementMutationVariables>;
export const AbandonVolunteerEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbandonVolunteerEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbandonEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abandonEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VolunteerEngagement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VolunteerEngagement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursDone"}},{"kind":"Field","name":{"kind":"Name","value":"abandonReason"}},{"kind":"Field","name":{"kind":"Name","value":"missionId"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attestorName"}},{"kind":"Field","name":{"kind":"Name","value":"attestorRole"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AbandonVolunteerEngagementMutation, AbandonVolunteerEngagementMutationVariables>;
export const AttestVolunteerCompetenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttestVolunteerCompetencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttestCompetenciesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attestCompetencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"engagementId"}}]}}]}}]} as unknown as DocumentNode<AttestVolunteerCompetenciesMutation, AttestVolunteerCompetenciesMutationVariables>;
export const TerritoryOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryOptionsQuery, TerritoryOptionsQueryVariables>;