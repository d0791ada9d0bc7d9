import { consolePath } from '@console-routes';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { Badge, QueryState } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import type { AssociationStatus } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { ConfirmDialog, ModerationDecision, ReasonDialog } from './DecisionDialog';
import { formatWaitingTime } from './waiting-time';

const ASSOCIATION = graphql(`
  query ModerationAssociation($id: ID!) {
    association(id: $id) {
      id
      name
      status
      siret
      rna
      address
      commune {
        name
      }
      email
      phone
      description
      domains {
        code
        label
      }
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
      }
      createdAt
      decidedAt
      rejectionReason
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideAssociation($input: ValidateAssociationInput!) {
    validateAssociation(input: $input) {
      id
      status
      decidedAt
      rejectionReason
    }
  }
`);

export const ASSOCIATION_STATUS_LABELS: Record<AssociationStatus, string> = {
  PENDING: 'En attente de validation',
  VALIDATED: 'Validée',
  REJECTED: 'Refusée',
};

const STATUS_TONES = { PENDING: 'warning', VALIDATED: 'success', REJECTED: 'danger' } as const;

/** An association's registration, read in full, validated or refused with a reason. */
export function ModerationAssociationPage() {
  const { associationId = '' } = useParams();
  const [result, refetch] = useQuery({ query: ASSOCIATION, variables: { id: associationId } });
  const [decide, { pending }] = useAction(DECIDE);
  const [done, setDone] = useState<string | null>(null);

  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ association: a }) => (
        <>
          <PageHeader
            title={a.name}
            crumbs={[
              { label: 'Accueil', to: consolePath('home') },
              { label: 'Modération', to: consolePath('moderation') },
              { label: a.name },
            ]}
            lead={
              <>
                <Badge tone={STATUS_TONES[a.status]}>{ASSOCIATION_STATUS_LABELS[a.status]}</Badge>{' '}
                <span className="muted">
                  Inscrite le {formatDate(a.createdAt)}
                  {a.status === 'PENDING' ? `, en attente depuis ${formatWaitingTime(a.createdAt)}` : ''}
                </span>
              </>
            }
          />
          <ModerationDecision done={done} isWaiting={a.status === 'PENDING'}>
            <ConfirmDialog
              trigger="Valider l’association"
              title={`Valider « ${a.name} » ?`}
              intro="L’association pourra soumettre des missions. Ses membres reçoivent un e-mail."
              confirmLabel="Valider"
              pending={pending}
              onConfirm={async () => {
                const r = await decide({ input: { associationId: a.id, decision: 'VALIDATED' } });
                if (r.ok) setDone('L’association est validée ; ses membres en sont informés par e-mail.');
                return r;
              }}
            />
            <ReasonDialog
              trigger="Refuser l’inscription"
              title={`Refuser « ${a.name} »`}
              intro="Expliquez à l’association pourquoi son inscription est refusée."
              confirmLabel="Refuser l’inscription"
              pending={pending}
              onConfirm={async (reason) => {
                const r = await decide({ input: { associationId: a.id, decision: 'REJECTED', reason } });
                if (r.ok) setDone('L’inscription est refusée ; les membres en sont informés par e-mail avec le motif.');
                return r;
              }}
            />
          </ModerationDecision>
          {a.status !== 'PENDING' && a.decidedAt && (
            <section className="card" aria-labelledby="history-title">
              <h2 id="history-title">Décision du service Insertion</h2>
              <p>
                {ASSOCIATION_STATUS_LABELS[a.status]} le {formatDateTime(a.decidedAt)}.
              </p>
              {a.rejectionReason && (
                <p>
                  <strong>Motif :</strong> {a.rejectionReason}
                </p>
              )}
            </section>
          )}
          <section className="card" aria-labelledby="structure-title">
            <h2 id="structure-title">La structure</h2>
            <dl>
              <dt>Nom</dt>
              <dd>{a.name}</dd>
              <dt>Numéro SIRET</dt>
              <dd>{a.siret ?? 'non renseigné'}</dd>
              <dt>Numéro RNA</dt>
              <dd>{a.rna ?? 'non renseigné'}</dd>
              <dt>Adresse</dt>
              <dd>
                {a.address}
                {a.commune ? `, ${a.commune.name}` : ''}
              </dd>
              <dt>E-mail</dt>
              <dd>{a.email}</dd>
              <dt>Téléphone</dt>
              <dd>{a.phone}</dd>
              <dt>Domaines d’action</dt>
              <dd>{a.domains.map((d) => d.label).join(', ') || 'aucun'}</dd>
              <dt>Présentation</dt>
              <dd>{a.description || 'aucune'}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="people-title">
            <h2 id="people-title">Les personnes</h2>
            <dl>
              <dt>Accueil des bénévoles</dt>
              <dd>
                {a.welcomeContact.name} — {a.welcomeContact.email}
                {a.welcomeContact.phone ? ` — ${a.welcomeContact.phone}` : ''}
              </dd>
              <dt>Membres</dt>
              <dd>
                {a.members && a.members.length > 0 ? (
                  <ul className="list-reset">
                    {a.members.map((m) => (
                      <li key={m.id}>
                        {m.firstName} {m.lastName} — {m.email}
                      </li>
                    ))}
                  </ul>
                ) : (
                  'aucun'
                )}
              </dd>
            </dl>
          </section>
        </>
      )}
    </QueryState>
  );
}
