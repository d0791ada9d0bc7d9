import { parseDate } from '@internationalized/date';
import { DateField, DateInput, DateSegment, Label, Text } from 'react-aria-components';
import { FieldErrorFr } from '../../components/fields';

function parsed(value: string) {
  try {
    return value ? parseDate(value) : null;
  } catch {
    return null;
  }
}

/**
 * A calendar day typed as French writes it (jj/mm/aaaa, react-aria's date field: each part a
 * spin button, keyboard and screen reader friendly), held as `YYYY-MM-DD` ('' when empty).
 */
export function DayField({
  label,
  name,
  value,
  onChange,
  description,
  validate,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (next: string) => void;
  description?: string;
  validate?: (value: string) => string | null;
}) {
  return (
    <DateField
      className="field"
      name={name}
      value={parsed(value)}
      onChange={(next) => onChange(next ? next.toString() : '')}
      validate={(next) => (next && validate ? validate(next.toString()) : null)}
      granularity="day"
    >
      <Label>
        {label} <span className="muted">(facultatif)</span>
      </Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <DateInput className="date-input">
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </DateInput>
      <FieldErrorFr />
    </DateField>
  );
}
