/**
 * Weekly availability and schedules as half-day slots: 7 days × morning / afternoon / evening.
 * A set of slots is stored as a 21-bit mask, so overlap is one AND and coverage one popcount.
 */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

export enum DayPart {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}

export interface WeeklySlot {
  day: Weekday;
  part: DayPart;
}

export const WEEKDAYS = Object.values(Weekday);
export const DAY_PARTS = Object.values(DayPart);
export const ALL_SLOTS_MASK = (1 << (WEEKDAYS.length * DAY_PARTS.length)) - 1;

const DAY_LABELS: Record<Weekday, string> = {
  MONDAY: 'lundi',
  TUESDAY: 'mardi',
  WEDNESDAY: 'mercredi',
  THURSDAY: 'jeudi',
  FRIDAY: 'vendredi',
  SATURDAY: 'samedi',
  SUNDAY: 'dimanche',
};

const PART_LABELS: Record<DayPart, string> = { MORNING: 'matin', AFTERNOON: 'après-midi', EVENING: 'soir' };

export function slotBit(slot: WeeklySlot): number {
  return 1 << (WEEKDAYS.indexOf(slot.day) * DAY_PARTS.length + DAY_PARTS.indexOf(slot.part));
}

export function slotsToMask(slots: readonly WeeklySlot[]): number {
  return slots.reduce((mask, slot) => mask | slotBit(slot), 0);
}

/** Slots of a mask, in week order (Monday morning first). */
export function maskToSlots(mask: number): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  WEEKDAYS.forEach((day, d) =>
    DAY_PARTS.forEach((part, p) => {
      if (mask & (1 << (d * DAY_PARTS.length + p))) slots.push({ day, part });
    }),
  );
  return slots;
}

export function countSlots(mask: number): number {
  let count = 0;
  let rest = mask >>> 0;
  while (rest) {
    rest &= rest - 1;
    count++;
  }
  return count;
}

export function slotsOverlap(a: number, b: number): boolean {
  return (a & b) !== 0;
}

/** Share of `required` slots that `available` covers, in [0, 1] (1 when nothing is required). */
export function slotCoverage(required: number, available: number): number {
  const total = countSlots(required);
  return total === 0 ? 1 : countSlots(required & available) / total;
}

function joinFrench(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/**
 * French description grouping days that share the same parts of day:
 * « mardi et jeudi matin », « lundi matin et après-midi, samedi soir ».
 */
export function describeSlots(mask: number): string {
  if (mask === 0) return 'aucun créneau';
  const groups: { parts: DayPart[]; days: Weekday[] }[] = [];
  for (const day of WEEKDAYS) {
    const parts = DAY_PARTS.filter((part) => mask & slotBit({ day, part }));
    if (parts.length === 0) continue;
    const key = parts.join();
    const group = groups.find((g) => g.parts.join() === key);
    if (group) group.days.push(day);
    else groups.push({ parts, days: [day] });
  }
  return groups
    .map((g) => {
      const days = joinFrench(g.days.map((d) => DAY_LABELS[d]));
      const parts = g.parts.length === 3 ? 'toute la journée' : joinFrench(g.parts.map((p) => PART_LABELS[p]));
      return `${days} ${parts}`;
    })
    .join(', ');
}
