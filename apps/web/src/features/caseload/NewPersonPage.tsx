import { consolePath } from '@console-routes';
import { today, type CalendarDate } from '@internationalized/date';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, LinkButton } from '../../components/Button';
import { CommuneField, type CommuneChoice } from '../../components/CommuneField';
import { DatePickerField } from '../../components/date-fields';
import { SelectField } from '../../components/choice-fields';
import { CheckboxField, TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { PARIS } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { useTerritoryOptions } from '../../lib/use-territory-options';
import { validateEmail } from '../../lib/validation';
import {
  birthDateMessage,
  createInputOf,
  entryDateMessage,
  personNameProblem,
  phoneProblem,
  type NewPersonDraft,
} from './new-person';

const CREATE = graphql(`
  mutation CreatePersonFromConsole($input: CreateBeneficiaryInput!) {
    createBeneficiary(input: $input) {
      id
      firstName
      lastName
    }
  }
`);

const CIVILITIES = [
  { id: 'MADAME', label: 'Madame' },
  { id: 'MONSIEUR', label: 'Monsieur' },
];

/** Opens the file of a person entering the RSA scheme, then goes to that file. */
export function NewPersonPage() {
  const navigate = useNavigate();
  const form = useFormProblem();
  const territories = useTerritoryOptions();
  const [create, { pending }] = useAction(CREATE);
  const [civility, setCivility] = useState<string | null>(null);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [birthDate, setBirthDate] = useState<CalendarDate | null>(null);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [commune, setCommune] = useState<CommuneChoice | null>(null);
  const [entryDate, setEntryDate] = useState<CalendarDate | null>(null);
  const [consent, setConsent] = useState(false);
  const todayInParis = today(PARIS).toString();
  const territoryName = commune?.territoryId
    ? territories?.find((territory) => territory.id === commune.territoryId)?.label
    : undefined;

  return (
    <>
      <PageHeader
        title="Nouveau dossier"
        lead="Une personne qui entre dans le dispositif RSA : vous en devenez le référent. Le territoire (CDS) suit la commune de résidence."
        crumbs={[
          { label: 'Accueil', to: consolePath('home') },
          { label: 'Personnes', to: consolePath('people') },
          { label: 'Nouveau dossier' },
        ]}
      />
      <div className="card">
        <ActionForm
          form={form}
          onSubmit={async () => {
            const draft: NewPersonDraft = {
              civility: (civility as NewPersonDraft['civility']) ?? null,
              firstName,
              lastName,
              birthDate: birthDate?.toString() ?? null,
              email,
              phone,
              communeCode: commune?.code ?? null,
              rsaEntryDate: entryDate?.toString() ?? null,
              volunteeringConsent: consent,
            };
            const result = await create({ input: createInputOf(draft) });
            if (!result.ok) return form.setProblem(result.problem);
            const person = result.data.createBeneficiary;
            void navigate(consolePath('person', { personId: person.id }), {
              state: { notice: `Le dossier de ${person.firstName} ${person.lastName} est ouvert.` },
            });
          }}
        >
          <fieldset>
            <legend>Identité</legend>
            <SelectField
              label="Civilité"
              name="civility"
              options={CIVILITIES}
              selectedKey={civility}
              onSelectionChange={setCivility}
            />
            <TextField
              label="Prénom"
              name="firstName"
              value={firstName}
              onChange={setFirstName}
              isRequired
              maxLength={100}
              validate={personNameProblem}
              autoComplete="off"
            />
            <TextField
              label="Nom"
              name="lastName"
              value={lastName}
              onChange={setLastName}
              isRequired
              maxLength={100}
              validate={personNameProblem}
              autoComplete="off"
            />
            <DatePickerField
              label="Date de naissance"
              name="birthDate"
              value={birthDate}
              onChange={setBirthDate}
              description="Jour, mois, année : la personne a entre 18 et 100 ans."
              validate={(value) => birthDateMessage(value.toString(), todayInParis)}
            />
          </fieldset>
          <fieldset>
            <legend>Entrée dans le dispositif</legend>
            <DatePickerField
              label="Date d’entrée au RSA"
              name="rsaEntryDate"
              value={entryDate}
              onChange={setEntryDate}
              description="L’orientation est attendue dans le mois qui suit, l’accompagnement dans les deux mois."
              validate={(value) => entryDateMessage(value.toString(), birthDate?.toString() ?? null, todayInParis)}
            />
            <CommuneField value={commune} onChange={setCommune} label="Commune de résidence" />
            <p className="muted" role="status">
              {territoryName ? `Territoire : ${territoryName}` : 'Le territoire s’affiche une fois la commune choisie.'}
            </p>
          </fieldset>
          <fieldset>
            <legend>Contact</legend>
            <TextField
              label="Adresse e-mail"
              name="email"
              type="email"
              value={email}
              onChange={setEmail}
              validate={validateEmail}
              description="Les propositions de mission y sont envoyées ; sans adresse, vous les remettrez par courrier."
              autoComplete="off"
            />
            <TextField
              label="Téléphone"
              name="phone"
              type="tel"
              value={phone}
              onChange={setPhone}
              validate={phoneProblem}
              description="Un numéro français, par exemple 06 12 34 56 78."
              autoComplete="off"
            />
            <CheckboxField
              name="volunteeringConsent"
              isSelected={consent}
              onChange={setConsent}
              description="Libre et révocable à tout moment ; jamais une condition du RSA."
            >
              La personne accepte de recevoir des propositions de missions bénévoles
            </CheckboxField>
          </fieldset>
          <div className="cluster">
            <Button type="submit" isPending={pending}>
              Créer le dossier
            </Button>
            <LinkButton href={consolePath('people')} variant="secondary">
              Annuler
            </LinkButton>
          </div>
        </ActionForm>
      </div>
    </>
  );
}
