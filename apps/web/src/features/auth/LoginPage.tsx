import { AFTER_LOGIN_PARAM, consolePath } from '@console-routes';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { Alert } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { safeNextPath } from '../../lib/navigation';
import { useAction } from '../../lib/use-action';
import { validateEmail } from '../../lib/validation';

const OPEN_SESSION = graphql(`
  mutation OpenSession($input: LoginInput!) {
    openSession(input: $input) {
      expiresAt
      user {
        id
        firstName
        role
      }
    }
  }
`);

/** Messages another page leaves for the login page (`?message=…`). */
const NOTICES: Record<string, string> = {
  'session-expiree': 'Votre session a expiré : reconnectez-vous.',
};

export function LoginPage() {
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormProblem();
  const [openSession, { pending }] = useAction(OPEN_SESSION);
  const notice = NOTICES[params.get('message') ?? ''];

  const submit = async () => {
    form.setProblem(null);
    const result = await openSession({ input: { email, password } });
    if (result.ok) {
      // A full load: nothing of a previous session stays in memory (shared computers).
      window.location.assign(safeNextPath(params.get(AFTER_LOGIN_PARAM)));
      return;
    }
    form.setProblem(result.problem);
    setPassword('');
  };

  return (
    <>
      <PageHeader title="Connexion" lead="Espace des professionnels du Plan insertion 01 de l’Ain." />
      {notice && !form.problem && <Alert tone="success">{notice}</Alert>}
      <div className="card">
        <ActionForm form={form} onSubmit={submit}>
          <TextField
            label="Adresse e-mail"
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            isRequired
            validate={validateEmail}
            autoFocus
          />
          <TextField
            label="Mot de passe"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            isRequired
          />
          <div className="form-actions">
            <Button type="submit" isPending={pending}>
              Se connecter
            </Button>
          </div>
        </ActionForm>
        <p style={{ marginTop: 'var(--space-4)' }}>
          <Link to={consolePath('forgotPassword')}>Mot de passe oublié ?</Link>
        </p>
      </div>
      {/* Associations: the public sign-up */}
      <p>
        Votre association souhaite accueillir des bénévoles ?{' '}
        <Link to={consolePath('associationSignUp')}>Inscrire votre structure</Link>
      </p>
    </>
  );
}
