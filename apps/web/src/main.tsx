import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { RouterProvider } from 'react-router';
import { Provider as GraphqlProvider } from 'urql';
import { createGraphqlClient } from './app/graphql-client';
import { createRouter } from './app/router';
import './styles/tokens.css';
import './styles/base.css';

const client = createGraphqlClient();
const router = createRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider locale="fr-FR">
      <AriaRouterProvider navigate={(path) => void router.navigate(path)} useHref={(href) => href}>
        <GraphqlProvider value={client}>
          <RouterProvider router={router} />
        </GraphqlProvider>
      </AriaRouterProvider>
    </I18nProvider>
  </StrictMode>,
);
