import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_LABELS } from '../../app/roles';
import { Button, LinkButton } from '../../components/Button';
import { EmptyState, QueryState } from '../../components/feedback';
import { ComboBoxField } from '../../components/choice-fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useRelayList } from '../../lib/use-relay-list';
import { formatCount, formatDateTime } from '../../lib/format';

const PAGE_SIZE = 30;

const ACCESS_LOG = graphql(`
  query AccessLog($first: Int!, $after: String, $userId: ID, $beneficiaryId: ID) {
    sensitiveDataAccessLog(first: $first, after: $after, userId: $userId, beneficiaryId: $beneficiaryId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          accessedAt
          beneficiaryId
          beneficiaryName
          dataKindLabel
          user {
            id
            firstName
            lastName
            role
          }
        }
      }
    }
  }
`);

const USER_CHOICES = graphql(`
  query AccessLogUserChoices($search: String) {
    users(first: 20, search: $search) {
      edges {
        node {
          id
          firstName
          lastName
          email
        }
      }
    }
  }
`);

const PERSON_CHOICES = graphql(`
  query AccessLogPersonChoices($search: String) {
    beneficiaries(first: 20, search: $search) {
      edges {
        node {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

function UserFilter({ selected, onChange }: { selected: string | null; onChange: (id: string | null) => void }) {
  const [text, setText] = useState('');
  const [result] = useQuery({ query: USER_CHOICES, variables: { search: text.trim() || undefined } });
  const items =
    result.data?.users.edges.map(({ node }) => ({
      id: node.id,
      label: `${node.firstName} ${node.lastName} (${node.email})`,
    })) ?? [];
  return (
    <ComboBoxField
      label="Qui a consulté"
      items={items}
      selectedKey={selected}
      onSelectionChange={(key) => {
        onChange(key);
        if (key) setText(items.find((i) => i.id === key)?.label ?? text);
      }}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        if (!value) onChange(null);
      }}
      loading={result.fetching}
      description="Tapez un nom ou une adresse e-mail."
    />
  );
}

function PersonFilter({ selected, onChange }: { selected: string | null; onChange: (id: string | null) => void }) {
  const [text, setText] = useState('');
  const [result] = useQuery({ query: PERSON_CHOICES, variables: { search: text.trim() || undefined } });
  const items =
    result.data?.beneficiaries.edges.map(({ node }) => ({
      id: node.id,
      label: `${node.firstName} ${node.lastName}`,
    })) ?? [];
  return (
    <ComboBoxField
      label="Personne concernée"
      items={items}
      selectedKey={selected}
      onSelectionChange={(key) => {
        onChange(key);
        if (key) setText(items.find((i) => i.id === key)?.label ?? text);
      }}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        if (!value) onChange(null);
      }}
      loading={result.fetching}
      description="Tapez un nom ou un prénom."
    />
  );
}

/** Who read which sensitive data of whom, and when (RGPD accountability), most recent first. */
export function AccessLogPage() {
  const [userId, setUserId] = useState<string | null>(null);
  const [beneficiaryId, setBeneficiaryId] = useState<string | null>(null);
  const variables = { first: PAGE_SIZE, userId: userId ?? undefined, beneficiaryId: beneficiaryId ?? undefined };
  const csvQuery = new URLSearchParams();
  if (userId) csvQuery.set('userId', userId);
  if (beneficiaryId) csvQuery.set('beneficiaryId', beneficiaryId);
  const csvHref = csvQuery.toString() ? `/access-log.csv?${csvQuery.toString()}` : '/access-log.csv';
  const { result, refetch, loadMore, loadingMore } = useRelayList(
    ACCESS_LOG,
    variables,
    (data) => data.sensitiveDataAccessLog.pageInfo.endCursor,
  );
  return (
    <>
      <PageHeader
        title="Journal des accès"
        lead="Chaque lecture d’une donnée sensible (freins, notes du diagnostic, motifs de réorientation, notes confidentielles), de la plus récente à la plus ancienne."
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Journal des accès' }]}
        actions={
          <LinkButton href={csvHref} download variant="secondary">
            Télécharger le journal (CSV, pour le délégué à la protection des données)
          </LinkButton>
        }
      />
      <div className="card filters" role="group" aria-label="Filtrer le journal">
        <UserFilter selected={userId} onChange={setUserId} />
        <PersonFilter selected={beneficiaryId} onChange={setBeneficiaryId} />
      </div>
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ sensitiveDataAccessLog: log }) =>
          log.totalCount === 0 ? (
            <EmptyState title="Aucune lecture enregistrée pour ces critères." />
          ) : (
            <section aria-labelledby="log-count">
              <p id="log-count" className="muted" role="status">
                {formatCount(log.totalCount, 'lecture enregistrée', 'lectures enregistrées')}
              </p>
              <div className="table-wrap">
                <table className="table table--stack">
                  <thead>
                    <tr>
                      <th scope="col">Quand</th>
                      <th scope="col">Qui</th>
                      <th scope="col">Donnée</th>
                      <th scope="col">Personne concernée</th>
                    </tr>
                  </thead>
                  <tbody>
                    {log.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <td data-label="Quand">{formatDateTime(node.accessedAt)}</td>
                        <td data-label="Qui">
                          {node.user ? (
                            <>
                              {node.user.firstName} {node.user.lastName}
                              <br />
                              <span className="muted">{ROLE_LABELS[node.user.role]}</span>
                            </>
                          ) : (
                            'compte supprimé'
                          )}
                        </td>
                        <td data-label="Donnée">{node.dataKindLabel}</td>
                        <td data-label="Personne concernée">
                          {node.beneficiaryName ? (
                            <Link to={consolePath('person', { personId: node.beneficiaryId })}>
                              {node.beneficiaryName}
                            </Link>
                          ) : (
                            'dossier effacé'
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {log.pageInfo.hasNextPage && (
                <Button variant="secondary" isPending={loadingMore} onPress={loadMore}>
                  Afficher plus de lectures
                </Button>
              )}
            </section>
          )
        }
      </QueryState>
    </>
  );
}
