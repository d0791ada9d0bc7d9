import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { Alert } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useAction } from '../../lib/use-action';
import { validateEmail } from '../../lib/validation';

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormProblem();
  const [requestReset, { pending }] = useAction(REQUEST_RESET);

  const submit = async () => {
    form.setProblem(null);
    const result = await requestReset({ input: { email } });
    if (result.ok) setSentTo(email);
    else form.setProblem(result.problem);
  };

  return (
    <>
      <PageHeader title="Mot de passe oublié" lead="Recevez par e-mail un lien pour choisir un nouveau mot de passe." />
      {sentTo ? (
        <Alert tone="success" live="status" title="Demande enregistrée">
          <p>
            Si un compte actif correspond à {sentTo}, un e-mail vient de lui être envoyé. Le lien est valable une heure
            et ne sert qu’une fois. Pensez à regarder dans les indésirables.
          </p>
        </Alert>
      ) : (
        <div className="card">
          <ActionForm form={form} onSubmit={submit}>
            <TextField
              label="Adresse e-mail de votre compte"
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              isRequired
              validate={validateEmail}
            />
            <div className="form-actions">
              <Button type="submit" isPending={pending}>
                Recevoir le lien
              </Button>
            </div>
          </ActionForm>
        </div>
      )}
      <p>
        <Link to={consolePath('login')}>Revenir à la connexion</Link>
      </p>
    </>
  );
}
