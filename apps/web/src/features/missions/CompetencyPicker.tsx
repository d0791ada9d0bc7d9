import { useMemo, useState } from 'react';
import { Checkbox, CheckboxGroup, Label, SearchField, Input, Text } from 'react-aria-components';
import { FieldErrorFr } from '../../components/fields';
import type { CompetencyCategory } from '../../gql/graphql';

const CATEGORY_LABELS: Record<CompetencyCategory, string> = {
  SAVOIR_ETRE: 'Savoir-être',
  TRANSVERSAL: 'Compétences transversales',
  PRATIQUE: 'Savoir-faire pratiques',
};

export interface CompetencyOption {
  code: string;
  label: string;
  category: CompetencyCategory;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('fr-FR');
}

/**
 * The competencies a mission develops, chosen by their label: a search box narrows the list
 * (without accents mattering), the chosen ones always stay in view.
 */
export function CompetencyPicker({
  options,
  value,
  onChange,
}: {
  options: readonly CompetencyOption[];
  value: string[];
  onChange: (next: string[]) => void;
}) {
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const wanted = fold(search.trim());
    return options.filter((option) => !wanted || value.includes(option.code) || fold(option.label).includes(wanted));
  }, [options, search, value]);
  const categories = (Object.keys(CATEGORY_LABELS) as CompetencyCategory[]).filter((category) =>
    shown.some((option) => option.category === category),
  );
  const chosen = options.filter((option) => value.includes(option.code));

  return (
    <>
      <SearchField className="field" value={search} onChange={setSearch}>
        <Label>
          Rechercher une compétence <span className="muted">(facultatif)</span>
        </Label>
        <Input placeholder="par exemple : accueil, équipe, stock" />
      </SearchField>
      <p className="muted" role="status">
        {chosen.length === 0
          ? 'Aucune compétence choisie.'
          : `${chosen.length} compétence${chosen.length > 1 ? 's' : ''} choisie${chosen.length > 1 ? 's' : ''} : ${chosen
              .map((option) => option.label)
              .join(', ')}.`}
      </p>
      <CheckboxGroup
        className="field competencies"
        name="competencyCodes"
        value={value}
        onChange={onChange}
        aria-describedby="competencies-help"
      >
        <Label>
          Compétences développées <span className="muted">(facultatif)</span>
        </Label>
        <Text slot="description" id="competencies-help" className="field__description">
          Elles figurent dans la fiche que reçoit la personne et comptent dans les suggestions des référents.
        </Text>
        {categories.map((category) => (
          <div key={category} className="competencies__group">
            <p className="competencies__category">{CATEGORY_LABELS[category]}</p>
            {shown
              .filter((option) => option.category === category)
              .map((option) => (
                <Checkbox key={option.code} value={option.code} className="checkbox">
                  {({ isSelected }) => (
                    <>
                      <span className="checkbox__box" aria-hidden="true">
                        {isSelected ? '✓' : ''}
                      </span>
                      <span>{option.label}</span>
                    </>
                  )}
                </Checkbox>
              ))}
          </div>
        ))}
        {shown.length === 0 && <p className="muted">Aucune compétence ne correspond à « {search} ».</p>}
        <FieldErrorFr />
      </CheckboxGroup>
    </>
  );
}
