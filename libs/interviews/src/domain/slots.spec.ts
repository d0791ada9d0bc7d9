import { DayPart, Weekday, slotsToMask } from '@tremplin/referentials';
import {
  SlotRefusal,
  bookableSlots,
  dayPartMaskOf,
  fitsAvailability,
  firstOverlap,
  generateSlots,
  holidayIn,
  rangeProblems,
  slotRefusal,
} from './slots';

const now = new Date('2026-02-02T08:00:00Z'); // Monday 9:00 in Paris
const period = (start: string, end: string) => ({ startsAt: new Date(start), endsAt: new Date(end) });
const tuesdayMorning = slotsToMask([{ day: Weekday.TUESDAY, part: DayPart.MORNING }]);
const thursdayAllDay = slotsToMask([
  { day: Weekday.THURSDAY, part: DayPart.MORNING },
  { day: Weekday.THURSDAY, part: DayPart.AFTERNOON },
]);

describe(generateSlots.name, () => {
  it('cuts a range into consecutive slots and leaves out a shorter remainder', () => {
    const slots = generateSlots({ ...period('2026-02-10T08:00:00Z', '2026-02-10T10:30:00Z'), slotMinutes: 45 });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-02-10T08:00:00.000Z',
      '2026-02-10T08:45:00.000Z',
      '2026-02-10T09:30:00.000Z',
    ]);
    expect(slots[2].endsAt.toISOString()).toBe('2026-02-10T10:15:00.000Z');
  });

  it('leaves the requested pause between slots', () => {
    const slots = generateSlots({
      ...period('2026-02-10T08:00:00Z', '2026-02-10T10:00:00Z'),
      slotMinutes: 45,
      breakMinutes: 15,
    });
    expect(slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ['2026-02-10T08:00:00.000Z', '2026-02-10T08:45:00.000Z'],
      ['2026-02-10T09:00:00.000Z', '2026-02-10T09:45:00.000Z'],
    ]);
  });

  it('makes one slot when the range is exactly one slot long', () => {
    expect(generateSlots({ ...period('2026-02-10T08:00:00Z', '2026-02-10T09:00:00Z'), slotMinutes: 60 })).toHaveLength(
      1,
    );
  });
});

describe(rangeProblems.name, () => {
  const valid = { ...period('2026-02-10T08:00:00Z', '2026-02-10T11:00:00Z'), slotMinutes: 45 };

  it('accepts a valid range', () => {
    expect(rangeProblems(valid, now)).toEqual([]);
  });

  it('refuses a range in the past, reversed, too long or shorter than a slot', () => {
    expect(rangeProblems({ ...valid, ...period('2026-02-01T08:00:00Z', '2026-02-01T09:00:00Z') }, now)).toEqual([
      { field: 'startsAt', message: 'doit être dans le futur' },
    ]);
    expect(rangeProblems({ ...valid, endsAt: new Date('2026-02-10T07:00:00Z') }, now)).toEqual([
      { field: 'endsAt', message: 'doit être après le début' },
    ]);
    expect(rangeProblems({ ...valid, endsAt: new Date('2026-02-10T21:00:00Z') }, now)[0].field).toBe('endsAt');
    expect(rangeProblems({ ...valid, endsAt: new Date('2026-02-10T08:30:00Z') }, now)).toEqual([
      { field: 'slotMinutes', message: 'la plage est plus courte qu’un créneau' },
    ]);
  });

  it('refuses odd slot lengths and pauses', () => {
    expect(rangeProblems({ ...valid, slotMinutes: 10 }, now).map((p) => p.field)).toEqual(['slotMinutes']);
    expect(rangeProblems({ ...valid, slotMinutes: 30.5 }, now).map((p) => p.field)).toEqual(['slotMinutes']);
    expect(rangeProblems({ ...valid, breakMinutes: -5 }, now).map((p) => p.field)).toEqual(['breakMinutes']);
  });

  it('refuses a publication more than a year ahead', () => {
    expect(rangeProblems({ ...valid, ...period('2027-03-01T08:00:00Z', '2027-03-01T09:00:00Z') }, now)[0].field).toBe(
      'startsAt',
    );
  });
});

describe(fitsAvailability.name, () => {
  it('places a slot in the half-days of Paris time', () => {
    // Tuesday 10 February 2026, 9:00-9:45 in Paris (UTC+1).
    const morning = period('2026-02-10T08:00:00Z', '2026-02-10T08:45:00Z');
    expect(dayPartMaskOf(morning)).toBe(tuesdayMorning);
    expect(fitsAvailability(morning, tuesdayMorning)).toBe(true);
    expect(fitsAvailability(morning, thursdayAllDay)).toBe(false);
  });

  it('uses summer time in July (UTC+2): 9:30 UTC is 11:30 in Paris, still the morning', () => {
    expect(fitsAvailability(period('2026-07-07T09:30:00Z', '2026-07-07T10:00:00Z'), tuesdayMorning)).toBe(true);
    expect(fitsAvailability(period('2026-07-07T10:00:00Z', '2026-07-07T10:30:00Z'), tuesdayMorning)).toBe(false);
  });

  it('needs every half-day a slot straddles', () => {
    const straddling = period('2026-02-12T10:30:00Z', '2026-02-12T11:30:00Z'); // Thursday 11:30-12:30
    expect(fitsAvailability(straddling, thursdayAllDay)).toBe(true);
    expect(fitsAvailability(straddling, slotsToMask([{ day: Weekday.THURSDAY, part: DayPart.MORNING }]))).toBe(false);
    // Ending exactly at noon stays in the morning.
    expect(fitsAvailability(period('2026-02-10T10:00:00Z', '2026-02-10T11:00:00Z'), tuesdayMorning)).toBe(true);
  });

  it('accepts any daytime slot when the availability is not known (mask 0), never a night slot', () => {
    expect(fitsAvailability(period('2026-02-10T08:00:00Z', '2026-02-10T08:45:00Z'), 0)).toBe(true);
    expect(fitsAvailability(period('2026-02-10T22:00:00Z', '2026-02-10T22:30:00Z'), 0)).toBe(false);
  });
});

describe(slotRefusal.name, () => {
  it('refuses past slots, slots less than 48 h ahead and slots outside the availability', () => {
    expect(slotRefusal(period('2026-02-02T07:00:00Z', '2026-02-02T07:45:00Z'), 0, now)).toBe(SlotRefusal.PAST);
    expect(slotRefusal(period('2026-02-02T08:00:00Z', '2026-02-02T08:45:00Z'), 0, now)).toBe(SlotRefusal.PAST);
    expect(slotRefusal(period('2026-02-04T07:59:00Z', '2026-02-04T08:44:00Z'), 0, now)).toBe(SlotRefusal.TOO_SOON);
    expect(slotRefusal(period('2026-02-04T08:00:00Z', '2026-02-04T08:45:00Z'), 0, now)).toBeNull();
    expect(slotRefusal(period('2026-02-10T13:00:00Z', '2026-02-10T13:45:00Z'), tuesdayMorning, now)).toBe(
      SlotRefusal.OUTSIDE_AVAILABILITY,
    );
  });
});

describe(bookableSlots.name, () => {
  // The person lives in Oyonnax.
  const person = { latitude: 46.2561, longitude: 5.6556, availabilityMask: 0 };
  const oyonnax = { latitude: 46.2561, longitude: 5.6556 };
  const bourg = { latitude: 46.2052, longitude: 5.2255 };
  const video = { latitude: null, longitude: null };
  const slot = (id: string, start: string, place: { latitude: number | null; longitude: number | null }) => ({
    id,
    startsAt: new Date(start),
    endsAt: new Date(new Date(start).getTime() + 45 * 60_000),
    ...place,
  });

  it('offers the nearest place first, then the soonest slot, video last, and leaves out what cannot be booked', () => {
    const ranked = bookableSlots(
      [
        slot('bourg-early', '2026-02-05T08:00:00Z', bourg),
        slot('video', '2026-02-05T09:00:00Z', video),
        slot('oyonnax-late', '2026-02-12T08:00:00Z', oyonnax),
        slot('oyonnax-soon', '2026-02-06T08:00:00Z', oyonnax),
        slot('too-soon', '2026-02-03T08:00:00Z', oyonnax),
        slot('night', '2026-02-06T21:30:00Z', oyonnax),
      ],
      person,
      now,
    );
    expect(ranked.map((r) => r.slot.id)).toEqual(['oyonnax-soon', 'oyonnax-late', 'bourg-early', 'video']);
    expect(ranked[0].distanceKm).toBeCloseTo(0, 5);
    expect(ranked[2].distanceKm).toBeGreaterThan(30);
    expect(ranked[3].distanceKm).toBeNull();
  });

  it('keeps only slots inside the weekly availability', () => {
    const ranked = bookableSlots(
      [slot('tuesday', '2026-02-10T08:00:00Z', oyonnax), slot('wednesday', '2026-02-11T08:00:00Z', oyonnax)],
      { ...person, availabilityMask: tuesdayMorning },
      now,
    );
    expect(ranked.map((r) => r.slot.id)).toEqual(['tuesday']);
  });
});

describe(holidayIn.name, () => {
  it('finds the public holiday of a range by its day in Paris, not in UTC', () => {
    // Tuesday 14 July 2026, 9:00-12:00 in Paris (summer time: UTC+2).
    expect(holidayIn(period('2026-07-14T07:00:00Z', '2026-07-14T10:00:00Z'))).toMatchObject({
      day: '2026-07-14',
      name: 'Fête nationale',
    });
    // 13 July 23:30 UTC is already 14 July in Paris.
    expect(holidayIn(period('2026-07-13T23:30:00Z', '2026-07-14T00:30:00Z'))?.day).toBe('2026-07-14');
    // 10 November 22:00-23:59 in Paris ends before the Armistice.
    expect(holidayIn(period('2026-11-10T21:00:00Z', '2026-11-10T22:59:00Z'))).toBeNull();
    expect(holidayIn(period('2026-07-15T07:00:00Z', '2026-07-15T10:00:00Z'))).toBeNull();
  });

  it('makes rangeProblems refuse a range on a holiday with a French message naming it', () => {
    const problems = rangeProblems(
      { ...period('2026-07-14T07:00:00Z', '2026-07-14T10:00:00Z'), slotMinutes: 45 },
      new Date('2026-07-01T08:00:00Z'),
    );
    expect(problems).toEqual([
      {
        field: 'startsAt',
        message: 'le mardi 14 juillet 2026 est un jour férié (Fête nationale) : aucun entretien ce jour-là',
      },
    ]);
  });
});

describe(firstOverlap.name, () => {
  it('finds two overlapping periods whatever their order, and lets touching ones be', () => {
    const a = period('2026-03-10T08:00:00Z', '2026-03-10T11:00:00Z');
    const b = period('2026-03-10T11:00:00Z', '2026-03-10T12:00:00Z');
    const c = period('2026-03-10T10:30:00Z', '2026-03-10T13:00:00Z');
    expect(firstOverlap([a, b])).toBeNull();
    expect(firstOverlap([b, c, a])).toEqual([a, c]);
  });
});
