import { useRef, type KeyboardEvent } from 'react';
import { Checkbox } from 'react-aria-components';
import { Button } from '../../components/Button';
import { moveInGrid, slotKey, slotLabel, toggleDay, toggleSlot, type SlotKey } from './availability-grid';
import { DAY_PARTS, DAY_PART_LABELS, WEEKDAYS, WEEKDAY_LABELS } from './person-file-labels';

/**
 * When the person is available in an ordinary week: a table of days × parts of the day, one
 * checkbox per half-day named in full (« Mardi après-midi »). Tab enters and leaves the grid, the
 * arrow keys (and Home/End) move inside it, Space ticks; a button per day ticks the whole day.
 */
export function AvailabilityGrid({
  value,
  onChange,
  isDisabled,
}: {
  value: readonly SlotKey[];
  onChange: (next: SlotKey[]) => void;
  isDisabled?: boolean;
}) {
  const table = useRef<HTMLTableElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const input = event.target as HTMLElement;
    const cell = input.closest<HTMLElement>('[data-row]');
    if (!cell || input.tagName !== 'INPUT') return;
    const from = { row: Number(cell.dataset.row), column: Number(cell.dataset.column) };
    const to = moveInGrid(from, event.key, WEEKDAYS.length, DAY_PARTS.length);
    if (!to) return;
    event.preventDefault();
    table.current?.querySelector<HTMLInputElement>(`[data-row="${to.row}"][data-column="${to.column}"] input`)?.focus();
  };

  return (
    <fieldset className="field slots availability" aria-describedby="availability-help">
      <legend className="field__label">Disponibilités de la semaine</legend>
      <p id="availability-help" className="field__description">
        Heure de Paris : le matin jusqu’à 12 h, l’après-midi de 12 h à 18 h, le soir après 18 h. Dans la grille, les
        flèches passent d’une demi-journée à l’autre et la barre d’espace la coche.
      </p>
      <div className="table-wrap">
        <table ref={table} className="table slots__table" onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <th scope="col">Jour</th>
              {DAY_PARTS.map((part) => (
                <th key={part} scope="col">
                  {DAY_PART_LABELS[part]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Toute la journée</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((day, row) => (
              <tr key={day}>
                <th scope="row">{WEEKDAY_LABELS[day]}</th>
                {DAY_PARTS.map((part, column) => (
                  <td key={part} data-row={row} data-column={column}>
                    <Checkbox
                      className="checkbox"
                      aria-label={slotLabel(day, part)}
                      isSelected={value.includes(slotKey(day, part))}
                      isDisabled={isDisabled}
                      onChange={(selected) => onChange(toggleSlot(value, day, part, selected))}
                    >
                      {({ isSelected }) => (
                        <span className="checkbox__box" aria-hidden="true">
                          {isSelected ? '✓' : ''}
                        </span>
                      )}
                    </Checkbox>
                  </td>
                ))}
                <td>
                  <Button
                    variant="quiet"
                    isDisabled={isDisabled}
                    aria-label={`Journée entière du ${WEEKDAY_LABELS[day].toLocaleLowerCase('fr-FR')}`}
                    onPress={() => onChange(toggleDay(value, day))}
                  >
                    Journée
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
