import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AppException,
  Clock,
  Connection,
  ErrorCode,
  FieldError,
  Role,
  UnitOfWork,
  describeFieldErrors,
  pageWindow,
  toConnection,
} from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { User } from '@tremplin/identity';
import { ReferentialsService, slotsToMask } from '@tremplin/referentials';
import { Brackets, IsNull, Repository } from 'typeorm';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BeneficiaryAccess } from './beneficiary-access.service';
import { BeneficiaryEvents } from './beneficiary-events';
import { CaseloadStages } from './caseload-stages';
import { likePattern, overdueCondition } from './beneficiary-queries';
import { Beneficiary } from './beneficiary.entity';
import {
  BENEFICIARY_STATUS_LABELS,
  BeneficiaryStatus,
  birthDateProblem,
  hasVolunteeringConsent,
  normalizeFrenchPhone,
  normalizePersonName,
  rsaEntryDateProblem,
} from './domain/beneficiary-profile';
import { BeneficiarySort, CaseloadMoment, CaseloadStage, caseloadMomentOf } from './domain/caseload';
import { LocalDate, formatDateFr, localDateOf, startOfLocalDay } from './domain/calendar';
import { LogbookEntryType } from './domain/logbook-entry-type';
import { ProfileNames, profileCorrectionSummary, profileCorrections } from './domain/profile-corrections';
import { mobilityModesToMask } from './domain/mobility';
import { BeneficiariesArgs, ReferentDashboard, ReferentDashboardArgs } from './dto/beneficiaries.args';
import { CreateBeneficiaryInput } from './dto/create-beneficiary.input';
import { UpdateBeneficiaryProfileInput } from './dto/update-beneficiary-profile.input';
import { Logbook } from './logbook';

/** Profile columns a create or update input may set. */
type ProfileColumns = Partial<
  Pick<
    Beneficiary,
    | 'civility'
    | 'firstName'
    | 'lastName'
    | 'birthDate'
    | 'email'
    | 'phone'
    | 'communeCode'
    | 'latitude'
    | 'longitude'
    | 'territoryId'
    | 'rsaEntryDate'
    | 'mobilityModes'
    | 'hasDrivingLicence'
    | 'hasVehicle'
    | 'maxDistanceKm'
    | 'availabilityMask'
    | 'interestDomainCodes'
    | 'targetJobCodes'
    | 'competencyCodes'
    | 'frenchLevel'
  >
>;

/** Follow-up columns owned by the orientation domain, written through `recordFollowUp`. */
export type FollowUpColumns = Partial<
  Pick<
    Beneficiary,
    'orientationStatus' | 'orientedAt' | 'firstActionAt' | 'orientationDueOn' | 'accompanimentDueOn' | 'referentId'
  >
>;

const DUPLICATE_IDENTITY = 'Un dossier existe déjà pour une personne portant ces nom, prénom et date de naissance.';
const CLOSED_FILE = 'Ce dossier est clos (personne sortie du dispositif) : réactivez-le avant de le modifier.';

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

@Injectable()
export class BeneficiariesService {
  private readonly logger = new Logger(BeneficiariesService.name);

  constructor(
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly access: BeneficiaryAccess,
    private readonly referentials: ReferentialsService,
    private readonly events: BeneficiaryEvents,
    private readonly stages: CaseloadStages,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  get(viewer: AuthUser, id: string): Promise<Beneficiary> {
    return this.access.readable(viewer, id);
  }

  async list(viewer: AuthUser, args: BeneficiariesArgs): Promise<Connection<Beneficiary>> {
    const { skip, take } = pageWindow(args);
    const query = this.filtered(viewer, args, caseloadMomentOf(this.clock.now())).skip(skip).take(take);
    switch (args.sort ?? BeneficiarySort.NAME) {
      case BeneficiarySort.NAME:
        break;
      case BeneficiarySort.NEWEST_ENTRY:
        query.addOrderBy('b.rsaEntryDate', 'DESC');
        break;
      case BeneficiarySort.NEXT_DEADLINE:
        query.addOrderBy(
          `LEAST(CASE WHEN b.orientedAt IS NULL THEN b.orientationDueOn END, CASE WHEN b.firstActionAt IS NULL THEN b.accompanimentDueOn END)`,
          'ASC',
          'NULLS LAST',
        );
        break;
    }
    query.addOrderBy('b.lastName', 'ASC').addOrderBy('b.firstName', 'ASC').addOrderBy('b.id', 'ASC');
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /**
   * The counters of the référent's home, over the active files the viewer can read: each is the
   * `totalCount` of the list with the same filter, computed by the same query.
   */
  async dashboard(viewer: AuthUser, args: ReferentDashboardArgs): Promise<ReferentDashboard> {
    const moment = caseloadMomentOf(this.clock.now());
    const base = { ...args, status: BeneficiaryStatus.ACTIVE };
    const count = (filters: Omit<BeneficiariesArgs, 'first' | 'after'>) =>
      this.filtered(viewer, { ...base, ...filters }, moment).getCount();
    const [
      active,
      toOrient,
      overdue,
      awaitingAnswer,
      acceptedWithoutInterview,
      interviewsThisWeek,
      engagements,
      outcomes,
    ] = await Promise.all([
      count({}),
      count({ stage: CaseloadStage.TO_ORIENT }),
      count({ overdue: true }),
      count({ stage: CaseloadStage.AWAITING_ANSWER }),
      count({ stage: CaseloadStage.ACCEPTED_WITHOUT_INTERVIEW }),
      count({ stage: CaseloadStage.INTERVIEW_THIS_WEEK }),
      count({ stage: CaseloadStage.ENGAGEMENT_IN_PROGRESS }),
      count({ stage: CaseloadStage.OUTCOME_TO_RECORD }),
    ]);
    return {
      active,
      toOrient,
      overdue,
      awaitingAnswer,
      acceptedWithoutInterview,
      interviewsThisWeek,
      engagementsInProgress: engagements,
      outcomesToRecord: outcomes,
    };
  }

  /** The files the viewer can read that match the filters (unordered). */
  private filtered(
    viewer: AuthUser,
    args: Omit<BeneficiariesArgs, 'first' | 'after' | 'sort'>,
    moment: CaseloadMoment,
  ): SelectQueryBuilder<Beneficiary> {
    const query = this.beneficiaries.createQueryBuilder('b');
    this.access.applyReadScope(query, 'b', viewer);
    if (args.territoryId) query.andWhere('b.territoryId = :territoryId', { territoryId: args.territoryId });
    if (args.referentId) query.andWhere('b.referentId = :referentId', { referentId: args.referentId });
    if (args.orientationStatus) {
      query.andWhere('b.orientationStatus = :orientationStatus', { orientationStatus: args.orientationStatus });
    }
    if (args.status) query.andWhere('b.status = :status', { status: args.status });
    if (args.overdue !== undefined && args.overdue !== null) {
      query.andWhere(`${overdueCondition('b')} IS ${args.overdue ? '' : 'NOT '}TRUE`, { today: moment.today });
    }
    if (args.volunteeringConsent !== undefined && args.volunteeringConsent !== null) {
      const given = 'b.volunteeringConsentGivenAt IS NOT NULL AND b.volunteeringConsentWithdrawnAt IS NULL';
      query.andWhere(args.volunteeringConsent ? `(${given})` : `NOT (${given})`);
    }
    if (args.stage) this.stages.apply(query as SelectQueryBuilder<ObjectLiteral>, 'b', args.stage, moment);
    const search = args.search?.trim();
    if (search) {
      query.andWhere(
        new Brackets((where) =>
          where
            .where(
              `immutable_unaccent(lower(b.lastName || ' ' || b.firstName)) LIKE immutable_unaccent(lower(:pattern))`,
            )
            .orWhere(
              `immutable_unaccent(lower(b.firstName || ' ' || b.lastName)) LIKE immutable_unaccent(lower(:pattern))`,
            ),
        ),
        { pattern: likePattern(search.replace(/\s+/g, ' ')) },
      );
    }
    return query;
  }

  /** Opens the file of a person entering the RSA scheme, with the first entry of their logbook. */
  async create(viewer: AuthUser, input: CreateBeneficiaryInput): Promise<Beneficiary> {
    const today = localDateOf(this.clock.now());
    const referentId = await this.referentForCreation(viewer, input.referentId ?? null);
    const columns = await this.profileColumns(
      input,
      { birthDate: input.birthDate, rsaEntryDate: input.rsaEntryDate },
      today,
    );
    const consent = input.volunteeringConsent === true;

    const id = await this.unitOfWork.run(async (tx) => {
      const now = this.clock.now();
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(Beneficiary)
        .values({
          ...columns,
          referentId,
          createdById: viewer.id,
          volunteeringConsentGivenAt: consent ? now : null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const row = inserted.raw[0] as { id: string } | undefined;
      if (!row) {
        throw AppException.conflict(DUPLICATE_IDENTITY);
      }
      const beneficiary = await tx.manager.findOneByOrFail(Beneficiary, { id: row.id });
      await this.events.created(tx, beneficiary);
      await this.logbook.append(tx, {
        beneficiaryId: row.id,
        type: LogbookEntryType.ENTRY,
        authorId: viewer.id,
        summary: `Entrée dans le dispositif RSA le ${formatDateFr(beneficiary.rsaEntryDate)} ; dossier ouvert sur Tremplin.`,
        occurredAt: startOfLocalDay(beneficiary.rsaEntryDate),
      });
      if (consent) await this.appendConsentGiven(tx, row.id, viewer.id, now);
      return row.id;
    });
    this.logger.log({ event: 'beneficiary.created', beneficiaryId: id, userId: viewer.id, referentId });
    return this.beneficiaries.findOneByOrFail({ id });
  }

  async updateProfile(viewer: AuthUser, id: string, input: UpdateBeneficiaryProfileInput): Promise<Beneficiary> {
    const today = localDateOf(this.clock.now());
    const changed = await this.unitOfWork.run(async (tx) => {
      const beneficiary = await this.access.writable(tx, viewer, id);
      if (beneficiary.status === BeneficiaryStatus.LEFT)
        throw AppException.invalidTransition(CLOSED_FILE, beneficiary.status);
      const columns = await this.profileColumns(
        input,
        {
          birthDate: input.birthDate ?? beneficiary.birthDate,
          rsaEntryDate: input.rsaEntryDate ?? beneficiary.rsaEntryDate,
        },
        today,
      );
      const changes = new Set(
        (Object.keys(columns) as (keyof ProfileColumns)[]).filter((key) => !sameValue(columns[key], beneficiary[key])),
      );
      if (changes.size === 0) return changes;
      if (['firstName', 'lastName', 'birthDate'].some((key) => changes.has(key as keyof ProfileColumns))) {
        await this.refuseDuplicateIdentity(tx, { ...beneficiary, ...columns });
      }
      const patch = Object.fromEntries([...changes].map((key) => [key, columns[key]])) as ProfileColumns;
      await tx.manager.update(Beneficiary, id, patch);
      const updated = await tx.manager.findOneByOrFail(Beneficiary, { id });
      // Right of rectification: who changed what, from which value, and when, in the carnet de bord.
      const corrections = profileCorrections(
        beneficiary,
        updated,
        changes,
        await this.profileNames(changes, [beneficiary.communeCode, updated.communeCode]),
      );
      if (corrections.length > 0) {
        await this.logbook.append(tx, {
          beneficiaryId: id,
          type: LogbookEntryType.PROFILE_CORRECTED,
          authorId: viewer.id,
          summary: profileCorrectionSummary(corrections),
          occurredAt: this.clock.now(),
        });
      }
      await this.events.updated(tx, updated, changes);
      return changes;
    });
    this.logger.log({ event: 'beneficiary.updated', beneficiaryId: id, userId: viewer.id, fields: [...changed] });
    return this.beneficiaries.findOneByOrFail({ id });
  }

  /** Records the person's consent to receive volunteer-mission proposals (no-op when already given). */
  async giveVolunteeringConsent(viewer: AuthUser, id: string): Promise<Beneficiary> {
    await this.unitOfWork.run(async (tx) => {
      const beneficiary = await this.access.writable(tx, viewer, id);
      if (beneficiary.status !== BeneficiaryStatus.ACTIVE) {
        throw AppException.invalidTransition(
          "L'accord pour le bénévolat ne peut être recueilli que pour un dossier en cours de suivi.",
          beneficiary.status,
        );
      }
      if (hasVolunteeringConsent(beneficiary.volunteeringConsentGivenAt, beneficiary.volunteeringConsentWithdrawnAt))
        return;
      const now = this.clock.now();
      await tx.manager.update(Beneficiary, id, {
        volunteeringConsentGivenAt: now,
        volunteeringConsentWithdrawnAt: null,
      });
      await this.appendConsentGiven(tx, id, viewer.id, now);
      await this.events.updated(
        tx,
        await tx.manager.findOneByOrFail(Beneficiary, { id }),
        new Set<keyof Beneficiary>(['volunteeringConsentGivenAt', 'volunteeringConsentWithdrawnAt']),
      );
      this.logger.log({ event: 'beneficiary.consent_given', beneficiaryId: id, userId: viewer.id });
    });
    return this.beneficiaries.findOneByOrFail({ id });
  }

  /** Withdraws the consent: always possible, whatever the state of the file (no-op when there is none). */
  async withdrawVolunteeringConsent(viewer: AuthUser, id: string): Promise<Beneficiary> {
    await this.unitOfWork.run(async (tx) => {
      const beneficiary = await this.access.writable(tx, viewer, id);
      if (!hasVolunteeringConsent(beneficiary.volunteeringConsentGivenAt, beneficiary.volunteeringConsentWithdrawnAt))
        return;
      const now = this.clock.now();
      await tx.manager.update(Beneficiary, id, { volunteeringConsentWithdrawnAt: now });
      await this.logbook.append(tx, {
        beneficiaryId: id,
        type: LogbookEntryType.CONSENT_WITHDRAWN,
        authorId: viewer.id,
        summary: 'Accord retiré : la personne ne recevra plus de propositions de missions bénévoles.',
        occurredAt: now,
      });
      await this.events.updated(
        tx,
        await tx.manager.findOneByOrFail(Beneficiary, { id }),
        new Set<keyof Beneficiary>(['volunteeringConsentWithdrawnAt']),
      );
      this.logger.log({ event: 'beneficiary.consent_withdrawn', beneficiaryId: id, userId: viewer.id });
    });
    return this.beneficiaries.findOneByOrFail({ id });
  }

  async changeStatus(viewer: AuthUser, id: string, status: BeneficiaryStatus): Promise<Beneficiary> {
    await this.unitOfWork.run(async (tx) => {
      const beneficiary = await this.access.writable(tx, viewer, id);
      if (beneficiary.status === status) {
        throw AppException.invalidTransition(
          `Le dossier est déjà dans cette situation (${BENEFICIARY_STATUS_LABELS[status]}).`,
          beneficiary.status,
        );
      }
      const now = this.clock.now();
      await tx.manager.update(Beneficiary, id, { status, statusChangedAt: now });
      await this.logbook.append(tx, {
        beneficiaryId: id,
        type: LogbookEntryType.STATUS_CHANGED,
        authorId: viewer.id,
        summary: `Situation du dossier : ${BENEFICIARY_STATUS_LABELS[status]} (auparavant : ${BENEFICIARY_STATUS_LABELS[beneficiary.status]}).`,
        occurredAt: now,
      });
      await this.events.updated(
        tx,
        await tx.manager.findOneByOrFail(Beneficiary, { id }),
        new Set<keyof Beneficiary>(['status', 'statusChangedAt']),
      );
      this.logger.log({ event: 'beneficiary.status_changed', beneficiaryId: id, userId: viewer.id, status });
    });
    return this.beneficiaries.findOneByOrFail({ id });
  }

  /** For the orientation domain: writes its follow-up columns in the caller's transaction. */
  async recordFollowUp(tx: Transaction, id: string, columns: FollowUpColumns): Promise<void> {
    await tx.manager.update(Beneficiary, id, columns);
  }

  /** For the orientation domain: the earliest accompaniment action of the file (an earlier one wins). */
  async recordFirstAction(tx: Transaction, id: string, at: Date): Promise<void> {
    await tx.manager
      .createQueryBuilder()
      .update(Beneficiary)
      .set({ firstActionAt: at })
      .where('id = :id', { id })
      .andWhere('(first_action_at IS NULL OR first_action_at > :at)', { at })
      .execute();
  }

  /** An active referent account, or BAD_USER_INPUT on `field`. */
  async requireActiveReferent(field: string, userId: string): Promise<User> {
    const user = await this.users.findOneBy({ id: userId, role: Role.REFERENT, disabledAt: IsNull() });
    if (!user) throw AppException.invalidField(field, 'doit désigner un référent de parcours dont le compte est actif');
    return user;
  }

  private async refuseDuplicateIdentity(
    tx: Transaction,
    person: Pick<Beneficiary, 'id' | 'firstName' | 'lastName' | 'birthDate'>,
  ): Promise<void> {
    const taken = await tx.manager
      .createQueryBuilder(Beneficiary, 'b')
      .where('immutable_unaccent(lower(b.lastName)) = immutable_unaccent(lower(:lastName))', person)
      .andWhere('immutable_unaccent(lower(b.firstName)) = immutable_unaccent(lower(:firstName))', person)
      .andWhere('b.birthDate = :birthDate', person)
      .andWhere('b.id <> :id', person)
      .getExists();
    if (taken) throw AppException.conflict(DUPLICATE_IDENTITY);
  }

  private async referentForCreation(viewer: AuthUser, requested: string | null): Promise<string | null> {
    if (viewer.role === Role.REFERENT) {
      if (requested && requested !== viewer.id) {
        throw AppException.forbidden(
          'Un référent ouvre un dossier pour lui-même ; la désignation d’un autre référent se fait lors de l’orientation.',
        );
      }
      return viewer.id;
    }
    if (!requested) return null;
    await this.requireActiveReferent('referentId', requested);
    return requested;
  }

  private async appendConsentGiven(tx: Transaction, beneficiaryId: string, authorId: string, at: Date): Promise<void> {
    await this.logbook.append(tx, {
      beneficiaryId,
      type: LogbookEntryType.CONSENT_GIVEN,
      authorId,
      summary: 'Accord donné pour recevoir des propositions de missions bénévoles (libre et révocable à tout moment).',
      occurredAt: at,
    });
  }

  /** Names of the referential codes a correction shows (loaded only for the fields that changed). */
  private async profileNames(changes: ReadonlySet<string>, communeCodes: string[]): Promise<ProfileNames> {
    const byCode = async <T>(load: () => Promise<T[]>, code: (item: T) => string, label: (item: T) => string) => {
      const names = new Map((await load()).map((item) => [code(item), label(item)]));
      return (value: string) => names.get(value) ?? value;
    };
    const same = (value: string) => value;
    return {
      commune: changes.has('communeCode')
        ? await byCode(
            async () =>
              (await Promise.all(communeCodes.map((code) => this.referentials.findCommune(code)))).flatMap((c) =>
                c ? [c] : [],
              ),
            (c) => c.inseeCode,
            (c) => c.name,
          )
        : same,
      domain: changes.has('interestDomainCodes')
        ? await byCode(
            () => this.referentials.listDomains(),
            (d) => d.code,
            (d) => d.label,
          )
        : same,
      job: changes.has('targetJobCodes')
        ? await byCode(
            () => this.referentials.listJobs(),
            (j) => j.romeCode,
            (j) => j.label,
          )
        : same,
      competency: changes.has('competencyCodes')
        ? await byCode(
            () => this.referentials.listCompetencies(),
            (c) => c.code,
            (c) => c.label,
          )
        : same,
    };
  }

  /**
   * Validates an input and maps it to columns. Every invalid field is reported at once, with
   * French messages; nothing is written before this returns.
   */
  private async profileColumns(
    input: UpdateBeneficiaryProfileInput | CreateBeneficiaryInput,
    dates: { birthDate: LocalDate; rsaEntryDate: LocalDate },
    today: LocalDate,
  ): Promise<ProfileColumns> {
    const errors: FieldError[] = [];
    const columns: ProfileColumns = {};
    if (input.birthDate !== undefined || input.rsaEntryDate !== undefined) {
      const birthProblem = birthDateProblem(dates.birthDate, today);
      if (birthProblem) errors.push({ field: 'birthDate', messages: [birthProblem] });
      const entryProblem = birthProblem ? null : rsaEntryDateProblem(dates.rsaEntryDate, dates.birthDate, today);
      if (entryProblem) errors.push({ field: 'rsaEntryDate', messages: [entryProblem] });
    }

    const collect = async (check: () => Promise<unknown>) => {
      try {
        await check();
      } catch (error) {
        if (!(error instanceof AppException) || error.code !== ErrorCode.BAD_USER_INPUT) throw error;
        errors.push(...(error.extra.fields ?? []));
      }
    };
    if (input.communeCode !== undefined) {
      await collect(async () => {
        const commune = await this.referentials.requireCommune('communeCode', input.communeCode as string);
        Object.assign(columns, {
          communeCode: commune.inseeCode,
          latitude: commune.latitude,
          longitude: commune.longitude,
          territoryId: commune.territoryId,
        });
      });
    }
    if (input.interestDomainCodes) {
      await collect(() => this.referentials.requireDomains('interestDomainCodes', input.interestDomainCodes ?? []));
    }
    if (input.targetJobCodes) {
      await collect(() => this.referentials.requireJobs('targetJobCodes', input.targetJobCodes ?? []));
    }
    if (input.competencyCodes) {
      await collect(() => this.referentials.requireCompetencies('competencyCodes', input.competencyCodes ?? []));
    }
    if (errors.length > 0) throw AppException.badInput(`Données invalides : ${describeFieldErrors(errors)}`, errors);

    if (input.civility !== undefined) columns.civility = input.civility ?? null;
    if (input.firstName !== undefined) columns.firstName = normalizePersonName(input.firstName);
    if (input.lastName !== undefined) columns.lastName = normalizePersonName(input.lastName);
    if (input.birthDate !== undefined) columns.birthDate = input.birthDate;
    if (input.rsaEntryDate !== undefined) columns.rsaEntryDate = input.rsaEntryDate;
    if (input.email !== undefined) columns.email = input.email ? input.email.trim().toLowerCase() : null;
    if (input.phone !== undefined) columns.phone = input.phone ? normalizeFrenchPhone(input.phone) : null;
    if (input.mobility !== undefined) {
      columns.mobilityModes = mobilityModesToMask(input.mobility?.modes ?? []);
      columns.hasDrivingLicence = input.mobility?.hasDrivingLicence ?? false;
      columns.hasVehicle = input.mobility?.hasVehicle ?? false;
      columns.maxDistanceKm = input.mobility?.maxDistanceKm ?? null;
    }
    if (input.availability !== undefined) columns.availabilityMask = slotsToMask(input.availability ?? []);
    if (input.interestDomainCodes !== undefined) columns.interestDomainCodes = input.interestDomainCodes ?? [];
    if (input.targetJobCodes !== undefined) columns.targetJobCodes = input.targetJobCodes ?? [];
    if (input.competencyCodes !== undefined) columns.competencyCodes = input.competencyCodes ?? [];
    if (input.frenchLevel !== undefined) columns.frenchLevel = input.frenchLevel ?? null;
    return columns;
  }
}
