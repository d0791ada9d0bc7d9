import { Checkbox } from 'react-aria-components';
import type { DayPart, Weekday } from '../../gql/graphql';
import { DAY_PART_LABELS, DAY_PARTS, WEEKDAY_LABELS, WEEKDAYS } from './mission-sheet';
import { slotKey } from './mission-draft';

/**
 * The weekly slots of a mission: a table of days × parts of the day, one checkbox per half-day,
 * each named in full (« Mardi matin ») for screen readers. Times are those of Paris.
 */
export function WeeklySlotsField({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
}) {
  const toggle = (day: Weekday, part: DayPart, selected: boolean) => {
    const key = slotKey(day, part);
    const rest = value.filter((item) => item !== key);
    onChange(selected ? [...rest, key] : rest);
  };
  return (
    <fieldset className="field slots" aria-describedby="slots-help">
      <legend className="field__label">
        Créneaux de la semaine <span className="muted">(facultatif)</span>
      </legend>
      <p id="slots-help" className="field__description">
        Heure de Paris : le matin jusqu’à 12 h, l’après-midi de 12 h à 18 h, le soir après 18 h. Cochez les
        demi-journées où la mission a lieu.
      </p>
      <div className="table-wrap">
        <table className="table slots__table">
          <thead>
            <tr>
              <th scope="col">Jour</th>
              {DAY_PARTS.map((part) => (
                <th key={part} scope="col">
                  {DAY_PART_LABELS[part]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((day) => (
              <tr key={day}>
                <th scope="row">{WEEKDAY_LABELS[day]}</th>
                {DAY_PARTS.map((part) => (
                  <td key={part}>
                    <Checkbox
                      className="checkbox"
                      aria-label={`${WEEKDAY_LABELS[day]} ${DAY_PART_LABELS[part].toLocaleLowerCase('fr-FR')}`}
                      isSelected={value.includes(slotKey(day, part))}
                      onChange={(selected) => toggle(day, part, selected)}
                    >
                      {({ isSelected }) => (
                        <span className="checkbox__box" aria-hidden="true">
                          {isSelected ? '✓' : ''}
                        </span>
                      )}
                    </Checkbox>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
