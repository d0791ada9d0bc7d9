// French public holidays (jours fériés) of metropolitan France outside Alsace-Moselle — the Ain's —
// from @socialgouv/jours-feries (the list the French social administrations maintain), by
// calendar day: `publicHolidayOn('2026-07-14')` → « Fête nationale ».
import joursFeries from '@socialgouv/jours-feries';

const byYear = new Map<number, Map<string, string>>();

/** Names as the library gives them, written as people read them in a sentence. */
const NAMES: Record<string, string> = {
  "Jour de l'an": 'jour de l’An',
  'Fête du travail': 'fête du Travail',
  'Victoire des alliés': 'Victoire de 1945',
  'Fête Nationale': 'Fête nationale',
  Assomption: 'Assomption',
  Toussaint: 'Toussaint',
  Armistice: 'Armistice de 1918',
  Noël: 'Noël',
  'Lundi de Pâques': 'lundi de Pâques',
  Ascension: 'Ascension',
  'Lundi de Pentecôte': 'lundi de Pentecôte',
};

function holidaysOf(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const [name, date] of Object.entries(joursFeries(year, { alsace: false }))) {
      // The library gives each day as midnight UTC of that calendar day.
      days.set(date.toISOString().slice(0, 10), NAMES[name] ?? name);
    }
    byYear.set(year, days);
  }
  return days;
}

/** The holiday's French name on a calendar day `YYYY-MM-DD`, or null on a working day. */
export function publicHolidayOn(day: string): string | null {
  const year = Number(day.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  return holidaysOf(year).get(day) ?? null;
}
