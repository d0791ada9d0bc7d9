// Form fields on react-aria-components: a visible label, a description, the error next to the
// field (client checks and the server's `extensions.fields`, through <Form validationErrors>),
// keyboard and screen-reader behaviour from the library.
import type { ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  ComboBox as AriaComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
  TextArea,
  TextField as AriaTextField,
  Button as AriaButton,
  type Key,
  type TextFieldProps as AriaTextFieldProps,
  Group,
} from 'react-aria-components';

export const REQUIRED_MESSAGE = 'Ce champ est obligatoire.';

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
function FieldLabel({ label, isRequired }: { label: ReactNode; isRequired?: boolean }) {
  return (
    <Label>
      {label}
      {isRequired ? null : <span className="muted"> (facultatif)</span>}
    </Label>
  );
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
      {multiline ? <TextArea rows={rows ?? 5} placeholder={placeholder} /> : <Input placeholder={placeholder} />}
      <FieldError className="field__error" />
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

export interface Option {
  id: string;
  label: string;
}

export function SelectField({
  label,
  options,
  selectedKey,
  onSelectionChange,
  name,
  description,
  isRequired,
  placeholder = 'Choisir…',
  isDisabled,
}: {
  label: ReactNode;
  options: Option[];
  selectedKey: string | null;
  onSelectionChange: (key: string | null) => void;
  name?: string;
  description?: ReactNode;
  isRequired?: boolean;
  placeholder?: string;
  isDisabled?: boolean;
}) {
  return (
    <AriaSelect
      className="field"
      name={name}
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      isRequired={isRequired}
      isDisabled={isDisabled}
      placeholder={placeholder}
      validate={(value) => (isRequired && (value === null || value === undefined) ? REQUIRED_MESSAGE : null)}
    >
      <FieldLabel label={label} isRequired={isRequired} />
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <AriaButton className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <FieldError className="field__error" />
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}

/**
 * A searchable list: the options can come from the server as the person types (`onInputChange`
 * refetches; `items` are the current matches) or be filtered locally (`filterLocally`).
 */
export function ComboBoxField({
  label,
  items,
  selectedKey,
  onSelectionChange,
  inputValue,
  onInputChange,
  name,
  description,
  isRequired,
  loading,
  emptyLabel = 'Aucun résultat',
  placeholder,
}: {
  label: ReactNode;
  items: Option[];
  selectedKey: string | null;
  onSelectionChange: (key: string | null) => void;
  inputValue?: string;
  onInputChange?: (value: string) => void;
  name?: string;
  description?: ReactNode;
  isRequired?: boolean;
  loading?: boolean;
  emptyLabel?: string;
  placeholder?: string;
}) {
  return (
    <AriaComboBox
      className="field"
      name={name}
      items={items}
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      inputValue={inputValue}
      onInputChange={onInputChange}
      isRequired={isRequired}
      menuTrigger="focus"
      allowsEmptyCollection
      validate={() => (isRequired && !selectedKey ? REQUIRED_MESSAGE : null)}
    >
      <FieldLabel label={label} isRequired={isRequired} />
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <Group className="combobox__group">
        <Input placeholder={placeholder} />
        <AriaButton className="select-toggle" aria-label="Afficher les choix">
          ▾
        </AriaButton>
      </Group>
      <FieldError className="field__error" />
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox__empty">{loading ? 'Recherche…' : emptyLabel}</p>}
        >
          {(option: Option) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
