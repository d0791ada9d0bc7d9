import { useMemo, useState } from 'react';
import {
  Button as AriaButton,
  ComboBox,
  Group,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
  type Key,
} from 'react-aria-components';
import { FieldErrorFr } from '../../components/fields';
import { MAX_TARGET_JOBS, searchJobs } from './profile-draft';

export interface JobOption {
  romeCode: string;
  label: string;
}

/**
 * The target jobs of the professional project, from the jobs referential, by their label: a
 * search box (accents aside) adds a job, each chosen job is a tag that can be removed. The ROME
 * code stays in the data, never on screen.
 */
export function JobsPicker({
  jobs,
  value,
  onChange,
  isDisabled,
}: {
  jobs: readonly JobOption[];
  value: string[];
  onChange: (next: string[]) => void;
  isDisabled?: boolean;
}) {
  const [search, setSearch] = useState('');
  // Opened with its button or the down arrow, the list shows every job; otherwise the matches of
  // what is typed. Once a job is added the search empties and, with nothing typed, the list stays
  // closed (react-aria reopens a focused combobox whose text changes while it has options).
  const [showAll, setShowAll] = useState(false);
  const typed = search.trim() !== '';
  const matches = useMemo(() => searchJobs(jobs, search, value), [jobs, search, value]);
  const chosen = value
    .map((code) => jobs.find((job) => job.romeCode === code))
    .filter((job): job is JobOption => Boolean(job));
  const full = value.length >= MAX_TARGET_JOBS;

  const add = (key: Key | null) => {
    if (key === null) return;
    const code = String(key);
    if (!value.includes(code) && !full) onChange([...value, code]);
    setSearch('');
  };

  return (
    <div className="jobs-picker">
      <ComboBox
        className="field"
        name="targetJobCodes"
        items={typed || showAll ? matches.map((job) => ({ id: job.romeCode, label: job.label })) : []}
        inputValue={search}
        onInputChange={setSearch}
        selectedKey={null}
        onSelectionChange={add}
        isDisabled={isDisabled || full}
        menuTrigger="input"
        allowsEmptyCollection={typed}
        onOpenChange={(isOpen, trigger) => setShowAll(isOpen && trigger === 'manual')}
      >
        <Label>
          Ajouter un métier visé <span className="muted">(facultatif)</span>
        </Label>
        <Text slot="description" className="field__description">
          {full
            ? `${MAX_TARGET_JOBS} métiers au plus : retirez-en un pour en ajouter un autre.`
            : 'Tapez le début d’un métier, par exemple « accueil » ou « cuisine ».'}
        </Text>
        <Group className="combobox__group">
          <Input />
          <AriaButton className="select-toggle" aria-label="Afficher les métiers">
            ▾
          </AriaButton>
        </Group>
        <FieldErrorFr />
        <Popover className="popover">
          <ListBox
            className="listbox"
            renderEmptyState={() => <p className="listbox__empty">Aucun métier ne correspond.</p>}
          >
            {(option: { id: string; label: string }) => (
              <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
                {option.label}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <TagGroup
        className="tags"
        onRemove={(keys) => onChange(value.filter((code) => !keys.has(code)))}
        aria-describedby="target-jobs-count"
      >
        <Label className="field__label">Métiers visés</Label>
        <p id="target-jobs-count" className="muted">
          {chosen.length === 0
            ? 'Aucun métier visé pour l’instant.'
            : `${chosen.length} métier${chosen.length > 1 ? 's' : ''} sur ${MAX_TARGET_JOBS} au plus.`}
        </p>
        <TagList className="tags__list" items={chosen} renderEmptyState={() => null}>
          {(job) => (
            <Tag className="tag" id={job.romeCode} textValue={job.label}>
              {job.label}
              {!isDisabled && (
                <AriaButton slot="remove" className="tag__remove" aria-label={`Retirer ${job.label}`}>
                  ×
                </AriaButton>
              )}
            </Tag>
          )}
        </TagList>
      </TagGroup>
    </div>
  );
}
