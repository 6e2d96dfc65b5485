import { isRouteErrorResponse, useRouteError } from 'react-router';
import { LazyErrorResult, LazyNotFound } from './lazy-results.tsx';

/** The router's error element: a 404 response shows the 404 page, anything else the error page. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <LazyNotFound />;
  console.error('Route error', error);
  return <LazyErrorResult error={error} />;
}
