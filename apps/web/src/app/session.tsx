// Who is logged in: the `me` query, shared by every staff page. A page outside a session sends the
// person to the login page, which brings them back where they were going.
import { AFTER_LOGIN_PARAM, consolePath } from '@console-routes';
import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../components/feedback';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { isUnauthenticated } from '../lib/api-errors';

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      email
      firstName
      lastName
      role
      isTerritoryManager
      associationId
      territory {
        id
        name
      }
    }
  }
`);

export type Viewer = MeQuery['me'];

const ViewerContext = createContext<Viewer | null>(null);

/** The logged-in person (inside <RequireSession>). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() outside <RequireSession>');
  return viewer;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ME_QUERY, requestPolicy: 'cache-first' });
  if (data?.me) return <ViewerContext.Provider value={data.me}>{children}</ViewerContext.Provider>;
  if (isUnauthenticated(error)) {
    const target = `${location.pathname}${location.search}`;
    const query = target === consolePath('home') ? {} : { [AFTER_LOGIN_PARAM]: target };
    return <Navigate to={consolePath('login', {}, query)} replace />;
  }
  if (error) {
    return (
      <main className="app-main">
        <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </main>
    );
  }
  return <main className="app-main">{fetching ? <Loading label="Ouverture de votre session…" /> : null}</main>;
}
