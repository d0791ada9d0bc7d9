// The tabs of a person's file, in the order they are shown. Each part of the référent's workspace
// adds its tab here: the URL segment (French, it is read in the address bar), the label, and the
// component, loaded with its tab (code split). A tab receives the person's id.
import type { ComponentType } from 'react';
import type { Role } from '../../gql/graphql';

export interface PersonTabProps {
  personId: string;
}

export interface PersonTab {
  /** The last segment of `/personnes/:personId/:tab`. */
  slug: string;
  label: string;
  /** Who sees the tab (default: everyone who may open the file). */
  roles?: readonly Role[];
  load: () => Promise<ComponentType<PersonTabProps>>;
}

export const PERSON_TABS: readonly PersonTab[] = [
  { slug: 'informations', label: 'Informations', load: async () => (await import('./InformationsTab')).default },
  {
    slug: 'diagnostic',
    label: 'Diagnostic et orientation',
    load: async () => (await import('./DiagnosticTab')).default,
  },
  { slug: 'carnet', label: 'Carnet de bord', load: async () => (await import('./LogbookTab')).default },
  {
    slug: 'suggestions',
    label: 'Suggestions',
    roles: ['REFERENT', 'ADMIN'],
    load: () => import('../proposals/SuggestionsTab').then((m) => m.SuggestionsTab),
  },
  {
    slug: 'propositions',
    label: 'Propositions',
    roles: ['REFERENT', 'ADMIN'],
    load: () => import('../proposals/ProposalsTab').then((m) => m.ProposalsTab),
  },
  // Follow-up after the proposals: interviews, missions and passport, outcomes
  {
    slug: 'entretiens',
    label: 'Entretiens',
    load: () => import('../followup/InterviewsTab').then((m) => m.InterviewsTab),
  },
  {
    slug: 'engagements',
    label: 'Engagements et passeport',
    load: () => import('../followup/EngagementsTab').then((m) => m.EngagementsTab),
  },
  {
    slug: 'suites',
    label: 'Suites',
    load: () => import('../followup/OutcomesTab').then((m) => m.OutcomesTab),
  },
];

/** The tab a URL names, or the first tab the viewer may see when it names none or an unknown one. */
export function personTabFor(slug: string | undefined, role: Role): PersonTab | undefined {
  const visible = PERSON_TABS.filter((tab) => !tab.roles || tab.roles.includes(role));
  return visible.find((tab) => tab.slug === slug) ?? undefined;
}

export function visiblePersonTabs(role: Role): PersonTab[] {
  return PERSON_TABS.filter((tab) => !tab.roles || tab.roles.includes(role));
}
