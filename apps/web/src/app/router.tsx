// Every console page, keyed by the shared route table (libs/core/src/web/console-routes.ts): the
// type requires a page for each route the API serves. Pages load with their route (code split by
// route and therefore by role).
import { CONSOLE_ROUTES, consolePath, type ConsoleRoute } from '@console-routes';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import type { Role } from '../gql/graphql';
import { Loading } from '../components/feedback';
import { AppShell, PublicShell, type RouteHandle } from './AppShell';
import { RequireSession } from './session';

interface PageDefinition {
  /** `public`: no session needed; `staff`: inside a session, for `roles` (default: every staff role). */
  frame: 'public' | 'staff';
  roles?: readonly Role[];
  load: () => Promise<ComponentType>;
}

const PAGES: Record<Exclude<ConsoleRoute, 'root'>, PageDefinition> = {
  login: { frame: 'public', load: () => import('../features/auth/LoginPage').then((m) => m.LoginPage) },
  forgotPassword: {
    frame: 'public',
    load: () => import('../features/auth/ForgotPasswordPage').then((m) => m.ForgotPasswordPage),
  },
  choosePassword: {
    frame: 'public',
    load: () => import('../features/auth/ChoosePasswordPage').then((m) => m.ChoosePasswordPage),
  },
  accessibility: {
    frame: 'public',
    load: () => import('../features/public/AccessibilityPage').then((m) => m.AccessibilityPage),
  },
  home: { frame: 'staff', load: () => import('../features/home/HomePage').then((m) => m.HomePage) },
  account: { frame: 'staff', load: () => import('../features/auth/AccountPage').then((m) => m.AccountPage) },
  people: {
    frame: 'staff',
    roles: ['REFERENT', 'ADMIN'],
    load: () => import('../features/caseload/CaseloadPage').then((m) => m.CaseloadPage),
  },
  newPerson: {
    frame: 'staff',
    roles: ['REFERENT', 'ADMIN'],
    load: () => import('../features/caseload/NewPersonPage').then((m) => m.NewPersonPage),
  },
  person: {
    frame: 'staff',
    roles: ['REFERENT', 'ADMIN'],
    load: () => import('../features/people/PersonFilePage').then((m) => m.PersonFileIndex),
  },
  personTab: {
    frame: 'staff',
    roles: ['REFERENT', 'ADMIN'],
    load: () => import('../features/people/PersonFilePage').then((m) => m.PersonFilePage),
  },
  // Associations
  associationSignUp: {
    frame: 'public',
    load: () => import('../features/association-sign-up/SignUpPage').then((m) => m.SignUpPage),
  },
  missions: {
    frame: 'staff',
    roles: ['ASSOCIATION'],
    load: () => import('../features/missions/MissionsPage').then((m) => m.MissionsPage),
  },
  newMission: {
    frame: 'staff',
    roles: ['ASSOCIATION'],
    load: () => import('../features/missions/MissionFormPage').then((m) => m.NewMissionPage),
  },
  mission: {
    frame: 'staff',
    roles: ['ASSOCIATION'],
    load: () => import('../features/missions/MissionPage').then((m) => m.MissionPage),
  },
  missionEdit: {
    frame: 'staff',
    roles: ['ASSOCIATION'],
    load: () => import('../features/missions/MissionFormPage').then((m) => m.EditMissionPage),
  },
  volunteers: {
    frame: 'staff',
    roles: ['ASSOCIATION'],
    load: () => import('../features/volunteers/VolunteersPage').then((m) => m.VolunteersPage),
  },
  members: {
    frame: 'staff',
    roles: ['ASSOCIATION'],
    load: () => import('../features/members/MembersPage').then((m) => m.MembersPage),
  },
  // Département (service Insertion)
  // Coordinators moderate missions too (publishMission, rejectMission): the moderation digest sends them here.
  moderation: {
    frame: 'staff',
    roles: ['ADMIN', 'COORDINATOR'],
    load: () => import('../features/moderation/ModerationPage').then((m) => m.ModerationPage),
  },
  moderationAssociation: {
    frame: 'staff',
    roles: ['ADMIN'],
    load: () => import('../features/moderation/ModerationAssociationPage').then((m) => m.ModerationAssociationPage),
  },
  moderationMission: {
    frame: 'staff',
    roles: ['ADMIN', 'COORDINATOR'],
    load: () => import('../features/moderation/ModerationMissionPage').then((m) => m.ModerationMissionPage),
  },
  users: {
    frame: 'staff',
    roles: ['ADMIN'],
    load: () => import('../features/users/UsersPage').then((m) => m.UsersPage),
  },
  territories: {
    frame: 'staff',
    roles: ['ADMIN'],
    load: () => import('../features/territories/TerritoriesPage').then((m) => m.TerritoriesPage),
  },
  indicators: {
    frame: 'staff',
    roles: ['ADMIN', 'REFERENT'],
    load: () => import('../features/indicators/IndicatorsPage').then((m) => m.IndicatorsPage),
  },
  accessLog: {
    frame: 'staff',
    roles: ['ADMIN'],
    load: () => import('../features/access-log/AccessLogPage').then((m) => m.AccessLogPage),
  },
  retention: {
    frame: 'staff',
    roles: ['ADMIN'],
    load: () => import('../features/retention/RetentionPage').then((m) => m.RetentionPage),
  },
  // France Bénévolat coordinators
  agenda: {
    frame: 'staff',
    roles: ['COORDINATOR', 'ADMIN'],
    load: () => import('../features/coordination/AgendaPage').then((m) => m.AgendaPage),
  },
  interviews: {
    frame: 'staff',
    roles: ['COORDINATOR', 'ADMIN'],
    load: () => import('../features/coordination/InterviewsPage').then((m) => m.InterviewsPage),
  },
  interview: {
    frame: 'staff',
    roles: ['COORDINATOR', 'ADMIN'],
    load: () => import('../features/coordination/InterviewPage').then((m) => m.InterviewPage),
  },
};

function routeOf(route: keyof typeof PAGES, page: PageDefinition): RouteObject {
  return {
    path: CONSOLE_ROUTES[route],
    handle: { roles: page.roles } satisfies RouteHandle,
    lazy: async () => ({ Component: await page.load() }),
  };
}

function StaffFrame() {
  return (
    <RequireSession>
      <AppShell>
        <Outlet />
      </AppShell>
    </RequireSession>
  );
}

const entries = Object.entries(PAGES) as [keyof typeof PAGES, PageDefinition][];

export const routes: RouteObject[] = [
  { path: CONSOLE_ROUTES.root, element: <Navigate to={consolePath('home')} replace />, HydrateFallback: Loading },
  {
    element: <PublicShell />,
    HydrateFallback: Loading,
    children: [
      ...entries.filter(([, page]) => page.frame === 'public').map(([route, page]) => routeOf(route, page)),
      {
        path: '*',
        lazy: async () => ({ Component: (await import('../features/public/NotFoundPage')).NotFoundPage }),
      },
    ],
  },
  {
    element: <StaffFrame />,
    HydrateFallback: Loading,
    children: entries.filter(([, page]) => page.frame === 'staff').map(([route, page]) => routeOf(route, page)),
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
