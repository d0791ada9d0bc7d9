import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { formerNameHint } from '../lib/commune-hint';
import { ComboBoxField } from './choice-fields';

const COMMUNE_SEARCH = graphql(`
  query CommuneSearch($search: String!) {
    communes(search: $search, first: 10) {
      edges {
        node {
          inseeCode
          name
          territoryId
          formerCommunes {
            inseeCode
            name
          }
        }
      }
    }
  }
`);

export interface CommuneChoice {
  code: string;
  name: string;
  /** The territory (CDS) of the commune, when the choice came from the search. */
  territoryId?: string;
}

/**
 * A commune of the Ain chosen by its name (searched on the server as the person types, accents
 * ignored): the person never sees nor types an INSEE code. A former name finds the current commune,
 * shown with « anciennement … ».
 */
export function CommuneField({
  label = 'Commune',
  value,
  onChange,
  name = 'communeCode',
  description,
  isRequired = true,
}: {
  label?: string;
  value: CommuneChoice | null;
  onChange: (next: CommuneChoice | null) => void;
  name?: string;
  description?: string;
  isRequired?: boolean;
}) {
  const [input, setInput] = useState(value?.name ?? '');
  const search = input.trim();
  const [result] = useQuery({
    query: COMMUNE_SEARCH,
    variables: { search },
    pause: search.length < 2 || search === value?.name,
  });
  const found = (result.data?.communes.edges ?? []).map(({ node }) => ({
    id: node.inseeCode,
    label: node.name,
    territoryId: node.territoryId as string | undefined,
    hint: formerNameHint(search, node),
  }));
  const items =
    value && !found.some((item) => item.id === value.code)
      ? [{ id: value.code, label: value.name, territoryId: value.territoryId }, ...found]
      : found;
  return (
    <ComboBoxField
      label={label}
      name={name}
      description={description ?? 'Tapez au moins deux lettres du nom (même ancien), puis choisissez dans la liste.'}
      items={items}
      selectedKey={value?.code ?? null}
      inputValue={input}
      onInputChange={setInput}
      onSelectionChange={(key) => {
        const item = items.find((candidate) => candidate.id === key);
        onChange(item ? { code: item.id, name: item.label, territoryId: item.territoryId } : null);
        if (item) setInput(item.label);
      }}
      isRequired={isRequired}
      loading={result.fetching}
      emptyLabel={search.length < 2 ? 'Tapez au moins deux lettres' : 'Aucune commune de l’Ain à ce nom'}
    />
  );
}
