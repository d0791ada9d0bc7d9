// Form fields on react-aria-components: a visible label, a description, the error next to the
// field (client checks and the server's `extensions.fields`, through <Form validationErrors>),
// keyboard and screen-reader behaviour from the library. Lists to choose from (select, combobox)
// are in choice-fields.tsx: they bring popovers and list boxes, which the login page does not need.
import type { FormEvent, ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

import { frenchValidationMessage, REQUIRED_MESSAGE } from '../lib/validation';

export { REQUIRED_MESSAGE };

/** A field's error next to it, in French whatever language the browser speaks (see frenchValidationMessage). */
export function FieldErrorFr() {
  return (
    <FieldError className="field__error">
      {({ validationErrors, validationDetails }) => frenchValidationMessage(validationErrors, validationDetails)}
    </FieldError>
  );
}

/** Client-side checks that return a French message, as the server would. */
export type Validator = (value: string) => string | null | undefined;

function composeValidation(isRequired: boolean | undefined, validate: Validator | undefined) {
  return (value: string): string | null => {
    if (isRequired && !value.trim()) return REQUIRED_MESSAGE;
    if (value.trim() && validate) return validate(value) ?? null;
    return null;
  };
}

/**
 * Fields are required unless their label says « (facultatif) »: the few optional ones are
 * marked, rather than every required one (as GOV.UK and most public services do).
 */
export function FieldLabel({ label, isRequired }: { label: ReactNode; isRequired?: boolean }) {
  return (
    <Label>
      {label}
      {isRequired ? null : <span className="muted"> (facultatif)</span>}
    </Label>
  );
}

/**
 * « Reward early »: once a field shows its error, each keystroke checks it again (the library
 * checks on the native `change` event), so a corrected value clears the error while typing — not
 * when the field is left, which moved the buttons below under a pointer already pressing one.
 */
function recheckWhileShown(event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) {
  const field = event.currentTarget;
  if (field.getAttribute('aria-invalid') === 'true') field.dispatchEvent(new Event('change'));
}

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'validate' | 'children'> {
  label: ReactNode;
  description?: ReactNode;
  validate?: Validator;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
}

export function TextField({
  label,
  description,
  validate,
  isRequired,
  multiline,
  rows,
  placeholder,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      isRequired={isRequired}
      validate={composeValidation(isRequired, validate)}
      className="field"
    >
      <FieldLabel label={label} isRequired={isRequired} />
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      {multiline ? (
        <TextArea rows={rows ?? 5} placeholder={placeholder} onInput={recheckWhileShown} />
      ) : (
        <Input placeholder={placeholder} onInput={recheckWhileShown} />
      )}
      <FieldErrorFr />
    </AriaTextField>
  );
}

export function CheckboxField({
  children,
  isSelected,
  onChange,
  name,
  description,
  isDisabled,
}: {
  children: ReactNode;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  name?: string;
  description?: ReactNode;
  isDisabled?: boolean;
}) {
  return (
    <div className="field">
      <AriaCheckbox
        className="checkbox"
        isSelected={isSelected}
        onChange={onChange}
        name={name}
        isDisabled={isDisabled}
      >
        {({ isSelected: checked }) => (
          <>
            <span className="checkbox__box" aria-hidden="true">
              {checked ? '✓' : ''}
            </span>
            <span>{children}</span>
          </>
        )}
      </AriaCheckbox>
      {description && <span className="field__description">{description}</span>}
    </div>
  );
}
