// The public sign-up of a host association: the structure (its RNA or SIRET number checked as the
// server checks it, its commune found by name), the person who welcomes volunteers, the first
// member's account (they choose their password) and the charter; then what happens next (the
// Département validates the registration, the association is told by email).
import '../../styles/association-workspace.css';
import { consolePath } from '@console-routes';
import { normalizeRna, normalizeSiret, rnaProblem, siretProblem } from '@domain/associations/legal-identifiers';
import { useState } from 'react';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { CommuneField, type CommuneChoice } from '../../components/CommuneField';
import { Alert, QueryState } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { CheckboxField, TextField, FieldErrorFr } from '../../components/fields';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { useAction } from '../../lib/use-action';
import { validateEmail, validateNewPassword } from '../../lib/validation';
import { identifierProblem, validatePhone } from './sign-up-rules';

const DOMAINS = graphql(`
  query SignUpDomains {
    missionDomains {
      code
      label
    }
  }
`);

const REGISTER = graphql(`
  mutation RegisterAssociationFromConsole($input: RegisterAssociationInput!) {
    registerAssociation(input: $input) {
      id
      name
      status
    }
  }
`);

const CHARTER_MESSAGE = 'Acceptez la charte pour envoyer l’inscription.';

export function SignUpPage() {
  const [sent, setSent] = useState<{ name: string; email: string } | null>(null);
  if (sent) return <SignUpSent name={sent.name} email={sent.email} />;
  return <SignUpForm onSent={setSent} />;
}

function SignUpSent({ name, email }: { name: string; email: string }) {
  return (
    <>
      <PageHeader title="Inscription envoyée" lead={`Merci : l’inscription de « ${name} » est bien enregistrée.`} />
      <Alert tone="success" title="Votre inscription attend la validation du Département" live="status">
        <p>Le service Insertion du Département de l’Ain vérifie les informations de votre structure.</p>
      </Alert>
      <div className="card">
        <h2>Et maintenant ?</h2>
        <ol>
          <li>
            Un e-mail de confirmation part vers <strong>{email}</strong>.
          </li>
          <li>
            Le service Insertion valide votre inscription, ou la refuse en vous expliquant pourquoi : vous êtes
            prévenu(e) par e-mail dans les deux cas.
          </li>
          <li>
            Vous pouvez déjà vous connecter avec votre adresse e-mail et le mot de passe choisi pour préparer vos fiches
            mission ; elles seront soumises à validation une fois votre structure validée.
          </li>
        </ol>
        <p>
          <Link to={consolePath('login')}>Se connecter</Link>
        </p>
      </div>
    </>
  );
}

function SignUpForm({ onSent }: { onSent: (sent: { name: string; email: string }) => void }) {
  const form = useFormProblem();
  const [domainsResult, refetchDomains] = useQuery({ query: DOMAINS });
  const [register, { pending }] = useAction(REGISTER);
  const [name, setName] = useState('');
  const [rna, setRna] = useState('');
  const [siret, setSiret] = useState('');
  const [description, setDescription] = useState('');
  const [domainCodes, setDomainCodes] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [commune, setCommune] = useState<CommuneChoice | null>(null);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [welcomeName, setWelcomeName] = useState('');
  const [welcomeEmail, setWelcomeEmail] = useState('');
  const [welcomePhone, setWelcomePhone] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [memberEmail, setMemberEmail] = useState('');
  const [memberPhone, setMemberPhone] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [charter, setCharter] = useState(false);
  const [charterError, setCharterError] = useState(false);

  const submit = async () => {
    if (!charter) {
      setCharterError(true);
      return;
    }
    form.setProblem(null);
    const result = await register({
      input: {
        name: name.trim(),
        rna: rna.trim() ? normalizeRna(rna) : null,
        siret: siret.trim() ? normalizeSiret(siret) : null,
        description: description.trim() || null,
        domainCodes,
        address: address.trim(),
        communeCode: commune?.code ?? '',
        email: email.trim(),
        phone: phone.trim(),
        welcomeContact: { name: welcomeName.trim(), email: welcomeEmail.trim(), phone: welcomePhone.trim() || null },
        member: {
          firstName: firstName.trim(),
          lastName: lastName.trim(),
          email: memberEmail.trim(),
          phone: memberPhone.trim() || null,
          password,
        },
      },
    });
    if (!result.ok) {
      form.setProblem(result.problem);
      return;
    }
    window.scrollTo(0, 0);
    onSent({ name: result.data.registerAssociation.name, email: memberEmail.trim() });
  };

  return (
    <>
      <PageHeader
        title="Inscrire votre structure"
        lead="Associations et structures d’accueil de l’Ain : proposez des missions bénévoles aux personnes accompagnées dans le cadre du RSA. Tous les champs sont obligatoires, sauf mention « facultatif »."
      />
      <ActionForm form={form} onSubmit={submit} ariaLabelledby="page-title">
        <section className="card" aria-labelledby="step-structure">
          <h2 id="step-structure">1. Votre structure</h2>
          <TextField
            label="Nom de la structure"
            name="name"
            value={name}
            onChange={setName}
            isRequired
            autoComplete="organization"
            validate={(v) => (v.trim().length < 2 ? 'Saisissez au moins 2 caractères.' : null)}
          />
          <p className="muted">Indiquez le numéro RNA ou le numéro SIRET de la structure (au moins l’un des deux).</p>
          <div className="form-row">
            <TextField
              label="Numéro RNA"
              description="La lettre W suivie de 9 chiffres, par exemple W011234567"
              name="rna"
              value={rna}
              onChange={setRna}
              isRequired={!siret.trim()}
              validate={(v) => identifierProblem(v, normalizeRna, rnaProblem, 'Le numéro RNA')}
            />
            <TextField
              label="Numéro SIRET"
              description="14 chiffres, espaces permis"
              name="siret"
              value={siret}
              onChange={setSiret}
              inputMode="numeric"
              isRequired={!rna.trim()}
              validate={(v) => identifierProblem(v, normalizeSiret, siretProblem, 'Le numéro SIRET')}
            />
          </div>
          <QueryState result={domainsResult} onRetry={() => refetchDomains({ requestPolicy: 'network-only' })}>
            {({ missionDomains }) => (
              <CheckboxGroup
                className="field checkbox-group"
                name="domainCodes"
                value={domainCodes}
                onChange={setDomainCodes}
                isRequired
                validate={(value) => (value.length === 0 ? 'Choisissez au moins un domaine.' : null)}
              >
                <Label>Domaines d’action</Label>
                <Text slot="description" className="field__description">
                  Un ou plusieurs.
                </Text>
                <div className="checkbox-list">
                  {missionDomains.map((domain) => (
                    <Checkbox key={domain.code} value={domain.code} className="checkbox">
                      {({ isSelected }) => (
                        <>
                          <span className="checkbox__box" aria-hidden="true">
                            {isSelected ? '✓' : ''}
                          </span>
                          <span>{domain.label}</span>
                        </>
                      )}
                    </Checkbox>
                  ))}
                </div>
                <FieldErrorFr />
              </CheckboxGroup>
            )}
          </QueryState>
          <TextField
            label="Présentation de la structure"
            name="description"
            value={description}
            onChange={setDescription}
            multiline
            rows={4}
            maxLength={2000}
            description="Ce que fait la structure, en quelques phrases (2 000 caractères au plus)."
          />
          <TextField
            label="Adresse (numéro et voie)"
            name="address"
            value={address}
            onChange={setAddress}
            isRequired
            autoComplete="street-address"
            validate={(v) => (v.trim().length < 3 ? 'Saisissez au moins 3 caractères.' : null)}
          />
          <CommuneField value={commune} onChange={setCommune} name="communeCode" />
          <div className="form-row">
            <TextField
              label="Adresse e-mail de la structure"
              name="email"
              type="email"
              value={email}
              onChange={setEmail}
              isRequired
              validate={validateEmail}
            />
            <TextField
              label="Téléphone de la structure"
              name="phone"
              type="tel"
              value={phone}
              onChange={setPhone}
              isRequired
              validate={validatePhone}
            />
          </div>
        </section>

        <section className="card" aria-labelledby="step-welcome">
          <h2 id="step-welcome">2. La personne qui accueille les bénévoles</h2>
          <p className="muted">Elle reçoit les invitations aux entretiens et figure sur les fiches mission.</p>
          <TextField
            label="Prénom et nom"
            name="welcomeContact.name"
            value={welcomeName}
            onChange={setWelcomeName}
            isRequired
            validate={(v) => (v.trim().length < 2 ? 'Saisissez au moins 2 caractères.' : null)}
          />
          <div className="form-row">
            <TextField
              label="Adresse e-mail"
              name="welcomeContact.email"
              type="email"
              value={welcomeEmail}
              onChange={setWelcomeEmail}
              isRequired
              validate={validateEmail}
            />
            <TextField
              label="Téléphone"
              name="welcomeContact.phone"
              type="tel"
              value={welcomePhone}
              onChange={setWelcomePhone}
              validate={validatePhone}
            />
          </div>
        </section>

        <section className="card" aria-labelledby="step-account">
          <h2 id="step-account">3. Votre compte Tremplin</h2>
          <div className="form-row">
            <TextField
              label="Prénom"
              name="member.firstName"
              value={firstName}
              onChange={setFirstName}
              isRequired
              autoComplete="given-name"
            />
            <TextField
              label="Nom"
              name="member.lastName"
              value={lastName}
              onChange={setLastName}
              isRequired
              autoComplete="family-name"
            />
          </div>
          <div className="form-row">
            <TextField
              label="Votre adresse e-mail"
              description="Elle servira à vous connecter."
              name="member.email"
              type="email"
              value={memberEmail}
              onChange={setMemberEmail}
              isRequired
              autoComplete="email"
              validate={validateEmail}
            />
            <TextField
              label="Votre téléphone"
              name="member.phone"
              type="tel"
              value={memberPhone}
              onChange={setMemberPhone}
              autoComplete="tel"
              validate={validatePhone}
            />
          </div>
          <div className="form-row">
            <TextField
              label="Mot de passe"
              description="Au moins 12 caractères, sans reprendre votre adresse e-mail."
              name="member.password"
              type="password"
              value={password}
              onChange={setPassword}
              isRequired
              autoComplete="new-password"
              validate={(v) => validateNewPassword(v, memberEmail)}
            />
            <TextField
              label="Confirmez le mot de passe"
              name="passwordConfirmation"
              type="password"
              value={confirmation}
              onChange={setConfirmation}
              isRequired
              autoComplete="new-password"
              validate={(v) => (v === password ? null : 'Les deux mots de passe ne sont pas identiques.')}
            />
          </div>
        </section>

        <section className="card" aria-labelledby="step-charter">
          <h2 id="step-charter">4. La charte de l’accueil bénévole</h2>
          <ul>
            <li>Les missions proposées ne remplacent aucun emploi salarié et ne demandent aucune contrepartie.</li>
            <li>
              La structure accueille la personne, nomme quelqu’un pour l’accompagner et atteste à la fin les compétences
              mises en œuvre.
            </li>
            <li>
              Les informations sur la personne (prénom, contact) ne servent qu’à son accueil et ne sont transmises à
              personne.
            </li>
          </ul>
          <CheckboxField
            name="charter"
            isSelected={charter}
            onChange={(selected) => {
              setCharter(selected);
              if (selected) setCharterError(false);
            }}
          >
            J’ai lu la charte et je l’accepte au nom de la structure.
          </CheckboxField>
          {charterError && (
            <p className="field__error" role="alert">
              {CHARTER_MESSAGE}
            </p>
          )}
        </section>

        <div className="form-actions">
          <Button type="submit" isPending={pending}>
            Envoyer l’inscription
          </Button>
        </div>
      </ActionForm>
      <p>
        Votre structure est déjà inscrite ? <Link to={consolePath('login')}>Se connecter</Link>
      </p>
    </>
  );
}
