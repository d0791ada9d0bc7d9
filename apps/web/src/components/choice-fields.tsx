// Fields to choose among options (a select, a searchable combobox) on react-aria-components, with
// the label, description and French error of fields.tsx. Apart from it because of their weight (a
// popover, a list box and their collections): pages with only text fields do not download them.
import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  ComboBox as AriaComboBox,
  Group,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { FieldErrorFr, FieldLabel, REQUIRED_MESSAGE } from './fields';

export interface Option {
  id: string;
  label: string;
  /** A short text after the label, e.g. « anciennement Lancrans » beside Valserhône. */
  hint?: string | null;
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
  // A filter's « Tous les … » option has the empty key: it is a choice, but the browser's own check
  // of the hidden <select> would count it as missing and block the form (in its own words).
  const offersEmptyChoice = options.some((option) => option.id === '');
  return (
    <AriaSelect
      className="field"
      name={name}
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      isRequired={isRequired && !offersEmptyChoice}
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
      <FieldErrorFr />
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
              {option.label}
              {option.hint && <span className="listbox__hint"> ({option.hint})</span>}
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
      <FieldErrorFr />
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox__empty">{loading ? 'Recherche…' : emptyLabel}</p>}
        >
          {(option: Option) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
              {option.label}
              {option.hint && <span className="listbox__hint"> ({option.hint})</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
