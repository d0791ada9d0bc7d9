// Date and time fields on react-aria-components (segments typed or stepped with the keyboard, a
// calendar in a popover), with @internationalized/date values: a day and a time of day without
// a zone, which the feature turns into an instant in Europe/Paris.
import type { CalendarDate, Time } from '@internationalized/date';
import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
  TimeField,
} from 'react-aria-components';
import { FieldErrorFr, REQUIRED_MESSAGE } from './fields';

export function DatePickerField({
  label,
  value,
  onChange,
  description,
  minValue,
  name,
  isDateUnavailable,
  isRequired = true,
  validate,
}: {
  label: ReactNode;
  value: CalendarDate | null;
  onChange: (value: CalendarDate | null) => void;
  description?: ReactNode;
  minValue?: CalendarDate;
  name?: string;
  isDateUnavailable?: (date: CalendarDate) => boolean;
  /** A date the person may leave empty (its label then says « facultatif »). */
  isRequired?: boolean;
  /** A French message when the chosen date is refused (the server's own rule, imported). */
  validate?: (value: CalendarDate) => string | null;
}) {
  return (
    <I18nProvider locale="fr-FR">
      <DatePicker
        className="field"
        value={value}
        onChange={onChange}
        minValue={minValue}
        name={name}
        isRequired={isRequired}
        isDateUnavailable={isDateUnavailable as never}
        validate={(v) => (v ? (validate?.(v as CalendarDate) ?? null) : isRequired ? REQUIRED_MESSAGE : null)}
      >
        <Label>
          {label}
          {!isRequired && <span className="muted"> (facultatif)</span>}
        </Label>
        {description && (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        )}
        <Group className="date-input">
          <DateInput className="date-input__segments">
            {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
          </DateInput>
          <AriaButton className="select-toggle" aria-label="Ouvrir le calendrier">
            ▾
          </AriaButton>
        </Group>
        <FieldErrorFr />
        <Popover className="popover">
          <Dialog className="calendar-dialog" aria-label="Calendrier">
            <Calendar className="calendar">
              <header className="calendar__header">
                <AriaButton slot="previous" className="button button--quiet" aria-label="Mois précédent">
                  ◀
                </AriaButton>
                <Heading className="calendar__title" />
                <AriaButton slot="next" className="button button--quiet" aria-label="Mois suivant">
                  ▶
                </AriaButton>
              </header>
              <CalendarGrid className="calendar__grid">
                {(date) => <CalendarCell date={date} className="calendar__cell" />}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}

export function TimeInputField({
  label,
  value,
  onChange,
  description,
  name,
  validate,
}: {
  label: ReactNode;
  value: Time | null;
  onChange: (value: Time | null) => void;
  description?: ReactNode;
  name?: string;
  validate?: (value: Time | null) => string | null;
}) {
  return (
    <I18nProvider locale="fr-FR">
      <TimeField
        className="field"
        value={value}
        onChange={onChange}
        name={name}
        isRequired
        hourCycle={24}
        validate={(v) => (v ? (validate?.(v) ?? null) : REQUIRED_MESSAGE)}
      >
        <Label>{label}</Label>
        {description && (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        )}
        <DateInput className="date-input date-input__segments">
          {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
        </DateInput>
        <FieldErrorFr />
      </TimeField>
    </I18nProvider>
  );
}
