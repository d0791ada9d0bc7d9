import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AppException,
  Clock,
  Connection,
  ErrorCode,
  Role,
  UnitOfWork,
  pageWindow,
  toConnection,
  violatedConstraint,
} from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { Territory } from '@tremplin/identity';
import { AIN_TERRITORIES, ReferentialsService } from '@tremplin/referentials';
import { In, Repository } from 'typeorm';

import { ACTIVE_INTERVIEW_STATUSES } from './domain/interview-status';
import { InterviewPlaceKind, PLACE_KIND_LABELS, isAcceptableVideoUrl } from './domain/place';
import { formatDateLongFr } from './domain/paris-time';
import {
  AvailabilityRange,
  dayPartMaskOf,
  firstOverlap,
  generateSlots,
  holidayIn,
  rangeProblems,
} from './domain/slots';
import {
  AvailabilitySlot,
  PublishAvailabilitiesInput,
  InterviewAvailabilitiesArgs,
  InterviewPlaceInput,
  PublishAvailabilityInput,
} from './dto/availability.input';
import { InterviewAvailability } from './interview-availability.entity';
import { InterviewSlot } from './interview-slot.entity';
import { Interview } from './interview.entity';

export const AVAILABILITY_NOT_FOUND = 'Plage de disponibilité introuvable.';
export const SLOT_NOT_FOUND = 'Créneau introuvable.';
const OVERLAP_MESSAGE = 'Ces créneaux chevauchent une autre plage que vous avez déjà publiée.';
const BOOKED_MESSAGE =
  'Un entretien est déjà réservé sur cette plage : déplacez-le ou annulez-le avant de la modifier ou de la supprimer.';

type ResolvedPlace = Pick<
  InterviewAvailability,
  'placeKind' | 'placeLabel' | 'placeAddress' | 'communeCode' | 'territoryId' | 'latitude' | 'longitude' | 'videoUrl'
>;

/** Coordinators' availabilities: publishing a range cuts it into slots; free ranges can change or go. */
@Injectable()
export class AvailabilityService {
  private readonly logger = new Logger(AvailabilityService.name);

  constructor(
    @InjectRepository(InterviewAvailability) private readonly availabilities: Repository<InterviewAvailability>,
    @InjectRepository(InterviewSlot) private readonly slots: Repository<InterviewSlot>,
    @InjectRepository(Territory) private readonly territories: Repository<Territory>,
    private readonly referentials: ReferentialsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async publish(viewer: AuthUser, input: PublishAvailabilityInput): Promise<InterviewAvailability> {
    this.checkRange(input);
    const place = await this.resolvePlace(input.place);
    const id = await this.saving(() =>
      this.unitOfWork.run(async (tx) => {
        const availability = tx.manager.create(InterviewAvailability, {
          coordinatorId: viewer.id,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          slotMinutes: input.slotMinutes,
          breakMinutes: input.breakMinutes ?? 0,
          ...place,
        });
        await tx.manager.insert(InterviewAvailability, availability);
        await this.insertSlots(tx, availability);
        return availability.id;
      }),
    );
    this.logger.log({ event: 'availability.published', availabilityId: id, coordinatorId: viewer.id });
    return this.get(id);
  }

  /**
   * Publishes several ranges at one place at once (a weekly series without its exceptions): all
   * of them or none. A holiday or an overlap is refused with the dates it concerns.
   */
  async publishMany(viewer: AuthUser, input: PublishAvailabilitiesInput): Promise<InterviewAvailability[]> {
    const ranges: AvailabilityRange[] = input.ranges.map((range) => ({
      startsAt: range.startsAt,
      endsAt: range.endsAt,
      slotMinutes: input.slotMinutes,
      breakMinutes: input.breakMinutes ?? 0,
    }));
    this.checkSeries(ranges);
    const place = await this.resolvePlace(input.place);
    const ids = await this.saving(() =>
      this.unitOfWork.run(async (tx) => {
        await this.refuseOverlaps(tx, viewer.id, ranges);
        const created: string[] = [];
        for (const range of ranges) {
          const availability = tx.manager.create(InterviewAvailability, {
            coordinatorId: viewer.id,
            ...range,
            breakMinutes: range.breakMinutes ?? 0,
            ...place,
          });
          await tx.manager.insert(InterviewAvailability, availability);
          await this.insertSlots(tx, availability);
          created.push(availability.id);
        }
        return created;
      }),
    );
    this.logger.log({ event: 'availability.published', availabilityIds: ids, coordinatorId: viewer.id });
    const saved = await this.availabilities.findBy({ id: In(ids) });
    return saved.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  /** Replaces the range, slot length and place of an availability none of whose slots is booked. */
  async update(viewer: AuthUser, id: string, input: PublishAvailabilityInput): Promise<InterviewAvailability> {
    this.checkRange(input);
    const place = await this.resolvePlace(input.place);
    await this.saving(() =>
      this.unitOfWork.run(async (tx) => {
        const availability = await this.lockFree(tx, viewer, id);
        await tx.manager.delete(InterviewSlot, { availabilityId: id });
        Object.assign(availability, {
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          slotMinutes: input.slotMinutes,
          breakMinutes: input.breakMinutes ?? 0,
          ...place,
        });
        await tx.manager.save(availability);
        await this.insertSlots(tx, availability);
      }),
    );
    this.logger.log({ event: 'availability.updated', availabilityId: id });
    return this.get(id);
  }

  async remove(viewer: AuthUser, id: string): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      await this.lockFree(tx, viewer, id);
      await tx.manager.delete(InterviewAvailability, { id });
    });
    this.logger.log({ event: 'availability.removed', availabilityId: id });
  }

  /** Removes one free slot (the rest of the range stays bookable). */
  async removeSlot(viewer: AuthUser, slotId: string): Promise<InterviewAvailability> {
    const availabilityId = await this.unitOfWork.run(async (tx) => {
      const slot = await tx.manager.findOne(InterviewSlot, {
        where: { id: slotId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!slot) throw AppException.notFound(SLOT_NOT_FOUND);
      this.assertOwner(viewer, slot.coordinatorId);
      if (await this.activeInterviewOn(tx, [slot.id])) throw AppException.conflict(BOOKED_MESSAGE);
      await tx.manager.delete(InterviewSlot, { id: slot.id });
      return slot.availabilityId;
    });
    return this.get(availabilityId);
  }

  async get(id: string): Promise<InterviewAvailability> {
    const availability = await this.availabilities.findOneBy({ id });
    if (!availability) throw AppException.notFound(AVAILABILITY_NOT_FOUND);
    return availability;
  }

  /** Availabilities still to come (or in the given period), soonest first; coordinators and admins see all. */
  async list(args: InterviewAvailabilitiesArgs): Promise<Connection<InterviewAvailability>> {
    const { skip, take } = pageWindow(args);
    const query = this.availabilities
      .createQueryBuilder('availability')
      .where('availability.endsAt > :from', { from: args.from ?? this.clock.now() })
      .orderBy('availability.startsAt', 'ASC')
      .addOrderBy('availability.id', 'ASC')
      .skip(skip)
      .take(take);
    if (args.to) query.andWhere('availability.startsAt < :to', { to: args.to });
    if (args.coordinatorId) query.andWhere('availability.coordinatorId = :coordinatorId', args);
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /** The slots of availabilities, each marked booked or free, in time order (one query for all). */
  async slotsOf(availabilityIds: readonly string[]): Promise<Map<string, AvailabilitySlot[]>> {
    const result = new Map<string, AvailabilitySlot[]>(availabilityIds.map((id) => [id, []]));
    if (availabilityIds.length === 0) return result;
    const rows = await this.slots
      .createQueryBuilder('slot')
      .leftJoin(Interview, 'interview', 'interview.slotId = slot.id AND interview.status IN (:...active)', {
        active: ACTIVE_INTERVIEW_STATUSES,
      })
      .select(['slot.id AS id', 'slot.availabilityId AS "availabilityId"', 'slot.startsAt AS "startsAt"'])
      .addSelect('slot.endsAt', 'endsAt')
      .addSelect('interview.id IS NOT NULL', 'booked')
      .where('slot.availabilityId IN (:...ids)', { ids: [...availabilityIds] })
      .orderBy('slot.startsAt', 'ASC')
      .getRawMany<{ id: string; availabilityId: string; startsAt: Date; endsAt: Date; booked: boolean }>();
    for (const row of rows) {
      result.get(row.availabilityId)?.push({
        id: row.id,
        startsAt: new Date(row.startsAt),
        endsAt: new Date(row.endsAt),
        booked: row.booked,
      });
    }
    return result;
  }

  private checkRange(input: PublishAvailabilityInput): void {
    const problems = rangeProblems(input, this.clock.now());
    if (problems.length > 0) {
      throw AppException.badInput(
        problems.map((p) => `${p.field} : ${p.message}`).join(' ; '),
        problems.map((p) => ({ field: p.field, messages: [p.message] })),
      );
    }
  }

  /** Every problem of a series, each prefixed with the day it concerns; holidays in one message. */
  private checkSeries(ranges: AvailabilityRange[]): void {
    const now = this.clock.now();
    const holidays = ranges.map((range) => holidayIn(range)).filter((h) => h !== null);
    if (holidays.length > 0) {
      const days = holidays.map((h) => `le ${formatDateLongFr(h.at)} (${h.name})`);
      throw new AppException(
        ErrorCode.BAD_USER_INPUT,
        `${days.length === 1 ? 'Ce jour est férié' : 'Ces jours sont fériés'} : ${days.join(', ')}. Aucun entretien n’a lieu un jour férié : retirez ${days.length === 1 ? 'cette date' : 'ces dates'} de la série.`,
        { reason: 'PUBLIC_HOLIDAY', days: holidays.map((h) => h.day), fields: [] },
      );
    }
    for (const range of ranges) {
      const problems = rangeProblems(range, now);
      if (problems.length > 0) {
        const day = Number.isNaN(range.startsAt.getTime()) ? '' : `Le ${formatDateLongFr(range.startsAt)} : `;
        throw AppException.badInput(
          `${day}${problems.map((p) => p.message).join(' ; ')}.`,
          [...new Set(problems.map((p) => p.field))].map((field) => ({
            field,
            messages: problems.filter((p) => p.field === field).map((p) => p.message),
          })),
        );
      }
    }
    const overlap = firstOverlap(ranges);
    if (overlap)
      throw new AppException(
        ErrorCode.CONFLICT,
        `Deux plages de la série se chevauchent le ${formatDateLongFr(overlap[1].startsAt)}.`,
        { reason: 'OVERLAP' },
      );
  }

  /** Refuses ranges whose slots would overlap a slot the coordinator already published, naming the day. */
  private async refuseOverlaps(tx: Transaction, coordinatorId: string, ranges: AvailabilityRange[]): Promise<void> {
    const slots = ranges.flatMap((range) => generateSlots(range));
    // One query for the whole series: the same test as the exclusion constraint, to name the day.
    const rows = (await tx.manager.query(
      `SELECT n.starts_at FROM unnest($2::timestamptz[], $3::timestamptz[]) AS n(starts_at, ends_at)
        WHERE EXISTS (SELECT 1 FROM interview_slot s WHERE s.coordinator_id = $1
                        AND s.starts_at < n.ends_at AND s.ends_at > n.starts_at)
        ORDER BY n.starts_at LIMIT 1`,
      [coordinatorId, slots.map((slot) => slot.startsAt.toISOString()), slots.map((slot) => slot.endsAt.toISOString())],
    )) as Array<{ starts_at: Date }>;
    if (rows.length > 0)
      throw new AppException(
        ErrorCode.CONFLICT,
        `Le ${formatDateLongFr(new Date(rows[0].starts_at))}, ces créneaux chevauchent une plage que vous avez déjà publiée : retirez cette date de la série ou changez les horaires.`,
        { reason: 'OVERLAP' },
      );
  }

  private async resolvePlace(input: InterviewPlaceInput): Promise<ResolvedPlace> {
    if (input.kind === InterviewPlaceKind.VIDEO) {
      if (!input.videoUrl) throw AppException.invalidField('place.videoUrl', 'est obligatoire en visioconférence');
      if (!isAcceptableVideoUrl(input.videoUrl))
        throw AppException.invalidField('place.videoUrl', 'doit être un lien https');
      if (input.address || input.communeCode || input.territoryId)
        throw AppException.invalidField('place', "une visioconférence n'a ni adresse, ni commune, ni CDS");
      return {
        placeKind: input.kind,
        placeLabel: input.label ?? PLACE_KIND_LABELS.VIDEO,
        placeAddress: null,
        communeCode: null,
        territoryId: null,
        latitude: null,
        longitude: null,
        videoUrl: input.videoUrl,
      };
    }
    if (input.videoUrl) throw AppException.invalidField('place.videoUrl', 'seulement pour une visioconférence');
    if (!input.address) throw AppException.invalidField('place.address', 'est obligatoire pour un entretien sur place');
    let territory: Territory | null = null;
    let communeCode = input.communeCode;
    if (input.kind === InterviewPlaceKind.CDS) {
      if (!input.territoryId) throw AppException.invalidField('place.territoryId', 'est obligatoire pour un CDS');
      territory = await this.territories.findOneBy({ id: input.territoryId });
      if (!territory) throw AppException.invalidField('place.territoryId', 'territoire inconnu');
      communeCode ??= AIN_TERRITORIES.find((t) => t.code === territory?.code)?.seatInsee;
    } else if (input.territoryId) {
      throw AppException.invalidField('place.territoryId', 'seulement pour un CDS');
    }
    if (!communeCode)
      throw AppException.invalidField('place.communeCode', 'est obligatoire pour un entretien sur place');
    const commune = await this.referentials.requireCommune('place.communeCode', communeCode);
    return {
      placeKind: input.kind,
      placeLabel: input.label ?? territory?.name ?? 'France Bénévolat',
      placeAddress: input.address,
      communeCode: commune.inseeCode,
      territoryId: territory?.id ?? null,
      latitude: commune.latitude,
      longitude: commune.longitude,
      videoUrl: null,
    };
  }

  private async insertSlots(tx: Transaction, availability: InterviewAvailability): Promise<void> {
    const slots = generateSlots(availability).map((period) =>
      tx.manager.create(InterviewSlot, {
        availabilityId: availability.id,
        coordinatorId: availability.coordinatorId,
        ...period,
        dayPartMask: dayPartMaskOf(period),
      }),
    );
    await tx.manager.insert(InterviewSlot, slots);
  }

  /** The availability locked with its slots, when the viewer may change it and nothing is booked on it. */
  private async lockFree(tx: Transaction, viewer: AuthUser, id: string): Promise<InterviewAvailability> {
    const availability = await tx.manager.findOne(InterviewAvailability, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!availability) throw AppException.notFound(AVAILABILITY_NOT_FOUND);
    this.assertOwner(viewer, availability.coordinatorId);
    // Booking locks the slot first: locking them here serialises a change with a booking in progress.
    const slots = await tx.manager.find(InterviewSlot, {
      where: { availabilityId: id },
      lock: { mode: 'pessimistic_write' },
    });
    if (
      await this.activeInterviewOn(
        tx,
        slots.map((s) => s.id),
      )
    )
      throw AppException.conflict(BOOKED_MESSAGE);
    return availability;
  }

  private async activeInterviewOn(tx: Transaction, slotIds: string[]): Promise<boolean> {
    if (slotIds.length === 0) return false;
    return tx.manager.existsBy(Interview, { slotId: In(slotIds), status: In([...ACTIVE_INTERVIEW_STATUSES]) });
  }

  private assertOwner(viewer: AuthUser, coordinatorId: string): void {
    if (viewer.role !== Role.ADMIN && viewer.id !== coordinatorId) {
      throw AppException.forbidden(
        'Seul le coordinateur qui a publié cette plage (ou le service Insertion) peut la modifier.',
      );
    }
  }

  /** Maps the exclusion constraint on a coordinator's slots to a clear conflict. */
  private async saving<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (violatedConstraint(error) === 'ex_interview_slot_coordinator_overlap')
        throw AppException.conflict(OVERLAP_MESSAGE);
      throw error;
    }
  }
}
