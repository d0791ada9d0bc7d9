import { consolePath } from '@console-routes';
import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../../app/session';
import { Badge, EmptyState, Loading, QueryState } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../lib/format';
import { visiblePersonTabs, type PersonTab, type PersonTabProps } from './person-tabs';

const PERSON_HEADER = graphql(`
  query PersonFileHeader($id: ID!) {
    beneficiary(id: $id) {
      id
      firstName
      lastName
      status
      rsaEntryDate
      commune {
        name
      }
      referent {
        firstName
        lastName
      }
      deadlines {
        overdue
      }
    }
  }
`);

const STATUS_LABELS = { ACTIVE: 'Suivi en cours', LEFT: 'Sorti(e) du dispositif', SUSPENDED: 'Droits suspendus' };

// One lazy component per tab, made once: React keeps the loaded module between visits.
const tabComponents = new Map<string, LazyExoticComponent<ComponentType<PersonTabProps>>>();
function componentOf(tab: PersonTab) {
  let component = tabComponents.get(tab.slug);
  if (!component) {
    component = lazy(async () => ({ default: await tab.load() }));
    tabComponents.set(tab.slug, component);
  }
  return component;
}

/** `/personnes/:personId` opens the first tab of the file. */
export function PersonFileIndex() {
  const { personId = '' } = useParams();
  const viewer = useViewer();
  const first = visiblePersonTabs(viewer.role)[0];
  if (!first) return <EmptyState title="Ce dossier n’a encore aucun onglet." />;
  return <Navigate to={consolePath('personTab', { personId, tab: first.slug })} replace />;
}

/** A person's file: who they are in one line, then one tab per part of the follow-up. */
export function PersonFilePage() {
  const { personId = '', tab: slug } = useParams();
  const viewer = useViewer();
  const navigate = useNavigate();
  const tabs = useMemo(() => visiblePersonTabs(viewer.role), [viewer.role]);
  const [result, refetch] = useQuery({ query: PERSON_HEADER, variables: { id: personId } });
  const current = tabs.find((tab) => tab.slug === slug);
  // An unknown tab (an old link, a typo) opens the file on its first tab.
  if (!current) return <PersonFileIndex />;

  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ beneficiary: person }) => (
        <>
          <PageHeader
            title={`${person.firstName} ${person.lastName}`}
            crumbs={[
              { label: 'Accueil', to: consolePath('home') },
              { label: `${person.firstName} ${person.lastName}` },
            ]}
            lead={
              <>
                <Badge tone={person.status === 'ACTIVE' ? 'success' : 'neutral'}>{STATUS_LABELS[person.status]}</Badge>{' '}
                {person.deadlines.overdue && <Badge tone="danger">Échéance dépassée</Badge>} {person.commune.name} ·
                entré(e) au RSA le {formatLocalDate(person.rsaEntryDate)}
                {person.referent && ` · suivi(e) par ${person.referent.firstName} ${person.referent.lastName}`}
              </>
            }
          />
          <Tabs
            selectedKey={current.slug}
            onSelectionChange={(key) => void navigate(consolePath('personTab', { personId, tab: String(key) }))}
          >
            <TabList aria-label="Parties du dossier" className="tabs__list" items={tabs}>
              {(tab) => (
                <Tab id={tab.slug} className="tabs__tab">
                  {tab.label}
                </Tab>
              )}
            </TabList>
            {tabs.map((tab) => {
              const Component = componentOf(tab);
              return (
                <TabPanel key={tab.slug} id={tab.slug} className="tabs__panel">
                  <Suspense fallback={<Loading />}>
                    <Component personId={personId} />
                  </Suspense>
                </TabPanel>
              );
            })}
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
