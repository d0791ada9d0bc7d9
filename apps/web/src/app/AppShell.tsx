// The frame of every staff page: skip link, header with the logo, the workspace's navigation and
// the account menu, the page, and the footer. Moves focus to the page title on navigation so that
// screen readers announce the new page.
import { consolePath } from '@console-routes';
import { useEffect, type ReactNode } from 'react';
import { Button as AriaButton, Disclosure, DisclosurePanel } from 'react-aria-components';
import { Link, Outlet, useLocation, useMatches } from 'react-router';
import { Button } from '../components/Button';
import { graphql } from '../gql';
import { useAction } from '../lib/use-action';
import { useMediaQuery } from '../lib/use-media-query';
import type { Role } from '../gql/graphql';
import { isCurrentSection, NAVIGATION } from './navigation';
import { ROLE_LABELS } from './roles';
import { useViewer } from './session';

const CLOSE_SESSION = graphql(`
  mutation CloseSession {
    closeSession
  }
`);

/** What a route may declare in its `handle`. */
export interface RouteHandle {
  roles?: readonly Role[];
}

export function Logo() {
  return (
    <Link to="/" className="logo" aria-label="Tremplin, Département de l’Ain — accueil">
      <span className="logo__name">Tremplin</span>
      <span className="logo__owner">Département de l’Ain</span>
    </Link>
  );
}

export function Footer() {
  return (
    <footer className="app-footer">
      <div className="app-footer__inner">
        <span>Tremplin — Plan insertion 01, Département de l’Ain</span>
        <Link to={consolePath('accessibility')}>Accessibilité : non conforme</Link>
      </div>
    </footer>
  );
}

/** Focus the new page's title after a navigation (not on the first load). */
function useFocusTitleOnNavigation(): void {
  const location = useLocation();
  useEffect(() => {
    if (location.key === 'default') return;
    const timer = window.setTimeout(() => document.getElementById('page-title')?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [location.key]);
}

function UserMenu() {
  const viewer = useViewer();
  const [closeSession, { pending }] = useAction(CLOSE_SESSION);
  const logout = async () => {
    await closeSession({});
    // A full load: nothing of this session stays in memory (shared computers).
    window.location.assign(consolePath('login'));
  };
  return (
    <div className="app-user">
      <Link to={consolePath('account')} className="button button--secondary">
        <span>
          {viewer.firstName} {viewer.lastName}
          <span className="visually-hidden"> ({ROLE_LABELS[viewer.role]}), mon compte</span>
        </span>
      </Link>
      <Button variant="secondary" onPress={() => void logout()} isPending={pending}>
        Se déconnecter
      </Button>
    </div>
  );
}

export function ForbiddenPage() {
  return (
    <>
      <h1 id="page-title" tabIndex={-1}>
        Page non accessible
      </h1>
      <p>
        Cette page n’est pas accessible avec votre compte. Si vous pensez en avoir besoin, adressez-vous au service
        Insertion du Département.
      </p>
      <p>
        <Link to={consolePath('home')}>Revenir à l’accueil</Link>
      </p>
    </>
  );
}

function MainNavigation() {
  const viewer = useViewer();
  const location = useLocation();
  return (
    <nav className="app-nav" aria-label="Navigation principale">
      <ul>
        {NAVIGATION[viewer.role].map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={isCurrentSection(item, location.pathname) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** On a phone the navigation and the account fold into a « Menu » (react-aria disclosure). */
function PhoneMenu() {
  const location = useLocation();
  return (
    <Disclosure className="app-menu" key={location.key}>
      <AriaButton slot="trigger" className="button button--secondary app-menu__toggle">
        Menu
      </AriaButton>
      <DisclosurePanel className="app-menu__panel">
        <MainNavigation />
        <UserMenu />
      </DisclosurePanel>
    </Disclosure>
  );
}

export function AppShell({ children }: { children?: ReactNode }) {
  const viewer = useViewer();
  const matches = useMatches();
  const phone = useMediaQuery('(max-width: 48rem)');
  useFocusTitleOnNavigation();
  const allowed = matches.every((match) => {
    const roles = (match.handle as RouteHandle | undefined)?.roles;
    return !roles || roles.includes(viewer.role);
  });
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Logo />
          {phone ? (
            <PhoneMenu />
          ) : (
            <>
              <MainNavigation />
              <UserMenu />
            </>
          )}
        </div>
      </header>
      <main id="contenu" className="app-main" tabIndex={-1}>
        {allowed ? (children ?? <Outlet />) : <ForbiddenPage />}
      </main>
      <Footer />
    </>
  );
}

/** The frame of the pages outside a session (login, password, accessibility, 404). */
export function PublicShell({ narrow = true }: { narrow?: boolean }) {
  useFocusTitleOnNavigation();
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Logo />
        </div>
      </header>
      <main id="contenu" className={`app-main${narrow ? ' app-main--narrow' : ''}`} tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
    </>
  );
}
