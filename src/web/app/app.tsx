import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ME_QUERY_KEY } from '../auth/api/get-me.ts';
import { setUnauthenticatedHandler } from '../lib/api-client.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { Providers } from './providers.tsx';
import { createRouter } from './router.tsx';

/** A 401 from any call means the session ended: forgetting the user makes RequireSession send them to login. */
function SessionExpiryHandler() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    });
  }, [queryClient]);
  return null;
}

export function App() {
  const [router] = useState(createRouter);
  return (
    <Providers>
      <ErrorBoundary>
        <SessionExpiryHandler />
        <RouterProvider router={router} />
      </ErrorBoundary>
    </Providers>
  );
}
