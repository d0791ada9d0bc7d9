import {
  ALL_SLOTS_MASK,
  DayPart,
  Weekday,
  countSlots,
  describeSlots,
  maskToSlots,
  slotCoverage,
  slotsOverlap,
  slotsToMask,
} from './weekly-slots';

const tueMorning = { day: Weekday.TUESDAY, part: DayPart.MORNING };
const thuMorning = { day: Weekday.THURSDAY, part: DayPart.MORNING };
const monAfternoon = { day: Weekday.MONDAY, part: DayPart.AFTERNOON };

describe('weekly slots', () => {
  it('round-trips slots through a mask in week order', () => {
    const mask = slotsToMask([thuMorning, tueMorning, monAfternoon]);
    expect(maskToSlots(mask)).toEqual([monAfternoon, tueMorning, thuMorning]);
    expect(countSlots(mask)).toBe(3);
  });

  it('uses 21 distinct bits', () => {
    expect(countSlots(ALL_SLOTS_MASK)).toBe(21);
    expect(maskToSlots(ALL_SLOTS_MASK)).toHaveLength(21);
  });

  it('detects overlap and coverage', () => {
    const mission = slotsToMask([tueMorning, thuMorning]);
    expect(slotsOverlap(mission, slotsToMask([thuMorning]))).toBe(true);
    expect(slotsOverlap(mission, slotsToMask([monAfternoon]))).toBe(false);
    expect(slotCoverage(mission, slotsToMask([thuMorning, monAfternoon]))).toBe(0.5);
    expect(slotCoverage(0, 0)).toBe(1);
  });

  it('describes slots in French, grouping days with the same parts', () => {
    expect(describeSlots(slotsToMask([tueMorning, thuMorning]))).toBe('mardi et jeudi matin');
    expect(
      describeSlots(
        slotsToMask([
          monAfternoon,
          { day: Weekday.MONDAY, part: DayPart.MORNING },
          { day: Weekday.SATURDAY, part: DayPart.EVENING },
        ]),
      ),
    ).toBe('lundi matin et après-midi, samedi soir');
    expect(
      describeSlots(
        slotsToMask(
          ['MORNING', 'AFTERNOON', 'EVENING'].map((part) => ({ day: Weekday.FRIDAY, part: part as DayPart })),
        ),
      ),
    ).toBe('vendredi toute la journée');
    expect(describeSlots(0)).toBe('aucun créneau');
  });
});
