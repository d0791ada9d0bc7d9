import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AssociationMembership, AssociationStatus, AssociationsService } from '@tremplin/associations';
import {
  AppConfig,
  AppException,
  Clock,
  ErrorCode,
  FieldError,
  Mailer,
  Role,
  UnitOfWork,
  describeFieldErrors,
} from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { normalizeEmail } from '@tremplin/identity';
import { Commune, ReferentialsService, slotsToMask } from '@tremplin/referentials';
import { Repository } from 'typeorm';
import { canCloseMission, canEditMission, canModerateMissions } from './domain/mission-access';
import { describeChangedFields, isSubstantiveChange } from './domain/mission-fields';
import { coordinatesProblem } from './domain/mission-place';
import { INITIAL_MISSION_STATUS, MissionAction, MissionStatus } from './domain/mission-status';
import { PhysicalEffort } from './domain/physical-effort';
import { CloseMissionInput, CreateMissionInput, RejectMissionInput, UpdateMissionInput } from './dto/mission.inputs';
import { MISSION_NOT_FOUND, MissionAccess } from './mission-access.service';
import { MissionEvents } from './mission-events';
import { MissionWorkflow } from './mission-workflow';
import { Mission } from './mission.entity';
import { MISSION_PUBLISHED_MAIL, MISSION_REJECTED_MAIL } from './missions.mail';

/** Who takes or frees a place: a user, or the platform itself when omitted. */
export interface PlaceActor {
  id: string;
}

/** The columns a create or update input may set. */
type MissionColumns = Partial<
  Pick<
    Mission,
    | 'title'
    | 'summary'
    | 'description'
    | 'runningOrder'
    | 'objectives'
    | 'suitedProfiles'
    | 'followUps'
    | 'domainCode'
    | 'competencyCodes'
    | 'communeCode'
    | 'territoryId'
    | 'address'
    | 'latitude'
    | 'longitude'
    | 'weeklySlots'
    | 'startDate'
    | 'endDate'
    | 'hoursPerWeek'
    | 'durationWeeks'
    | 'places'
    | 'drivingLicenceRequired'
    | 'minimumAge'
    | 'frenchLevel'
    | 'physicalEffort'
    | 'stepFreeAccess'
    | 'publicTransport'
    | 'remote'
    | 'welcomeContactName'
    | 'welcomeContactEmail'
    | 'welcomeContactPhone'
  >
>;

const NOT_A_MEMBER = 'Seuls les membres d’une association peuvent rédiger ses missions.';
const OTHER_ASSOCIATION = 'Cette mission appartient à une autre association : vous ne pouvez pas la modifier.';
const NOT_VALIDATED: Record<AssociationStatus, string> = {
  PENDING:
    "Votre association n'est pas encore validée par le service Insertion : vous pourrez soumettre vos missions dès sa validation.",
  REJECTED:
    "L'inscription de votre association n'a pas été validée par le service Insertion : ses missions ne peuvent pas être soumises.",
  VALIDATED: '',
};

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function todayIn(clock: Clock): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(clock.now());
}

/**
 * The missions of the host associations: writing them (association members), the moderation
 * workflow (moderators), and the places taken (for the proposals domain). Every write checks
 * its input fully before touching the database, and runs in one transaction with its log entry
 * and its notifications.
 */
@Injectable()
export class MissionsService {
  private readonly logger = new Logger(MissionsService.name);

  constructor(
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
    private readonly workflow: MissionWorkflow,
    private readonly events: MissionEvents,
    private readonly access: MissionAccess,
    private readonly referentials: ReferentialsService,
    private readonly associations: AssociationsService,
    private readonly membership: AssociationMembership,
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The mission, or NOT_FOUND (no access check: for other domains acting on behalf of the platform). */
  async findById(id: string): Promise<Mission> {
    const mission = await this.missions.findOneBy({ id });
    if (!mission) throw AppException.notFound(MISSION_NOT_FOUND);
    return mission;
  }

  /** The mission if the viewer may see it; NOT_FOUND / FORBIDDEN otherwise (never its data). */
  async get(viewer: AuthUser, id: string): Promise<Mission> {
    const mission = await this.missions.findOneBy({ id });
    this.access.assertVisible(viewer, mission);
    return mission;
  }

  /** The mission locked (SELECT … FOR UPDATE) in `tx`, or NOT_FOUND. */
  async getForUpdate(tx: Transaction, id: string): Promise<Mission> {
    const mission = await tx.manager.findOne(Mission, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!mission) throw AppException.notFound(MISSION_NOT_FOUND);
    return mission;
  }

  /** A member of a host association writes a new mission: a DRAFT, logged as created. */
  async create(viewer: AuthUser, input: CreateMissionInput): Promise<Mission> {
    if (viewer.role !== Role.ASSOCIATION || !viewer.associationId) throw AppException.forbidden(NOT_A_MEMBER);
    const associationId = viewer.associationId;
    const columns = await this.columnsFrom(input, null);
    const id = await this.unitOfWork.run(async (tx) => {
      const values: MissionColumns & Partial<Mission> = {
        drivingLicenceRequired: false,
        physicalEffort: PhysicalEffort.LOW,
        stepFreeAccess: false,
        publicTransport: false,
        remote: false,
        ...columns,
        associationId,
        status: INITIAL_MISSION_STATUS,
        createdById: viewer.id,
      };
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(Mission)
        .values(values)
        .returning(['id'])
        .execute();
      const missionId = (inserted.raw[0] as { id: string }).id;
      await this.workflow.log(tx, missionId, MissionAction.CREATE, null, INITIAL_MISSION_STATUS, viewer.id, null);
      const mission = await tx.manager.findOneByOrFail(Mission, { id: missionId });
      await this.events.changed(tx, mission, new Set(Object.keys(values) as (keyof Mission)[]));
      return missionId;
    });
    this.logger.log({ event: 'mission.created', missionId: id, associationId, userId: viewer.id });
    return this.findById(id);
  }

  /**
   * The association edits its mission; only the fields sent change. Substantive changes to a
   * PUBLISHED or FULL mission send it back to moderation (SUBMITTED); the number of places and the
   * welcome contact do not, but places move a mission between PUBLISHED and FULL.
   */
  async update(viewer: AuthUser, id: string, input: UpdateMissionInput): Promise<Mission> {
    const current = await this.get(viewer, id);
    if (!canEditMission(viewer, current)) throw AppException.forbidden(OTHER_ASSOCIATION);
    const columns = await this.columnsFrom(input, current);
    const changed = await this.unitOfWork.run(async (tx) => {
      const mission = await this.getForUpdate(tx, id);
      if (mission.status === MissionStatus.CLOSED) {
        // The machine words the refusal (« La mission est au statut « Clôturée » : … »).
        await this.workflow.apply(tx, mission, MissionAction.EDIT, viewer.id);
      }
      if (columns.places !== undefined && columns.places < mission.placesTaken) {
        throw AppException.invalidField(
          'places',
          `ne peut pas être inférieur au nombre de places déjà pourvues (${mission.placesTaken})`,
        );
      }
      const changes = new Set(
        (Object.keys(columns) as (keyof MissionColumns)[]).filter((key) => !sameValue(columns[key], mission[key])),
      );
      if (changes.size === 0) return changes;
      const patch = Object.fromEntries([...changes].map((key) => [key, columns[key]])) as MissionColumns;
      await tx.manager.update(Mission, id, patch);
      let updated = await tx.manager.findOneByOrFail(Mission, { id });
      await this.events.changed(tx, updated, changes);
      const backToModeration =
        isSubstantiveChange(changes) &&
        (updated.status === MissionStatus.PUBLISHED || updated.status === MissionStatus.FULL);
      if (backToModeration) {
        updated = await this.workflow.apply(
          tx,
          updated,
          MissionAction.EDIT,
          viewer.id,
          `Modifiée : ${describeChangedFields(changes)}.`,
        );
      } else if (updated.status === MissionStatus.PUBLISHED && updated.placesTaken >= updated.places) {
        await this.workflow.apply(tx, updated, MissionAction.FILL, viewer.id, 'Toutes les places sont pourvues.');
      } else if (updated.status === MissionStatus.FULL && updated.placesTaken < updated.places) {
        await this.workflow.apply(tx, updated, MissionAction.RELEASE, viewer.id, 'Places ajoutées.');
      }
      return changes;
    });
    this.logger.log({ event: 'mission.updated', missionId: id, userId: viewer.id, fields: [...changed] });
    return this.findById(id);
  }

  /** The association asks for publication; only a validated association may. */
  async submit(viewer: AuthUser, id: string): Promise<Mission> {
    const current = await this.get(viewer, id);
    if (!canEditMission(viewer, current)) throw AppException.forbidden(OTHER_ASSOCIATION);
    const association = await this.associations.findById(current.associationId);
    if (association.status !== AssociationStatus.VALIDATED)
      throw AppException.forbidden(NOT_VALIDATED[association.status]);
    await this.unitOfWork.run(async (tx) => {
      await this.workflow.apply(tx, await this.getForUpdate(tx, id), MissionAction.SUBMIT, viewer.id);
    });
    return this.findById(id);
  }

  /** A moderator publishes a submitted mission (FULL at once if its places are already taken). */
  async publish(viewer: AuthUser, id: string): Promise<Mission> {
    if (!canModerateMissions(viewer)) throw AppException.forbidden();
    await this.unitOfWork.run(async (tx) => {
      const mission = await this.workflow.apply(tx, await this.getForUpdate(tx, id), MissionAction.PUBLISH, viewer.id);
      await this.notifyMembers(tx, mission, 'published', null);
    });
    return this.findById(id);
  }

  /** A moderator sends a submitted mission back to its draft, with a reason for the association. */
  async reject(viewer: AuthUser, input: RejectMissionInput): Promise<Mission> {
    if (!canModerateMissions(viewer)) throw AppException.forbidden();
    await this.unitOfWork.run(async (tx) => {
      const mission = await this.workflow.apply(
        tx,
        await this.getForUpdate(tx, input.missionId),
        MissionAction.REJECT,
        viewer.id,
        input.reason,
      );
      await this.notifyMembers(tx, mission, 'rejected', input.reason);
    });
    return this.findById(input.missionId);
  }

  /** The association or a moderator closes a mission for good. */
  async close(viewer: AuthUser, input: CloseMissionInput): Promise<Mission> {
    const current = await this.get(viewer, input.missionId);
    if (!canCloseMission(viewer, current)) throw AppException.forbidden(OTHER_ASSOCIATION);
    await this.unitOfWork.run(async (tx) => {
      await this.workflow.apply(
        tx,
        await this.getForUpdate(tx, input.missionId),
        MissionAction.CLOSE,
        viewer.id,
        input.reason?.trim() || null,
      );
    });
    return this.findById(input.missionId);
  }

  /**
   * Takes one place on the mission, in the caller's transaction, under a row lock: 'taken' when a
   * place was left (the last one moves a PUBLISHED mission to FULL, logged as done by the
   * platform), 'full' when none is left or the mission is closed — and then nothing changes.
   */
  async takePlace(tx: Transaction, missionId: string, actor?: PlaceActor): Promise<'taken' | 'full'> {
    const mission = await this.getForUpdate(tx, missionId);
    if (mission.status === MissionStatus.CLOSED || mission.placesTaken >= mission.places) return 'full';
    await tx.manager.increment(Mission, { id: missionId }, 'placesTaken', 1);
    const updated = await tx.manager.findOneByOrFail(Mission, { id: missionId });
    await this.events.changed(tx, updated, new Set<keyof Mission>(['placesTaken']));
    if (updated.status === MissionStatus.PUBLISHED && updated.placesTaken >= updated.places) {
      await this.workflow.apply(tx, updated, MissionAction.FILL, null, 'Toutes les places sont pourvues.');
    }
    this.logger.log({ event: 'mission.place_taken', missionId, userId: actor?.id ?? null });
    return 'taken';
  }

  /** Frees one place (never below zero), in the caller's transaction; a FULL mission is published again. */
  async releasePlace(tx: Transaction, missionId: string): Promise<void> {
    const mission = await this.getForUpdate(tx, missionId);
    if (mission.placesTaken <= 0) return;
    await tx.manager.decrement(Mission, { id: missionId }, 'placesTaken', 1);
    const updated = await tx.manager.findOneByOrFail(Mission, { id: missionId });
    await this.events.changed(tx, updated, new Set<keyof Mission>(['placesTaken']));
    if (updated.status === MissionStatus.FULL) {
      await this.workflow.apply(tx, updated, MissionAction.RELEASE, null, 'Une place s’est libérée.');
    }
    this.logger.log({ event: 'mission.place_released', missionId });
  }

  private async notifyMembers(
    tx: Transaction,
    mission: Mission,
    kind: 'published' | 'rejected',
    reason: string | null,
  ): Promise<void> {
    const stamp = this.clock.now().getTime();
    for (const member of await this.membership.members(mission.associationId)) {
      await this.mailer.queue(tx, {
        idempotencyKey: `mission:${mission.id}:${kind}:${stamp}:${member.id}`,
        template: kind === 'published' ? MISSION_PUBLISHED_MAIL : MISSION_REJECTED_MAIL,
        to: member.email,
        data: {
          firstName: member.firstName,
          missionId: mission.id,
          missionTitle: mission.title,
          reason,
          appUrl: this.config.APP_URL,
        },
      });
    }
  }

  /**
   * Validates an input against the referentials and the rules of a fiche mission, and maps it to
   * columns. Every invalid field is reported at once, in French; nothing is written before this
   * returns. `current` is the mission being edited (null in creation).
   */
  private async columnsFrom(
    input: CreateMissionInput | UpdateMissionInput,
    current: Mission | null,
  ): Promise<MissionColumns> {
    const errors: FieldError[] = [];
    const columns: MissionColumns = {};
    const collect = async <T>(check: () => Promise<T>): Promise<T | null> => {
      try {
        return await check();
      } catch (error) {
        if (!(error instanceof AppException) || error.code !== ErrorCode.BAD_USER_INPUT) throw error;
        errors.push(...(error.extra.fields ?? []));
        return null;
      }
    };

    let commune: Commune | null = null;
    if (input.communeCode !== undefined) {
      commune = await collect(() => this.referentials.requireCommune('communeCode', input.communeCode as string));
    } else if (current) {
      commune = await this.referentials.findCommune(current.communeCode);
    }
    if (input.domainCode !== undefined) {
      await collect(() => this.referentials.requireDomains('domainCode', [input.domainCode as string]));
    }
    if (input.competencyCodes) {
      await collect(() => this.referentials.requireCompetencies('competencyCodes', input.competencyCodes ?? []));
    }

    // Coordinates: both or neither; in the Ain and in the commune; the commune's by default.
    const hasLatitude = input.latitude !== undefined && input.latitude !== null;
    const hasLongitude = input.longitude !== undefined && input.longitude !== null;
    if (hasLatitude !== hasLongitude) {
      errors.push({
        field: hasLatitude ? 'longitude' : 'latitude',
        messages: ['la latitude et la longitude se donnent ensemble'],
      });
    } else if (hasLatitude && commune) {
      const problem = coordinatesProblem(input.latitude as number, input.longitude as number, commune);
      if (problem) errors.push({ field: 'latitude', messages: [problem] });
      else Object.assign(columns, { latitude: input.latitude, longitude: input.longitude });
    } else if (commune && (input.communeCode !== undefined || input.latitude === null || input.longitude === null)) {
      Object.assign(columns, { latitude: commune.latitude, longitude: commune.longitude });
    }

    const startDate = input.startDate !== undefined ? input.startDate : (current?.startDate ?? null);
    const endDate = input.endDate !== undefined ? input.endDate : (current?.endDate ?? null);
    if (startDate && endDate && endDate < startDate) {
      errors.push({ field: 'endDate', messages: ['doit être postérieure ou égale à la date de début'] });
    } else if (input.endDate && input.endDate < todayIn(this.clock)) {
      errors.push({ field: 'endDate', messages: ['ne doit pas être déjà passée'] });
    }
    if (errors.length) throw AppException.badInput(`Données invalides : ${describeFieldErrors(errors)}`, errors);

    const texts = ['title', 'summary', 'description'] as const;
    for (const key of texts) if (input[key] !== undefined) columns[key] = input[key] as string;
    const optionalTexts = ['runningOrder', 'objectives', 'suitedProfiles', 'followUps', 'address'] as const;
    for (const key of optionalTexts) if (input[key] !== undefined) columns[key] = input[key] || null;
    if (input.domainCode !== undefined) columns.domainCode = input.domainCode;
    if (input.competencyCodes !== undefined) columns.competencyCodes = input.competencyCodes ?? [];
    if (input.communeCode !== undefined && commune) {
      columns.communeCode = commune.inseeCode;
      columns.territoryId = commune.territoryId;
    }
    if (input.weeklySlots !== undefined) columns.weeklySlots = slotsToMask(input.weeklySlots ?? []);
    if (input.startDate !== undefined) columns.startDate = input.startDate ?? null;
    if (input.endDate !== undefined) columns.endDate = input.endDate ?? null;
    if (input.hoursPerWeek !== undefined) columns.hoursPerWeek = input.hoursPerWeek ?? null;
    if (input.durationWeeks !== undefined) columns.durationWeeks = input.durationWeeks ?? null;
    if (input.places !== undefined) columns.places = input.places;
    if (input.minimumAge !== undefined) columns.minimumAge = input.minimumAge ?? null;
    if (input.frenchLevel !== undefined) columns.frenchLevel = input.frenchLevel ?? null;
    if (input.physicalEffort !== undefined) columns.physicalEffort = input.physicalEffort ?? PhysicalEffort.LOW;
    const flags = ['drivingLicenceRequired', 'stepFreeAccess', 'publicTransport', 'remote'] as const;
    for (const key of flags) if (input[key] !== undefined) columns[key] = input[key] ?? false;
    if (input.welcomeContact !== undefined) {
      columns.welcomeContactName = input.welcomeContact?.name ?? null;
      columns.welcomeContactEmail = input.welcomeContact ? normalizeEmail(input.welcomeContact.email) : null;
      columns.welcomeContactPhone = input.welcomeContact?.phone ?? null;
    }
    return columns;
  }
}
