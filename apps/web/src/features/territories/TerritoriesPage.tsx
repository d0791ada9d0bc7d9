import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert, EmptyState, QueryState } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { TextField } from '../../components/fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { formatCount, formatDate } from '../../lib/format';
import { useRelayList } from '../../lib/use-relay-list';
import { useAction } from '../../lib/use-action';
import { territoryKeyOf } from './territory-key';

const PAGE_SIZE = 50;

const TERRITORIES = graphql(`
  query TerritoriesList($first: Int!, $after: String) {
    territories(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          createdAt
        }
      }
    }
  }
`);

const CREATE_TERRITORY = graphql(`
  mutation CreateTerritoryFromConsole($input: CreateTerritoryInput!) {
    createTerritory(input: $input) {
      id
      name
      createdAt
    }
  }
`);

function NewTerritoryDialog({ onCreated }: { onCreated: (name: string) => void }) {
  const form = useFormProblem();
  const [name, setName] = useState('');
  const [create, { pending }] = useAction(CREATE_TERRITORY);
  return (
    <DialogButton trigger={<Button>Ajouter un territoire</Button>} title="Ajouter un territoire (CDS)">
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            form.setProblem(null);
            const result = await create({ input: { name: name.trim(), code: territoryKeyOf(name) } });
            if (!result.ok) {
              // The key is derived from the name: its problems are the name's.
              const { code, ...fields } = result.problem.fields;
              form.setProblem({
                ...result.problem,
                fields: code ? { ...fields, name: code } : fields,
              });
              return;
            }
            onCreated(name.trim());
            setName('');
            close();
          }}
        >
          <TextField
            label="Nom"
            name="name"
            description="Par exemple « CDS d’Oyonnax »."
            value={name}
            onChange={setName}
            isRequired
          />
          <DialogActions onCancel={close} confirmLabel="Ajouter" confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}

/** The territories (CDS) the référents, the missions and the indicators are attached to. */
export function TerritoriesPage() {
  const { result, refetch, loadMore, loadingMore } = useRelayList(
    TERRITORIES,
    { first: PAGE_SIZE },
    (data) => data.territories.pageInfo.endCursor,
  );
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Territoires"
        lead="Les centres départementaux de solidarité (CDS) : chaque référent, chaque commune et chaque indicateur s’y rattache."
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Territoires' }]}
        actions={<NewTerritoryDialog onCreated={setCreated} />}
      />
      {created && (
        <Alert tone="success" live="status">
          <p>Le territoire « {created} » est ajouté.</p>
        </Alert>
      )}
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ territories }) =>
          territories.totalCount === 0 ? (
            <EmptyState title="Aucun territoire pour l’instant." />
          ) : (
            <section className="card" aria-labelledby="territories-count">
              <h2 id="territories-count">{formatCount(territories.totalCount, 'territoire')}</h2>
              <ul className="list-reset item-list">
                {territories.edges.map(({ node }) => (
                  <li key={node.id}>
                    <strong>{node.name}</strong> <span className="muted">— créé le {formatDate(node.createdAt)}</span>
                  </li>
                ))}
              </ul>
              {territories.pageInfo.hasNextPage && (
                <Button variant="secondary" isPending={loadingMore} onPress={loadMore}>
                  Afficher plus de territoires
                </Button>
              )}
            </section>
          )
        }
      </QueryState>
    </>
  );
}
