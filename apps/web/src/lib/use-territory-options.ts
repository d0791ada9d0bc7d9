import { useQuery } from 'urql';
import type { Option } from '../components/choice-fields';
import { graphql } from '../gql';

const TERRITORY_OPTIONS = graphql(`
  query TerritoryOptions {
    territories(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The territories (CDS) as choices of a select, by name; null while loading. */
export function useTerritoryOptions(): Option[] | null {
  const [result] = useQuery({ query: TERRITORY_OPTIONS });
  return result.data ? result.data.territories.edges.map(({ node }) => ({ id: node.id, label: node.name })) : null;
}
