import { useState } from 'react';
import { ROLE_LABELS } from '../../app/roles';
import { useViewer } from '../../app/session';
import { Button } from '../../components/Button';
import { Alert } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { TextField } from '../../components/fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useAction } from '../../lib/use-action';
import { validateNewPassword } from '../../lib/validation';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

function ChangePasswordForm({ email }: { email: string }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useFormProblem();
  const [done, setDone] = useState(false);
  const [changePassword, { pending }] = useAction(CHANGE_PASSWORD);

  const submit = async () => {
    form.setProblem(null);
    setDone(false);
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (!result.ok) {
      form.setProblem(result.problem);
      return;
    }
    setCurrentPassword('');
    setNewPassword('');
    setConfirmation('');
    setDone(true);
  };

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">Changer de mot de passe</h2>
      <p className="muted">Vos sessions ouvertes sur d’autres appareils seront fermées.</p>
      {done && (
        <Alert tone="success" live="status">
          <p>Votre mot de passe a été changé.</p>
        </Alert>
      )}
      <ActionForm form={form} onSubmit={submit}>
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          label="Mot de passe actuel"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          isRequired
        />
        <TextField
          label="Nouveau mot de passe"
          description="Au moins 12 caractères."
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          isRequired
          validate={(value) => validateNewPassword(value, email)}
        />
        <TextField
          label="Confirmez le nouveau mot de passe"
          name="confirmation"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          isRequired
          validate={(value) => (value === newPassword ? null : 'Les deux mots de passe ne sont pas identiques.')}
        />
        <div className="form-actions">
          <Button type="submit" isPending={pending}>
            Changer le mot de passe
          </Button>
        </div>
      </ActionForm>
    </section>
  );
}

export function AccountPage() {
  const viewer = useViewer();
  return (
    <>
      <PageHeader title="Mon compte" />
      <section className="card" aria-labelledby="identity-title">
        <h2 id="identity-title">Mes informations</h2>
        <dl>
          <dt>Nom</dt>
          <dd>
            {viewer.firstName} {viewer.lastName}
          </dd>
          <dt>Adresse e-mail (identifiant)</dt>
          <dd>{viewer.email}</dd>
          <dt>Rôle</dt>
          <dd>{ROLE_LABELS[viewer.role]}</dd>
          {viewer.territory && (
            <>
              <dt>Territoire</dt>
              <dd>
                {viewer.territory.name}
                {viewer.isTerritoryManager ? ' (responsable de territoire)' : ''}
              </dd>
            </>
          )}
        </dl>
        <p className="muted">Pour corriger ces informations, adressez-vous au service Insertion du Département.</p>
      </section>
      <ChangePasswordForm email={viewer.email} />
    </>
  );
}
