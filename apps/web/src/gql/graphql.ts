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
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
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

/** Ce qu’une association voit d’une personne à qui sa mission conviendrait : rien qui l’identifie */
export type AnonymousCandidateProfile = {
  __typename?: 'AnonymousCandidateProfile';
  /** Distance approximative (« de 5 à 15 km ») */
  distanceBand: Maybe<Scalars['String']['output']>;
};

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

/** Commune de l'Ain */
export type Commune = {
  __typename?: 'Commune';
  /** Code INSEE */
  inseeCode: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
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
  /** Enregistre l'accord de la personne pour recevoir des propositions de missions bénévoles */
  giveVolunteeringConsent: Beneficiary;
  /** Connexion : renvoie un jeton à utiliser comme « Authorization: Bearer … » */
  login: AuthPayload;
  /** Connexion de la console : ouvre une session dans ce navigateur (cookie HttpOnly, aucun jeton lisible) */
  openSession: SessionPayload;
  /** Oriente la personne (parcours, organisme, référent unique) après un diagnostic ; si le référent change, l’ancien garde l’accès au carnet de bord 3 mois */
  orientBeneficiary: Orientation;
  /** Propose une mission publiée à une personne que vous suivez et qui a donné son accord : elle la reçoit par e-mail */
  proposeMission: Proposal;
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


export type MutationGiveVolunteeringConsentArgs = {
  beneficiaryId: Scalars['ID']['input'];
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
  expiredAt: Maybe<Scalars['DateTime']['output']>;
  /** Date limite de réponse (les liens expirent avec elle) */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Le message personnel du référent */
  message: Maybe<Scalars['String']['output']>;
  mission: Maybe<Mission>;
  missionId: Scalars['ID']['output'];
  /** Qui a fait la proposition */
  referent: Maybe<User>;
  /** Date de la relance */
  remindedAt: Maybe<Scalars['DateTime']['output']>;
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

export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  cursor: Scalars['String']['output'];
  node: Proposal;
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
  /** Une association (un membre ne voit que la sienne) */
  association: Association;
  /** Les associations, par ordre alphabétique : toutes (service Insertion, coordination), les validées (référents), la vôtre (membre) */
  associations: AssociationConnection;
  /** Les personnes que vous suivez (référent), celles de votre territoire (responsable de territoire) ou toutes (service Insertion), par ordre alphabétique */
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
  /** Les créneaux libres pour l’entretien d’une proposition acceptée : au moins 48 heures à l’avance, dans les disponibilités de la personne, le lieu le plus proche d’abord */
  interviewSlots: Array<InterviewSlotOption>;
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
  /** Les missions que vous pouvez voir (association : les vôtres ; référent : publiées ; service Insertion et coordination : toutes), les plus récentes d’abord, par distance avec `near`, par pertinence avec `text` */
  missions: MissionConnection;
  /** Les dossiers en retard que vous pouvez voir (orientation au-delà d’un mois, première action au-delà de deux mois), les plus en retard d’abord */
  overdueOrientations: OverdueFileConnection;
  /** Le Passeport Bénévole d’une personne que vous suivez : chaque mission, ses compétences attestées et leur niveau (le PDF est à l’adresse pdfUrl) */
  passport: PassportView;
  /** À qui mène un lien de choix de mot de passe (INVALID_LINK s’il a expiré ou a déjà servi) */
  passwordLink: PasswordLink;
  /** Une proposition de mission */
  proposal: Proposal;
  /** Comment vous êtes prévenu(e) des réponses à vos propositions */
  proposalNotificationMode: ProposalNotificationMode;
  /** Les propositions que vous voyez, les plus récentes d’abord (association : celles acceptées sur vos missions) */
  proposals: ProposalConnection;
  /** Journal des lectures de données sensibles (qui, quand, quelle personne, quelle donnée), du plus récent au plus ancien */
  sensitiveDataAccessLog: SensitiveDataAccessConnection;
  /** Les territoires (CDS), par ordre alphabétique */
  territories: TerritoryConnection;
  users: UserConnection;
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


export type QueryInterviewSlotsArgs = {
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


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  missionId?: InputMaybe<Scalars['ID']['input']>;
  referentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ProposalStatus>>;
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


export const CloseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSession"}}]}}]} as unknown as DocumentNode<CloseSessionMutation, CloseSessionMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTerritoryManager"}},{"kind":"Field","name":{"kind":"Name","value":"associationId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const PasswordLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstPassword"}}]}}]}}]} as unknown as DocumentNode<PasswordLinkQuery, PasswordLinkQueryVariables>;
export const ChoosePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChoosePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChoosePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choosePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChoosePasswordMutation, ChoosePasswordMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const OpenSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<OpenSessionMutation, OpenSessionMutationVariables>;