import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUnauthenticatedHandler } from './api/client.ts';
import { createQueryClient, keys } from './api/queries.ts';
import { I18nProvider } from './i18n/index.tsx';
import { createAppRouter } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

// Any 401 (session expired, signed out elsewhere): back to the login page, then back here.
setUnauthenticatedHandler(() => {
  queryClient.setQueryData(keys.session, null);
  const { pathname, href } = router.state.location;
  if (pathname === '/dang-nhap') return;
  void router.navigate({ to: '/dang-nhap', search: { redirect: href, expired: true } });
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nProvider>
  </StrictMode>,
);
