import { addDays, localDateOf, startOfLocalDay } from '@tremplin/beneficiaries';
import { Role, publicHolidayOn } from '@tremplin/core';
import type { AuthUser, SeedContext, Seeder } from '@tremplin/core';
import { Territory, User } from '@tremplin/identity';
import { AIN_TERRITORIES, Commune } from '@tremplin/referentials';
import { DataSource } from 'typeorm';
import { AvailabilityService } from './availability.service';
import { wallClockOf } from './domain/paris-time';
import { InterviewPlaceKind } from './domain/place';
import { PublishAvailabilityInput } from './dto/availability.input';
import { InterviewAvailability } from './interview-availability.entity';

const HOUR = 3_600_000;
const DEMO_COORDINATOR = 'coordination@tremplin.local';

/**
 * Demo availabilities of the France Bénévolat coordinator for the next three weeks: Tuesday and
 * Thursday mornings at the office in Bourg-en-Bresse, Wednesday afternoons at a CDS in turn,
 * Friday mornings by video. Nothing is written when the coordinator already has availabilities.
 */
export const interviewsSeeder: Seeder = {
  name: 'interviews',
  async seed({ app, now }: SeedContext): Promise<void> {
    const dataSource = app.get(DataSource);
    const coordinator = await dataSource.getRepository(User).findOneBy({ email: DEMO_COORDINATOR });
    if (!coordinator || coordinator.role !== Role.COORDINATOR) return;
    if (await dataSource.getRepository(InterviewAvailability).existsBy({ coordinatorId: coordinator.id })) return;
    const territories = await dataSource.getRepository(Territory).find({ order: { code: 'ASC' } });
    const cdsTurn = ['CDS-OYONNAX', 'CDS-AMBERIEU', 'CDS-BELLEY']
      .map((code) => territories.find((t) => t.code === code))
      .filter((t): t is Territory => t !== undefined);
    const viewer = coordinator as unknown as AuthUser;
    const service = app.get(AvailabilityService);

    let cdsIndex = 0;
    const firstDay = localDateOf(new Date(now.getTime() + 72 * HOUR));
    for (let offset = 0; offset < 21; offset++) {
      const date = addDays(firstDay, offset);
      if (publicHolidayOn(date)) continue; // no interview on a public holiday
      const midnight = startOfLocalDay(date);
      const at = (hours: number) => new Date(midnight.getTime() + hours * HOUR).toISOString();
      const weekday = wallClockOf(new Date(midnight.getTime() + 12 * HOUR)).weekday;
      const inputs: PublishAvailabilityInput[] = [];
      if (weekday === 'TUESDAY' || weekday === 'THURSDAY') {
        inputs.push(
          input(at(9), at(12), 45, {
            kind: InterviewPlaceKind.FRANCE_BENEVOLAT,
            label: 'France Bénévolat Ain',
            address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
            communeCode: '01053',
          }),
        );
      } else if (weekday === 'WEDNESDAY' && cdsTurn.length > 0) {
        const cds = cdsTurn[cdsIndex++ % cdsTurn.length];
        const seat = AIN_TERRITORIES.find((t) => t.code === cds.code)?.seatInsee ?? '';
        const commune = await dataSource.getRepository(Commune).findOneBy({ inseeCode: seat });
        inputs.push(
          input(at(14), at(17), 60, {
            kind: InterviewPlaceKind.CDS,
            territoryId: cds.id,
            address: `Accueil du public, ${commune?.name ?? cds.name}`,
          }),
        );
      } else if (weekday === 'FRIDAY') {
        inputs.push(
          input(at(9), at(11), 30, { kind: InterviewPlaceKind.VIDEO, videoUrl: 'https://visio.tremplin.local/fb-ain' }),
        );
      }
      for (const publish of inputs) await service.publish(viewer, publish);
    }
  },
};

function input(
  startsAt: string,
  endsAt: string,
  slotMinutes: number,
  place: PublishAvailabilityInput['place'],
): PublishAvailabilityInput {
  return Object.assign(new PublishAvailabilityInput(), {
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    slotMinutes,
    breakMinutes: 0,
    place,
  });
}
