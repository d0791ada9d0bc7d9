/**
 * What the database holds about one person, as the reader returns it (codes, not labels). The
 * document builder turns it into the export; both are plain data.
 */
export interface PersonRow {
  id: string;
  civility: string | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string | null;
  phone: string | null;
  communeName: string | null;
  communeCode: string;
  territoryName: string | null;
  rsaEntryDate: string;
  referentName: string | null;
  status: string;
  statusChangedAt: Date | null;
  mobilityModes: number;
  hasDrivingLicence: boolean;
  hasVehicle: boolean;
  maxDistanceKm: number | null;
  availabilityMask: number;
  interestDomains: string[];
  targetJobs: string[];
  competencies: string[];
  frenchLevel: string | null;
  volunteeringConsentGivenAt: Date | null;
  volunteeringConsentWithdrawnAt: Date | null;
  orientationStatus: string;
  orientedAt: Date | null;
  firstActionAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DiagnosticRow {
  id: string;
  conductedAt: Date;
  authorName: string | null;
  proposedPathway: string;
  strengths: string | null;
  notes: string | null;
  barriers: Array<{ kind: string; level: string; note: string | null }>;
}

export interface OrientationRow {
  decidedAt: Date;
  pathway: string;
  organism: string;
  referentName: string | null;
  decidedByName: string | null;
  isReorientation: boolean;
  reason: string | null;
}

export interface LogbookRow {
  occurredAt: Date;
  recordedAt: Date;
  type: string;
  authorName: string | null;
  summary: string;
  confidential: boolean;
}

export interface ProposalRow {
  id: string;
  createdAt: Date;
  missionTitle: string;
  associationName: string;
  referentName: string | null;
  message: string | null;
  status: string;
  delivery: string;
  sentAt: Date | null;
  consentAt: Date | null;
  answeredAt: Date | null;
  answerChannel: string | null;
  declineReason: string | null;
  waitingListPosition: number | null;
  remindedAt: Date | null;
  expiresAt: Date;
  expiredAt: Date | null;
  withdrawnAt: Date | null;
}

export interface InterviewRow {
  startsAt: Date;
  endsAt: Date;
  missionTitle: string;
  coordinatorName: string | null;
  placeKind: string;
  placeLabel: string;
  placeAddress: string | null;
  status: string;
  scheduledAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
  outcomeRecordedAt: Date | null;
  outcomeNote: string | null;
}

export interface EngagementRow {
  missionTitle: string;
  associationName: string;
  status: string;
  startDate: string;
  endDate: string | null;
  plannedHours: number;
  hoursDone: number | null;
  abandonReason: string | null;
  withdrawalReason: string | null;
}

export interface AttestationRow {
  attestedAt: Date;
  missionTitle: string;
  associationName: string;
  attestorName: string;
  attestorRole: string;
  competencies: Array<{ label: string; level: number; comment: string | null }>;
}

export interface PassportRow {
  issuedAt: Date;
  lastAttestedAt: Date;
  verifications: Array<{ code: string; issuedAt: Date; revokedAt: Date | null }>;
}

export interface OutcomeRow {
  recordedAt: Date;
  kind: string;
  contractType: string | null;
  startDate: string;
  endDate: string | null;
  detail: string | null;
}

export interface EmailRow {
  createdAt: Date;
  sentAt: Date | null;
  template: string;
  status: string;
  toAddress: string;
}

export interface AccessRow {
  accessedAt: Date;
  userName: string | null;
  userRole: string | null;
  dataKind: string;
}

export interface PersonalDataRows {
  person: PersonRow;
  diagnostics: DiagnosticRow[];
  orientations: OrientationRow[];
  logbook: LogbookRow[];
  proposals: ProposalRow[];
  interviews: InterviewRow[];
  engagements: EngagementRow[];
  attestations: AttestationRow[];
  passport: PassportRow | null;
  outcomes: OutcomeRow[];
  emails: EmailRow[];
  accesses: AccessRow[];
}
