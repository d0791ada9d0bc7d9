import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { Alert, Loading } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { apiProblemOf } from '../../lib/api-errors';
import { useAction } from '../../lib/use-action';
import { validateNewPassword } from '../../lib/validation';

const PASSWORD_LINK = graphql(`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) {
      firstName
      email
      firstPassword
    }
  }
`);

const CHOOSE_PASSWORD = graphql(`
  mutation ChoosePassword($input: ChoosePasswordInput!) {
    choosePassword(input: $input) {
      expiresAt
      user {
        id
      }
    }
  }
`);

function DeadLink() {
  return (
    <>
      <PageHeader title="Lien invalide ou expiré" />
      <Alert tone="warning">
        <p>
          Ce lien a expiré ou a déjà servi. Demandez-en un nouveau : il vous sera envoyé par e-mail, valable une heure.
        </p>
      </Alert>
      <p>
        <Link className="button" to={consolePath('forgotPassword')}>
          Recevoir un nouveau lien
        </Link>
      </p>
    </>
  );
}

/** Where an invitation and a « mot de passe oublié » email lead: the person chooses their password. */
export function ChoosePasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const [link, refetchLink] = useQuery({
    query: PASSWORD_LINK,
    variables: { token },
    pause: !token,
    requestPolicy: 'network-only',
  });
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useFormProblem();
  const [choosePassword, { pending }] = useAction(CHOOSE_PASSWORD);

  if (!token) return <DeadLink />;
  if (link.fetching && !link.data) return <Loading />;
  if (link.error) {
    const linkProblem = apiProblemOf(link.error);
    if (linkProblem.code === 'INVALID_LINK') return <DeadLink />;
    return (
      <Alert tone="danger" live="alert">
        <p>{linkProblem.message}</p>
      </Alert>
    );
  }
  const account = link.data?.passwordLink;
  if (!account) return <DeadLink />;

  const submit = async () => {
    form.setProblem(null);
    const result = await choosePassword({ input: { token, password } });
    if (result.ok) {
      window.location.assign(consolePath('home'));
      return;
    }
    if (result.problem.code === 'INVALID_LINK') refetchLink({ requestPolicy: 'network-only' });
    form.setProblem(result.problem);
  };

  const title = account.firstPassword ? 'Bienvenue sur Tremplin' : 'Nouveau mot de passe';
  return (
    <>
      <PageHeader
        title={title}
        lead={`${account.firstName}, choisissez le mot de passe de votre compte ${account.email}.`}
      />
      <div className="card">
        <ActionForm form={form} onSubmit={submit}>
          <input type="text" name="username" autoComplete="username" value={account.email} readOnly hidden />
          <TextField
            label="Nouveau mot de passe"
            description="Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner."
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            isRequired
            validate={(value) => validateNewPassword(value, account.email)}
          />
          <TextField
            label="Confirmez le mot de passe"
            name="confirmation"
            type="password"
            autoComplete="new-password"
            value={confirmation}
            onChange={setConfirmation}
            isRequired
            validate={(value) => (value === password ? null : 'Les deux mots de passe ne sont pas identiques.')}
          />
          <div className="form-actions">
            <Button type="submit" isPending={pending}>
              Enregistrer et me connecter
            </Button>
          </div>
        </ActionForm>
      </div>
    </>
  );
}
