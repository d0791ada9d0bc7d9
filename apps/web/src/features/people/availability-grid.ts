// The availability grid of a person (7 days × morning, afternoon, evening) and the API's weekly
// slots: the grid holds `MONDAY:MORNING` keys; the API takes and gives `{ day, part }` slots.
// Also the moves of the keyboard inside the grid. Pure, unit-tested.
import type { DayPart, Weekday, WeeklySlotInput } from '../../gql/graphql';
import { DAY_PARTS, DAY_PART_LABELS, WEEKDAYS, WEEKDAY_LABELS } from './person-file-labels';

export type SlotKey = `${Weekday}:${DayPart}`;

export function slotKey(day: Weekday, part: DayPart): SlotKey {
  return `${day}:${part}`;
}

/** The grid's keys of the API's slots (duplicates dropped). */
export function gridOfSlots(slots: readonly { day: Weekday; part: DayPart }[]): SlotKey[] {
  return [...new Set(slots.map((slot) => slotKey(slot.day, slot.part)))];
}

/** The API's slots of the grid, in the order of the week then of the day; unknown keys are left out. */
export function slotsOfGrid(keys: readonly string[]): WeeklySlotInput[] {
  const chosen = new Set(keys);
  const slots: WeeklySlotInput[] = [];
  for (const day of WEEKDAYS) {
    for (const part of DAY_PARTS) if (chosen.has(slotKey(day, part))) slots.push({ day, part });
  }
  return slots;
}

/** Ticks or unticks one half-day. */
export function toggleSlot(keys: readonly SlotKey[], day: Weekday, part: DayPart, selected: boolean): SlotKey[] {
  const key = slotKey(day, part);
  const rest = keys.filter((item) => item !== key);
  return selected ? [...rest, key] : rest;
}

/** Ticks a whole day (unticks it when it was all ticked). */
export function toggleDay(keys: readonly SlotKey[], day: Weekday): SlotKey[] {
  const all = DAY_PARTS.every((part) => keys.includes(slotKey(day, part)));
  const rest = keys.filter((key) => !key.startsWith(`${day}:`));
  return all ? rest : [...rest, ...DAY_PARTS.map((part) => slotKey(day, part))];
}

/** The name of a half-day as a screen reader reads it: « Mardi après-midi ». */
export function slotLabel(day: Weekday, part: DayPart): string {
  return `${WEEKDAY_LABELS[day]} ${DAY_PART_LABELS[part].toLocaleLowerCase('fr-FR')}`;
}

export interface GridPosition {
  row: number;
  column: number;
}

/**
 * Where an arrow key (or Home/End) moves the focus in a grid of `rows` × `columns` cells; null
 * for any other key (left to the browser: Space ticks, Tab leaves the grid). Stops at the edges.
 */
export function moveInGrid(from: GridPosition, key: string, rows: number, columns: number): GridPosition | null {
  const clamp = (value: number, size: number) => Math.min(Math.max(value, 0), size - 1);
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(from.row - 1, rows), column: from.column };
    case 'ArrowDown':
      return { row: clamp(from.row + 1, rows), column: from.column };
    case 'ArrowLeft':
      return { row: from.row, column: clamp(from.column - 1, columns) };
    case 'ArrowRight':
      return { row: from.row, column: clamp(from.column + 1, columns) };
    case 'Home':
      return { row: from.row, column: 0 };
    case 'End':
      return { row: from.row, column: columns - 1 };
    default:
      return null;
  }
}
