import { useState } from 'react';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/choice-fields';
import { CheckboxField, TextField, FieldErrorFr } from '../../components/fields';
import { Alert, QueryState } from '../../components/feedback';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { graphql } from '../../gql';
import type { PersonInformationsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { AvailabilityGrid } from './AvailabilityGrid';
import { JobsPicker } from './JobsPicker';
import { PersonalDataExportSection } from './PersonalDataExportSection';
import { FRENCH_LEVELS, FRENCH_LEVEL_LABELS, MOBILITY_MODES, MOBILITY_MODE_LABELS } from './person-file-labels';
import type { PersonTabProps } from './person-tabs';
import {
  MAX_INTERESTS,
  distanceProblem,
  draftOfProfile,
  emailProblem,
  phoneProblem,
  profileInputOf,
  type ProfileDraft,
} from './profile-draft';
import './person-file.css';

/** The profile as the form reads it and the mutations give it back (the cache updates it by id). */
export const PROFILE_FIELDS = graphql(`
  fragment PersonProfile on Beneficiary {
    id
    email
    phone
    status
    viewerCanEdit
    viewerCanReadSensitive
    mobility {
      modes
      hasDrivingLicence
      hasVehicle
      maxDistanceKm
      description
    }
    availability {
      day
      part
    }
    availabilityDescription
    interests {
      code
      label
    }
    targetJobs {
      romeCode
      label
    }
    frenchLevel
    volunteeringConsent {
      given
      givenAt
      withdrawnAt
    }
  }
`);

const PERSON_INFORMATIONS = graphql(`
  query PersonInformations($id: ID!) {
    beneficiary(id: $id) {
      ...PersonProfile
    }
    jobs {
      romeCode
      label
    }
    missionDomains {
      code
      label
    }
  }
`);

const UPDATE_PROFILE = graphql(`
  mutation UpdatePersonProfile($id: ID!, $input: UpdateBeneficiaryProfileInput!) {
    updateBeneficiaryProfile(id: $id, input: $input) {
      ...PersonProfile
    }
  }
`);

const CONSENT_HISTORY = graphql(`
  query PersonConsentHistory($beneficiaryId: ID!) {
    logbook(beneficiaryId: $beneficiaryId, types: [CONSENT_GIVEN, CONSENT_WITHDRAWN], first: 50) {
      totalCount
      edges {
        node {
          id
          type
          occurredAt
          author {
            firstName
            lastName
          }
        }
      }
    }
  }
`);

const GIVE_CONSENT = graphql(`
  mutation GivePersonConsent($beneficiaryId: ID!) {
    giveVolunteeringConsent(beneficiaryId: $beneficiaryId) {
      ...PersonProfile
    }
  }
`);

const WITHDRAW_CONSENT = graphql(`
  mutation WithdrawPersonConsent($beneficiaryId: ID!) {
    withdrawVolunteeringConsent(beneficiaryId: $beneficiaryId) {
      ...PersonProfile
    }
  }
`);

type Data = PersonInformationsQuery;

/** The « Informations » tab: contact, mobility, availability, project, French, and the consent. */
export default function InformationsTab({ personId }: PersonTabProps) {
  const [result, refetch] = useQuery({ query: PERSON_INFORMATIONS, variables: { id: personId } });
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <div className="person-tab stack">
          <ProfileForm key={data.beneficiary.id} data={data} />
          <ConsentSection data={data} />
          {data.beneficiary.viewerCanReadSensitive && <PersonalDataExportSection personId={data.beneficiary.id} />}
        </div>
      )}
    </QueryState>
  );
}

function ProfileForm({ data }: { data: Data }) {
  const person = data.beneficiary;
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOfProfile(person));
  const [saved, setSaved] = useState(false);
  const form = useFormProblem();
  const [update, updating] = useAction(UPDATE_PROFILE);
  const editable = person.viewerCanEdit && person.status !== 'LEFT';
  const set =
    <K extends keyof ProfileDraft>(key: K) =>
    (value: ProfileDraft[K]) => {
      setSaved(false);
      setDraft((current) => ({ ...current, [key]: value }));
    };

  const save = async () => {
    form.setProblem(null);
    setSaved(false);
    const outcome = await update({ id: person.id, input: profileInputOf(draft) });
    if (!outcome.ok) {
      // What was typed stays: the draft is only replaced by what the server saved.
      form.setProblem(outcome.problem);
      return;
    }
    setDraft(draftOfProfile(outcome.data.updateBeneficiaryProfile));
    setSaved(true);
  };

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Profil</h2>
      {!editable && (
        <Alert tone="info">
          <p>Vous pouvez lire ce dossier sans le modifier.</p>
        </Alert>
      )}
      {saved && (
        <Alert tone="success" live="status">
          <p>Profil enregistré : les suggestions de missions vont être recalculées.</p>
        </Alert>
      )}
      <ActionForm form={form} onSubmit={save} ariaLabelledby="profile-title">
        <h3>Coordonnées</h3>
        <div className="form-row">
          <TextField
            label="Adresse e-mail"
            name="email"
            type="email"
            value={draft.email}
            onChange={set('email')}
            validate={emailProblem}
            isDisabled={!editable}
            description="Les propositions de mission y sont envoyées. Sans adresse, elles sont remises par courrier."
          />
          <TextField
            label="Téléphone"
            name="phone"
            type="tel"
            value={draft.phone}
            onChange={set('phone')}
            validate={phoneProblem}
            isDisabled={!editable}
            description="Un numéro français, par exemple 06 12 34 56 78."
          />
        </div>

        <h3>Mobilité</h3>
        <CheckboxGroup
          className="field checkbox-group"
          name="mobility.modes"
          value={draft.modes}
          onChange={(modes) => set('modes')(modes as ProfileDraft['modes'])}
          isDisabled={!editable}
        >
          <Label>
            Moyens de déplacement <span className="muted">(facultatif)</span>
          </Label>
          {MOBILITY_MODES.map((mode) => (
            <Checkbox key={mode} value={mode} className="checkbox">
              {({ isSelected }) => (
                <>
                  <span className="checkbox__box" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  <span>{MOBILITY_MODE_LABELS[mode]}</span>
                </>
              )}
            </Checkbox>
          ))}
          <FieldErrorFr />
        </CheckboxGroup>
        <CheckboxField
          name="mobility.hasDrivingLicence"
          isSelected={draft.hasDrivingLicence}
          onChange={set('hasDrivingLicence')}
          isDisabled={!editable}
        >
          Titulaire du permis de conduire (B)
        </CheckboxField>
        <CheckboxField
          name="mobility.hasVehicle"
          isSelected={draft.hasVehicle}
          onChange={set('hasVehicle')}
          isDisabled={!editable}
        >
          Dispose d’un véhicule (voiture, deux-roues motorisé)
        </CheckboxField>
        <TextField
          label="Distance maximale acceptée, en km"
          name="mobility.maxDistanceKm"
          inputMode="numeric"
          value={draft.maxDistanceKm}
          onChange={set('maxDistanceKm')}
          validate={distanceProblem}
          isDisabled={!editable}
          description="De 1 à 150 km. Sans distance, les suggestions restent proches du domicile."
        />

        <AvailabilityGrid value={draft.availability} onChange={set('availability')} isDisabled={!editable} />

        <h3>Projet et centres d’intérêt</h3>
        <JobsPicker
          jobs={data.jobs}
          value={draft.targetJobCodes}
          onChange={set('targetJobCodes')}
          isDisabled={!editable}
        />
        <CheckboxGroup
          className="field checkbox-group"
          name="interestDomainCodes"
          value={draft.interestDomainCodes}
          onChange={set('interestDomainCodes')}
          isDisabled={!editable}
        >
          <Label>
            Centres d’intérêt <span className="muted">(facultatif)</span>
          </Label>
          <Text slot="description" className="field__description">
            Les domaines de mission qui intéressent la personne ({MAX_INTERESTS} au plus).
          </Text>
          {data.missionDomains.map((domain) => (
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
          <FieldErrorFr />
        </CheckboxGroup>
        <SelectField
          label="Niveau de français"
          name="frenchLevel"
          options={FRENCH_LEVELS.map((level) => ({ id: level, label: FRENCH_LEVEL_LABELS[level] }))}
          selectedKey={draft.frenchLevel}
          onSelectionChange={(key) => set('frenchLevel')(key as ProfileDraft['frenchLevel'])}
          isDisabled={!editable}
          placeholder="Non renseigné"
        />
        {editable && (
          <div className="form-actions">
            <Button type="submit" isPending={updating.pending}>
              Enregistrer le profil
            </Button>
          </div>
        )}
      </ActionForm>
    </section>
  );
}

function ConsentSection({ data }: { data: Data }) {
  const person = data.beneficiary;
  const [history, refetchHistory] = useQuery({ query: CONSENT_HISTORY, variables: { beneficiaryId: person.id } });
  const [give, giving] = useAction(GIVE_CONSENT);
  const [withdraw, withdrawing] = useAction(WITHDRAW_CONSENT);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const consent = person.volunteeringConsent;
  const editable = person.viewerCanEdit && person.status === 'ACTIVE';

  const change = async (next: boolean) => {
    setProblem(null);
    setNotice(null);
    const outcome = next ? await give({ beneficiaryId: person.id }) : await withdraw({ beneficiaryId: person.id });
    if (!outcome.ok) {
      setProblem(outcome.problem.message);
      return;
    }
    setNotice(
      next
        ? 'Accord enregistré : la personne peut recevoir des propositions de missions.'
        : 'Retrait enregistré : plus aucune mission ne sera proposée à la personne.',
    );
    refetchHistory({ requestPolicy: 'network-only' });
  };

  return (
    <section className="card" aria-labelledby="consent-title">
      <h2 id="consent-title">Accord pour le bénévolat</h2>
      <p>
        {consent.given
          ? `La personne a donné son accord pour recevoir des propositions de missions bénévoles${consent.givenAt ? ` (le ${formatDateTime(consent.givenAt)})` : ''}.`
          : consent.withdrawnAt
            ? `La personne a retiré son accord le ${formatDateTime(consent.withdrawnAt)} : aucune mission ne lui est proposée.`
            : 'La personne n’a pas encore donné son accord : aucune mission ne lui est proposée.'}{' '}
        L’accord est libre et révocable à tout moment.
      </p>
      {problem && (
        <Alert tone="danger" live="alert">
          <p>{problem}</p>
        </Alert>
      )}
      {notice && (
        <Alert tone="success" live="status">
          <p>{notice}</p>
        </Alert>
      )}
      {editable && (
        <div className="form-actions">
          {consent.given ? (
            <Button variant="secondary" onPress={() => void change(false)} isPending={withdrawing.pending}>
              Enregistrer le retrait de l’accord
            </Button>
          ) : (
            <Button variant="secondary" onPress={() => void change(true)} isPending={giving.pending}>
              Enregistrer l’accord de la personne
            </Button>
          )}
        </div>
      )}
      <h3>Historique de l’accord</h3>
      <QueryState result={history} onRetry={() => refetchHistory({ requestPolicy: 'network-only' })}>
        {({ logbook }) =>
          logbook.edges.length === 0 ? (
            <p className="muted">Aucun accord ni retrait enregistré.</p>
          ) : (
            <ul className="item-list">
              {logbook.edges.map(({ node }) => (
                <li key={node.id}>
                  {node.type === 'CONSENT_GIVEN' ? 'Accord donné' : 'Accord retiré'} le{' '}
                  {formatDateTime(node.occurredAt)}
                  {node.author && ` — enregistré par ${node.author.firstName} ${node.author.lastName}`}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
