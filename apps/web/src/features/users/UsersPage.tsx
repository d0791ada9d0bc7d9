import { consolePath } from '@console-routes';
import { useState } from 'react';
import { SearchField, Input, Label } from 'react-aria-components';
import { ROLE_LABELS } from '../../app/roles';
import { useViewer } from '../../app/session';
import { Button } from '../../components/Button';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert, Badge, EmptyState, QueryState } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { SelectField, type Option } from '../../components/choice-fields';
import { CheckboxField, TextField } from '../../components/fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { Role, UserRowFragment } from '../../gql/graphql';
import { formatCount, formatDate } from '../../lib/format';
import { useRelayList } from '../../lib/use-relay-list';
import { useAction } from '../../lib/use-action';
import { useTerritoryOptions } from '../../lib/use-territory-options';

const PAGE_SIZE = 20;

const USERS = graphql(`
  query UsersList($first: Int!, $after: String, $search: String, $role: Role, $territoryId: ID) {
    users(first: $first, after: $after, search: $search, role: $role, territoryId: $territoryId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UserRow
        }
      }
    }
  }
`);

/** The fields of an account row (also what each account mutation returns, so the row updates). */
export const USER_ROW = graphql(`
  fragment UserRow on User {
    id
    firstName
    lastName
    email
    role
    isTerritoryManager
    territory {
      id
      name
    }
    disabledAt
    passwordSetAt
    createdAt
  }
`);

const CREATE_USER = graphql(`
  mutation InviteUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

const UPDATE_USER = graphql(`
  mutation UpdateUserAccount($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserRow
    }
  }
`);

const DISABLE_USER = graphql(`
  mutation DisableUserAccount($id: ID!) {
    disableUser(id: $id) {
      ...UserRow
    }
  }
`);

const ENABLE_USER = graphql(`
  mutation EnableUserAccount($id: ID!) {
    enableUser(id: $id) {
      ...UserRow
    }
  }
`);

type UserNode = UserRowFragment;

/** The roles an administrator gives here (association members are invited by their association). */
const STAFF_ROLE_OPTIONS: Option[] = (['REFERENT', 'COORDINATOR', 'ADMIN'] as const).map((role) => ({
  id: role,
  label: ROLE_LABELS[role],
}));
const ALL_ROLE_OPTIONS: Option[] = [
  { id: '', label: 'Tous les rôles' },
  ...(['REFERENT', 'COORDINATOR', 'ADMIN', 'ASSOCIATION'] as const).map((role) => ({
    id: role,
    label: ROLE_LABELS[role],
  })),
];

function AccountState({ user }: { user: UserNode }) {
  if (user.disabledAt) return <Badge tone="danger">Désactivé le {formatDate(user.disabledAt)}</Badge>;
  if (!user.passwordSetAt) return <Badge tone="warning">Invitation envoyée</Badge>;
  return <Badge tone="success">Actif</Badge>;
}

function InviteDialog({ territories }: { territories: Option[] }) {
  const form = useFormProblem();
  const [invite, { pending }] = useAction(CREATE_USER);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [territoryId, setTerritoryId] = useState<string | null>(null);
  const [manager, setManager] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const reset = () => {
    setFirstName('');
    setLastName('');
    setEmail('');
    setRole(null);
    setTerritoryId(null);
    setManager(false);
    form.setProblem(null);
  };
  return (
    <>
      {sent && (
        <Alert tone="success" live="status">
          <p>{sent}</p>
        </Alert>
      )}
      <DialogButton trigger={<Button>Inviter une personne</Button>} title="Inviter une personne">
        {(close) => (
          <ActionForm
            form={form}
            onSubmit={async () => {
              form.setProblem(null);
              const result = await invite({
                input: {
                  firstName,
                  lastName,
                  email,
                  role: role as Role,
                  territoryId: territoryId || null,
                  isTerritoryManager: role === 'REFERENT' ? manager : false,
                },
              });
              if (!result.ok) {
                form.setProblem(result.problem);
                return;
              }
              setSent(
                `${firstName} ${lastName} est invité(e) : un e-mail lui permet de choisir son mot de passe (lien valable 7 jours).`,
              );
              reset();
              close();
            }}
          >
            <p className="muted">La personne reçoit un e-mail pour choisir elle-même son mot de passe.</p>
            <TextField label="Prénom" name="firstName" value={firstName} onChange={setFirstName} isRequired />
            <TextField label="Nom" name="lastName" value={lastName} onChange={setLastName} isRequired />
            <TextField
              label="Adresse e-mail"
              name="email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={setEmail}
              isRequired
            />
            <SelectField
              label="Rôle"
              name="role"
              options={STAFF_ROLE_OPTIONS}
              selectedKey={role}
              onSelectionChange={setRole}
              isRequired
            />
            <SelectField
              label="Territoire (CDS)"
              name="territoryId"
              description="Obligatoire pour un référent."
              options={territories}
              selectedKey={territoryId}
              onSelectionChange={setTerritoryId}
              isRequired={role === 'REFERENT'}
            />
            {role === 'REFERENT' && (
              <CheckboxField isSelected={manager} onChange={setManager} name="isTerritoryManager">
                Responsable de territoire (voit tous les dossiers de son CDS)
              </CheckboxField>
            )}
            <DialogActions
              onCancel={() => {
                reset();
                close();
              }}
              confirmLabel="Envoyer l’invitation"
              confirmType="submit"
              isPending={pending}
            />
          </ActionForm>
        )}
      </DialogButton>
    </>
  );
}

function EditDialog({ user, territories }: { user: UserNode; territories: Option[] }) {
  const form = useFormProblem();
  const [update, { pending }] = useAction(UPDATE_USER);
  const [role, setRole] = useState<string | null>(user.role);
  const [territoryId, setTerritoryId] = useState<string | null>(user.territory?.id ?? null);
  const [manager, setManager] = useState(user.isTerritoryManager);
  const association = user.role === 'ASSOCIATION';
  return (
    <DialogButton
      trigger={
        <Button variant="secondary">
          Modifier
          <span className="visually-hidden">
            {' '}
            le compte de {user.firstName} {user.lastName}
          </span>
        </Button>
      }
      title={`Modifier le compte de ${user.firstName} ${user.lastName}`}
    >
      {(close) => (
        <ActionForm
          form={form}
          onSubmit={async () => {
            form.setProblem(null);
            const result = await update({
              id: user.id,
              input: association
                ? { territoryId: territoryId || null }
                : {
                    role: role as Role,
                    territoryId: territoryId || null,
                    isTerritoryManager: role === 'REFERENT' ? manager : false,
                  },
            });
            if (!result.ok) {
              form.setProblem(result.problem);
              return;
            }
            close();
          }}
        >
          {association ? (
            <p>Rôle : {ROLE_LABELS.ASSOCIATION} (les membres d’une association sont invités par elle).</p>
          ) : (
            <SelectField
              label="Rôle"
              name="role"
              options={STAFF_ROLE_OPTIONS}
              selectedKey={role}
              onSelectionChange={setRole}
              isRequired
            />
          )}
          <SelectField
            label="Territoire (CDS)"
            name="territoryId"
            description="Obligatoire pour un référent."
            options={territories}
            selectedKey={territoryId}
            onSelectionChange={setTerritoryId}
            isRequired={role === 'REFERENT'}
          />
          {role === 'REFERENT' && (
            <CheckboxField isSelected={manager} onChange={setManager} name="isTerritoryManager">
              Responsable de territoire (voit tous les dossiers de son CDS)
            </CheckboxField>
          )}
          <DialogActions onCancel={close} confirmLabel="Enregistrer" confirmType="submit" isPending={pending} />
        </ActionForm>
      )}
    </DialogButton>
  );
}

function AccessButton({ user }: { user: UserNode }) {
  const [disable, disabling] = useAction(DISABLE_USER);
  const [enable, enabling] = useAction(ENABLE_USER);
  const [problem, setProblem] = useState<string | null>(null);
  const name = `${user.firstName} ${user.lastName}`;
  const disabled = Boolean(user.disabledAt);
  return (
    <DialogButton
      trigger={
        <Button variant={disabled ? 'secondary' : 'danger'}>
          {disabled ? 'Réactiver' : 'Désactiver'}
          <span className="visually-hidden"> le compte de {name}</span>
        </Button>
      }
      title={disabled ? `Réactiver le compte de ${name} ?` : `Désactiver le compte de ${name} ?`}
    >
      {(close) => (
        <>
          {problem && (
            <Alert tone="danger" live="alert">
              <p>{problem}</p>
            </Alert>
          )}
          <p>
            {disabled
              ? 'La personne pourra de nouveau se connecter.'
              : 'Ses sessions ouvertes cessent aussitôt de fonctionner ; elle ne peut plus se connecter.'}
          </p>
          <DialogActions
            onCancel={close}
            confirmLabel={disabled ? 'Réactiver' : 'Désactiver'}
            variant={disabled ? 'primary' : 'danger'}
            isPending={disabling.pending || enabling.pending}
            onConfirm={async () => {
              setProblem(null);
              const result = disabled ? await enable({ id: user.id }) : await disable({ id: user.id });
              if (!result.ok) {
                setProblem(result.problem.message);
                return;
              }
              close();
            }}
          />
        </>
      )}
    </DialogButton>
  );
}

/** The staff accounts: search, filters, invitations, role and territory, access. */
export function UsersPage() {
  const viewer = useViewer();
  const territories = useTerritoryOptions();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<string | null>('');
  const [territoryId, setTerritoryId] = useState<string | null>('');
  const variables = {
    first: PAGE_SIZE,
    search: query || undefined,
    role: (role || undefined) as Role | undefined,
    territoryId: territoryId || undefined,
  };
  const { result, refetch, loadMore, loadingMore } = useRelayList(
    USERS,
    variables,
    (data) => data.users.pageInfo.endCursor,
  );
  const territoryOptions = territories ?? [];

  return (
    <>
      <PageHeader
        title="Utilisateurs"
        lead="Les comptes de l’équipe : référents, coordination France Bénévolat, service Insertion et membres d’associations."
        crumbs={[{ label: 'Accueil', to: consolePath('home') }, { label: 'Utilisateurs' }]}
        actions={<InviteDialog territories={territoryOptions} />}
      />
      <form
        className="card filters"
        role="search"
        aria-label="Rechercher un compte"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(search.trim());
        }}
      >
        {/* The submit button stays outside the SearchField: a button inside it is its « clear » button. */}
        <div className="search-row">
          <SearchField className="field" value={search} onChange={setSearch} onClear={() => setQuery('')}>
            <Label>Nom, prénom ou e-mail</Label>
            <Input />
          </SearchField>
          <Button type="submit" variant="secondary">
            Rechercher
          </Button>
        </div>
        <SelectField
          label="Rôle"
          options={ALL_ROLE_OPTIONS}
          selectedKey={role}
          onSelectionChange={setRole}
          isRequired
        />
        <SelectField
          label="Territoire"
          options={[{ id: '', label: 'Tous les territoires' }, ...territoryOptions]}
          selectedKey={territoryId}
          onSelectionChange={setTerritoryId}
          isRequired
        />
      </form>
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ users }) =>
          users.totalCount === 0 ? (
            <EmptyState title="Aucun compte ne correspond à ces critères." />
          ) : (
            <section aria-labelledby="users-count">
              <p id="users-count" className="muted" role="status">
                {formatCount(users.totalCount, 'compte')}
              </p>
              <div className="table-wrap">
                <table className="table table--stack">
                  <thead>
                    <tr>
                      <th scope="col">Nom</th>
                      <th scope="col">Rôle</th>
                      <th scope="col">Territoire</th>
                      <th scope="col">État</th>
                      <th scope="col">Actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.edges.map(({ node: user }) => {
                      return (
                        <tr key={user.id}>
                          <td data-label="Nom">
                            <strong>
                              {user.firstName} {user.lastName}
                            </strong>
                            <br />
                            <span className="muted">{user.email}</span>
                          </td>
                          <td data-label="Rôle">
                            {ROLE_LABELS[user.role]}
                            {user.isTerritoryManager ? ' (responsable de territoire)' : ''}
                          </td>
                          <td data-label="Territoire">{user.territory?.name ?? '—'}</td>
                          <td data-label="État">
                            <AccountState user={user} />
                          </td>
                          <td data-label="Actions">
                            {user.id === viewer.id ? (
                              <span className="muted">Votre compte</span>
                            ) : (
                              <div className="cluster">
                                <EditDialog user={user} territories={territoryOptions} />
                                <AccessButton user={user} />
                              </div>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {users.pageInfo.hasNextPage && (
                <Button variant="secondary" isPending={loadingMore} onPress={loadMore}>
                  Afficher plus de comptes
                </Button>
              )}
            </section>
          )
        }
      </QueryState>
    </>
  );
}
