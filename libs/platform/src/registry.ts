import {
  CreateOutboxAndEmail1764300000100,
  DatabaseRegistry,
  EmailMessage,
  EnableExtensions1764300000000,
  OutboxJob,
  OutboxLeasesAndEmailSending1764400400000,
  MailTemplate,
  Seeder,
} from '@tremplin/core';
import {
  AccountCredentials1764400100000,
  CreateIdentity1764300001000,
  IdentityModule,
  IDENTITY_MAIL_TEMPLATES,
  Territory,
  User,
  identitySeeder,
} from '@tremplin/identity';
import {
  AddBeneficiaryAnonymisation1764520000000,
  AddProfileCorrectionLogbookType1764400710000,
  Beneficiary,
  BeneficiariesModule,
  CreateBeneficiaries1764300005000,
  CreateLogbook1764300005100,
  IndexLogbookEntriesByType1764540000001,
  LogbookEntry,
  LogbookReadGrant,
  SensitiveDataAccess,
} from '@tremplin/beneficiaries';
import {
  ADMIN_DIGEST_MAIL,
  CreateOrientation1764300006000,
  Diagnostic,
  DiagnosticBarrier,
  Orientation,
  OrientationModule,
  REFERENT_DIGEST_MAIL,
  orientationSeeder,
} from '@tremplin/orientation';
import {
  CreateIndicatorSnapshots1764300011000,
  IndicatorSnapshot,
  IndicatorsModule,
  volunteeringDemoSeeder,
} from '@tremplin/indicators';
import {
  CreateInterviews1764300009000,
  INTERVIEW_MAIL_TEMPLATES,
  LinkInterviewsToProposals1764300009100,
  AddInterviewReminderLogbookType1764300012000,
  AddSlotDayPartMask1764400800000,
  Interview,
  InterviewAvailability,
  InterviewReminder,
  InterviewSlot,
  InterviewsModule,
  interviewsSeeder,
} from '@tremplin/interviews';
import {
  CompetencyAttestation,
  CreatePassports1764300010000,
  Engagement,
  Outcome,
  Passport,
  PassportAttestation,
  PassportVerification,
  PASSPORT_MAIL_TEMPLATES,
  PassportsModule,
} from '@tremplin/passports';
import {
  ASSOCIATION_REGISTERED_MAIL,
  ASSOCIATION_REJECTED_MAIL,
  ASSOCIATION_MEMBER_INVITED_MAIL,
  ASSOCIATION_VALIDATED_MAIL,
  Association,
  AssociationsModule,
  CreateAssociations1764300003000,
  associationsSeeder,
} from '@tremplin/associations';
import {
  CreateMissions1764300004000,
  MISSION_PUBLISHED_MAIL,
  MISSION_REJECTED_MAIL,
  MODERATION_DIGEST_MAIL,
  Mission,
  MissionTransition,
  MissionsModule,
  missionsSeeder,
} from '@tremplin/missions';
import {
  BeneficiaryMatchState,
  CreateMatching1764300007000,
  MatchingModule,
  matchingDemoSeeder,
  SuggestionRecord,
} from '@tremplin/matching';
import {
  CreateProposals1764300008000,
  CreateReferentNotices1764300008100,
  AddProposalDeliveryAndRecordedAnswers1764400300000,
  AddProposalEmailFailure1764400400100,
  IndexAcceptedProposals1764540000000,
  PROPOSAL_MAIL_TEMPLATES,
  Proposal,
  ProposalNotificationSetting,
  ProposalReferentNotice,
  ProposalsModule,
} from '@tremplin/proposals';
import {
  CreatePersonalDataExports1764400700000,
  CreateRetention1764520000001,
  PersonalDataExport,
  PrivacyModule,
  RetentionApproval,
  RetentionRun,
} from '@tremplin/privacy';
import {
  AdoptCurrentCommunes1764510000000,
  Commune,
  Competency,
  CreateReferentials1764300002000,
  FormerCommune,
  Job,
  MissionDomain,
  ReferentialsModule,
} from '@tremplin/referentials';

/**
 * The composition root shared by the API, the worker, the CLI and the tests: every domain
 * module, entity and migration of the platform. A new domain registers here, and only here.
 */
export const DOMAIN_MODULES = [
  IdentityModule,
  ReferentialsModule,
  AssociationsModule,
  MissionsModule,
  BeneficiariesModule,
  OrientationModule,
  ProposalsModule,
  InterviewsModule,
  PassportsModule,
  IndicatorsModule,
  MatchingModule,
  PrivacyModule,
];

export const ENTITIES = [
  OutboxJob,
  EmailMessage,
  Territory,
  User,
  Commune,
  FormerCommune,
  MissionDomain,
  Competency,
  Job,
  Association,
  Mission,
  MissionTransition,
  Beneficiary,
  LogbookEntry,
  LogbookReadGrant,
  SensitiveDataAccess,
  Diagnostic,
  DiagnosticBarrier,
  Orientation,
  Proposal,
  SuggestionRecord,
  BeneficiaryMatchState,
  ProposalNotificationSetting,
  ProposalReferentNotice,
  InterviewAvailability,
  InterviewSlot,
  Interview,
  InterviewReminder,
  Engagement,
  PassportAttestation,
  CompetencyAttestation,
  Passport,
  PassportVerification,
  Outcome,
  IndicatorSnapshot,
  PersonalDataExport,
  RetentionApproval,
  RetentionRun,
];

/** In timestamp order (a unit test checks it). */
export const MIGRATIONS = [
  EnableExtensions1764300000000,
  CreateOutboxAndEmail1764300000100,
  CreateIdentity1764300001000,
  CreateReferentials1764300002000,
  CreateAssociations1764300003000,
  CreateMissions1764300004000,
  CreateBeneficiaries1764300005000,
  CreateLogbook1764300005100,
  CreateOrientation1764300006000,
  CreateMatching1764300007000,
  CreateProposals1764300008000,
  CreateReferentNotices1764300008100,
  CreateInterviews1764300009000,
  LinkInterviewsToProposals1764300009100,
  CreatePassports1764300010000,
  CreateIndicatorSnapshots1764300011000,
  AddInterviewReminderLogbookType1764300012000,
  AccountCredentials1764400100000,
  AddProposalDeliveryAndRecordedAnswers1764400300000,
  OutboxLeasesAndEmailSending1764400400000,
  AddProposalEmailFailure1764400400100,
  CreatePersonalDataExports1764400700000,
  AddProfileCorrectionLogbookType1764400710000,
  AddSlotDayPartMask1764400800000,
  AdoptCurrentCommunes1764510000000,
  AddBeneficiaryAnonymisation1764520000000,
  CreateRetention1764520000001,
  IndexAcceptedProposals1764540000000,
  IndexLogbookEntriesByType1764540000001,
];

export const DATABASE_REGISTRY: DatabaseRegistry = { entities: ENTITIES, migrations: MIGRATIONS };

/** Demo data loaders, in dependency order. */
export const SEEDERS: Seeder[] = [
  identitySeeder,
  associationsSeeder,
  missionsSeeder,
  orientationSeeder,
  interviewsSeeder,
  volunteeringDemoSeeder,
  matchingDemoSeeder,
];

/** Every email template (rendered by the worker, previewed by `npm run mail:preview`). */
export const MAIL_TEMPLATES: MailTemplate<object>[] = [
  ...IDENTITY_MAIL_TEMPLATES,
  REFERENT_DIGEST_MAIL,
  ADMIN_DIGEST_MAIL,
  ASSOCIATION_REGISTERED_MAIL,
  ASSOCIATION_VALIDATED_MAIL,
  ASSOCIATION_REJECTED_MAIL,
  ASSOCIATION_MEMBER_INVITED_MAIL,
  MISSION_PUBLISHED_MAIL,
  MISSION_REJECTED_MAIL,
  MODERATION_DIGEST_MAIL,
  ...PROPOSAL_MAIL_TEMPLATES,
  ...INTERVIEW_MAIL_TEMPLATES,
  ...PASSPORT_MAIL_TEMPLATES,
];
