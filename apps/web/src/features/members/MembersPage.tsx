// The association's accounts: who can log in for the structure, and whether each has chosen a
// password yet; a member invites a colleague, who chooses their password from the email. The
// structure's own details (status, contact, welcome contact) come with them.
import '../../styles/association-workspace.css';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { Button } from '../../components/Button';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { Alert, Badge, EmptyState, QueryState } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { AssociationStatus } from '../../gql/graphql';
import { formatCount, formatDate } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { validateEmail } from '../../lib/validation';

const MEMBERS = graphql(`
  query AssociationMembers($id: ID!) {
    association(id: $id) {
      id
      name
      status
      email
      phone
      welcomeContact {
        name
        email
        phone
      }
      members {
        id
        firstName
        lastName
        email
        phone
        createdAt
        passwordSetAt
        disabledAt
      }
    }
  }
`);

const INVITE_MEMBER = graphql(`
  mutation InviteAssociationMember($input: InviteAssociationMemberInput!) {
    inviteAssociationMember(input: $input) {
      id
      firstName
      lastName
      email
      phone
      createdAt
      passwordSetAt
      disabledAt
    }
  }
`);

const STATUS_LABELS: Record<AssociationStatus, string> = {
  PENDING: 'En attente de validation par le Département',
  VALIDATED: 'Validée par le Département',
  REJECTED: 'Refusée par le Département',
};

export function MembersPage() {
  const viewer = useViewer();
  const [result, refetch] = useQuery({
    query: MEMBERS,
    variables: { id: viewer.associationId ?? '' },
    pause: !viewer.associationId,
  });
  return (
    <>
      <PageHeader title="Membres" lead="Les personnes qui se connectent à Tremplin pour votre structure." />
      {!viewer.associationId ? (
        <EmptyState title="Votre compte n’est rattaché à aucune structure." />
      ) : (
        <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {({ association }) => {
            const members = [...(association.members ?? [])].sort((a, b) =>
              `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'fr'),
            );
            return (
              <>
                <section className="card" aria-labelledby="structure-title">
                  <h2 id="structure-title">{association.name}</h2>
                  <dl>
                    <dt>État</dt>
                    <dd>{STATUS_LABELS[association.status]}</dd>
                    <dt>Contact de la structure</dt>
                    <dd>
                      {association.email} · {association.phone}
                    </dd>
                    <dt>Accueil des bénévoles</dt>
                    <dd>
                      {association.welcomeContact.name} · {association.welcomeContact.email}
                      {association.welcomeContact.phone ? ` · ${association.welcomeContact.phone}` : ''}
                    </dd>
                  </dl>
                </section>
                <h2>Comptes</h2>
                {members.length === 0 ? (
                  <EmptyState title="Aucun compte pour l’instant." />
                ) : (
                  <>
                    <p className="muted">{formatCount(members.length, 'compte')}</p>
                    <ul className="list-reset item-list">
                      {members.map((member) => (
                        <li key={member.id}>
                          <h3 className="item-title">
                            {member.firstName} {member.lastName}
                            {member.id === viewer.id ? ' (vous)' : ''}
                          </h3>
                          <p>
                            <a href={`mailto:${member.email}`}>{member.email}</a>
                            {member.phone ? ` · ${member.phone}` : ''}
                          </p>
                          <p>
                            {member.disabledAt ? (
                              <Badge tone="neutral">Désactivé le {formatDate(member.disabledAt)}</Badge>
                            ) : member.passwordSetAt ? (
                              <Badge tone="success">Actif</Badge>
                            ) : (
                              <Badge tone="warning">Invitation envoyée, mot de passe pas encore choisi</Badge>
                            )}{' '}
                            <span className="muted">compte créé le {formatDate(member.createdAt)}</span>
                          </p>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <InviteMemberDialog associationId={association.id} />
                <p className="muted">Pour retirer un compte, écrivez au service Insertion du Département.</p>
              </>
            );
          }}
        </QueryState>
      )}
    </>
  );
}

/** Invites a colleague: the account opens without a password, the person chooses it from the email. */
function InviteMemberDialog({ associationId }: { associationId: string }) {
  const form = useFormProblem();
  const [invite, { pending }] = useAction(INVITE_MEMBER);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const reset = () => {
    setFirstName('');
    setLastName('');
    setEmail('');
    form.setProblem(null);
  };
  return (
    <>
      {sent && (
        <Alert tone="success" live="status">
          <p>{sent}</p>
        </Alert>
      )}
      <DialogButton trigger={<Button>Inviter un membre</Button>} title="Inviter un membre de votre structure">
        {(close) => (
          <ActionForm
            form={form}
            onSubmit={async () => {
              form.setProblem(null);
              const result = await invite({ input: { associationId, firstName, lastName, email } });
              if (!result.ok) {
                form.setProblem(result.problem);
                return;
              }
              setSent(
                `${firstName.trim()} ${lastName.trim()} est invité(e) : un e-mail lui permet de choisir son mot de passe (lien valable 7 jours).`,
              );
              reset();
              close();
            }}
          >
            <p className="muted">
              La personne pourra agir pour votre structure comme vous. Elle reçoit un e-mail pour choisir elle-même son
              mot de passe.
            </p>
            <TextField label="Prénom" name="firstName" value={firstName} onChange={setFirstName} isRequired />
            <TextField label="Nom" name="lastName" value={lastName} onChange={setLastName} isRequired />
            <TextField
              label="Adresse e-mail"
              name="email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={setEmail}
              validate={validateEmail}
              isRequired
            />
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
