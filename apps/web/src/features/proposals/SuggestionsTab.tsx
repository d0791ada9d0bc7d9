import { consolePath } from '@console-routes';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { CommuneField, type CommuneChoice } from '../../components/CommuneField';
import { Alert, EmptyState, Loading, QueryState } from '../../components/feedback';
import { SelectField } from '../../components/choice-fields';
import { CheckboxField, TextField } from '../../components/fields';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import type { PersonTabProps } from '../people/person-tabs';
import { ProposeDialog, type ChosenMission } from './ProposeDialog';
import { distanceLabel, scheduleFitLabel, scoreLabel } from './proposal-display';
import '../../styles/proposals.css';

const SUGGESTIONS = graphql(`
  query PersonSuggestions($beneficiaryId: ID!) {
    beneficiary(id: $beneficiaryId) {
      id
      firstName
      lastName
      email
    }
    missionSuggestions(beneficiaryId: $beneficiaryId, first: 20) {
      totalCount
      computedAt
      unmatchedReasons
      edges {
        node {
          rank
          score
          explanation
          breakdown {
            distanceKm
            scheduleFit
          }
          mission {
            id
            title
            summary
            scheduleDescription
            placesLeft
            commune {
              name
            }
            association {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const MISSION_SEARCH = graphql(`
  query ProposableMissions($text: String, $domain: String, $communeCode: String) {
    missions(text: $text, domain: $domain, communeCode: $communeCode, status: [PUBLISHED], first: 10) {
      totalCount
      edges {
        node {
          id
          title
          scheduleDescription
          placesLeft
          commune {
            name
          }
          domain {
            label
          }
          association {
            id
            name
          }
        }
      }
    }
  }
`);

const DOMAINS = graphql(`
  query ProposalDomains {
    missionDomains {
      code
      label
    }
  }
`);

/** The suggestions tab: ranked missions with their reasons, a search for others, and « Proposer ». */
export function SuggestionsTab({ personId }: PersonTabProps) {
  const [result, refetch] = useQuery({ query: SUGGESTIONS, variables: { beneficiaryId: personId } });
  const [chosen, setChosen] = useState<ChosenMission[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = (mission: ChosenMission, selected: boolean) =>
    setChosen((current) =>
      selected ? [...current.filter((m) => m.id !== mission.id), mission] : current.filter((m) => m.id !== mission.id),
    );
  const isChosen = (id: string) => chosen.some((m) => m.id === id);

  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ beneficiary: person, missionSuggestions: suggestions }) => (
        <div className="stack">
          <h2>Missions suggérées</h2>
          {notice && (
            <Alert tone="success" live="status">
              <p>
                {notice}{' '}
                <Link href={consolePath('personTab', { personId, tab: 'propositions' })}>Voir les propositions</Link>
              </p>
            </Alert>
          )}
          <p className="muted">
            {suggestions.computedAt
              ? `Classées de la plus adaptée à la moins adaptée (calcul du ${formatDateTime(suggestions.computedAt)}).`
              : 'Les suggestions n’ont pas encore été calculées pour cette personne.'}{' '}
            Cochez une ou plusieurs missions, puis proposez-les.
          </p>
          {suggestions.edges.length === 0 ? (
            <EmptyState title="Aucune mission ne peut être suggérée pour l’instant.">
              {suggestions.unmatchedReasons.length > 0 ? (
                <>
                  <p>Pourquoi :</p>
                  <ul>
                    {suggestions.unmatchedReasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>
                  {suggestions.computedAt
                    ? 'Aucune mission publiée ne correspond à son profil pour l’instant.'
                    : 'Le calcul n’a pas encore eu lieu : revenez dans quelques instants.'}
                </p>
              )}
              <p>Vous pouvez aussi chercher une mission ci-dessous.</p>
            </EmptyState>
          ) : (
            <ol className="suggestion-list" aria-label="Missions suggérées, de la plus adaptée à la moins adaptée">
              {suggestions.edges.map(({ node }) => {
                const mission: ChosenMission = {
                  id: node.mission.id,
                  title: node.mission.title,
                  associationName: node.mission.association.name,
                };
                return (
                  <li key={node.mission.id} className="card suggestion">
                    <div className="suggestion__head">
                      <h3>
                        {node.rank}. {node.mission.title}
                      </h3>
                      <p className="suggestion__score">
                        <span className="visually-hidden">Score : </span>
                        {scoreLabel(node.score)}
                      </p>
                    </div>
                    <p className="muted">
                      {node.mission.association.name} · {node.mission.commune.name} (
                      {distanceLabel(node.breakdown.distanceKm)}) · {node.mission.scheduleDescription} ·{' '}
                      {scheduleFitLabel(node.breakdown.scheduleFit)}
                    </p>
                    <p>Pourquoi cette mission :</p>
                    <ul>
                      {node.explanation.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                    <CheckboxField isSelected={isChosen(mission.id)} onChange={(selected) => toggle(mission, selected)}>
                      Choisir « {node.mission.title} »
                    </CheckboxField>
                  </li>
                );
              })}
            </ol>
          )}
          <MissionSearch isChosen={isChosen} onToggle={toggle} />
          <div className="propose-bar" aria-live="polite">
            <p>
              {chosen.length === 0
                ? 'Aucune mission choisie.'
                : chosen.length === 1
                  ? '1 mission choisie.'
                  : `${chosen.length} missions choisies.`}
            </p>
            <ProposeDialog
              person={person}
              missions={chosen}
              onDone={(message) => {
                setChosen([]);
                setNotice(message);
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          </div>
        </div>
      )}
    </QueryState>
  );
}

function MissionSearch({
  isChosen,
  onToggle,
}: {
  isChosen: (id: string) => boolean;
  onToggle: (mission: ChosenMission, selected: boolean) => void;
}) {
  const [text, setText] = useState('');
  const [domain, setDomain] = useState<string | null>(null);
  const [commune, setCommune] = useState<CommuneChoice | null>(null);
  const [asked, setAsked] = useState<{ text?: string; domain?: string; communeCode?: string } | null>(null);
  const [domains] = useQuery({ query: DOMAINS });
  const [found] = useQuery({ query: MISSION_SEARCH, variables: asked ?? {}, pause: !asked });
  return (
    <section className="card stack" aria-labelledby="mission-search-title">
      <h2 id="mission-search-title">Chercher une autre mission</h2>
      <form
        className="search-form"
        role="search"
        aria-label="Chercher une mission publiée"
        onSubmit={(event) => {
          event.preventDefault();
          setAsked({
            text: text.trim() || undefined,
            domain: domain ?? undefined,
            communeCode: commune?.code,
          });
        }}
      >
        <TextField label="Mots-clés" value={text} onChange={setText} name="text" />
        <SelectField
          label="Domaine"
          options={[
            { id: '', label: 'Tous les domaines' },
            ...(domains.data?.missionDomains ?? []).map((d) => ({ id: d.code, label: d.label })),
          ]}
          selectedKey={domain ?? ''}
          onSelectionChange={(key) => setDomain(key || null)}
          isRequired
          name="domain"
        />
        <CommuneField value={commune} onChange={setCommune} isRequired={false} name="communeCode" />
        <div className="form-actions">
          <Button type="submit" variant="secondary">
            Chercher
          </Button>
        </div>
      </form>
      {asked &&
        (found.fetching && !found.data ? (
          <Loading label="Recherche…" />
        ) : found.error ? (
          <Alert tone="danger" live="alert">
            <p>La recherche n’a pas abouti. Réessayez.</p>
          </Alert>
        ) : found.data && found.data.missions.edges.length === 0 ? (
          <EmptyState title="Aucune mission publiée ne correspond à cette recherche." />
        ) : (
          <ul className="search-results" aria-label="Missions trouvées">
            {(found.data?.missions.edges ?? []).map(({ node }) => (
              <li key={node.id}>
                <CheckboxField
                  isSelected={isChosen(node.id)}
                  onChange={(selected) =>
                    onToggle({ id: node.id, title: node.title, associationName: node.association.name }, selected)
                  }
                  isDisabled={node.placesLeft <= 0}
                  description={`${node.association.name} · ${node.commune.name} · ${node.domain.label} · ${node.scheduleDescription}${
                    node.placesLeft <= 0 ? ' · complète' : ''
                  }`}
                >
                  Choisir « {node.title} »
                </CheckboxField>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
