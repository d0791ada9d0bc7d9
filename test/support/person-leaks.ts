import { PERSON_FIELDS, PersonAudience, PersonField } from '@tremplin/beneficiaries';
import { PERSON } from './world';

/**
 * The values of the world's person that would give each field away, as an output may print them
 * (ISO and French dates, phone with or without spaces). An output for `audience` must contain none
 * of the values of the fields the person-field list does not give that audience.
 */
export function valuesOf(field: PersonField, email: string): string[] {
  switch (field) {
    case PersonField.FIRST_NAME:
      return [PERSON.firstName];
    case PersonField.LAST_NAME:
      return [PERSON.lastName];
    case PersonField.EMAIL:
      return [email];
    case PersonField.PHONE:
      return ['71 52 83 94', '71528394'];
    case PersonField.FILE:
      return [PERSON.birthDate, '23/11/1987', '23 novembre 1987'];
    case PersonField.MATCH_DETAILS:
    case PersonField.DISTANCE_BAND:
      // No literal value: checked on the fields that carry them (breakdown, explanation, distanceBand).
      return [];
  }
}

/** Unfolds iCalendar lines (RFC 5545 folds at 75 octets) and evens out case and spaces. */
function normalised(text: string): string {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\,/g, ',')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The fields of the person that `text` gives away although `audience` may not read them. */
export function leakedFields(text: string, audience: PersonAudience, email: string): PersonField[] {
  const body = normalised(text);
  const allowed = new Set(PERSON_FIELDS[audience]);
  return Object.values(PersonField).filter(
    (field) => !allowed.has(field) && valuesOf(field, email).some((value) => body.includes(normalised(value))),
  );
}
