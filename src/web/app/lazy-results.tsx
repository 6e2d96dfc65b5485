import { lazy, Suspense } from 'react';
import { FullPageSpinner } from '../components/full-page-spinner.tsx';

// The result pages (with antd Result's illustrations) load only when shown, keeping the login page light.
const ErrorResultPage = lazy(() => import('./error-result.tsx'));
const NotFoundPage = lazy(() => import('./not-found-page.tsx'));
const ForbiddenPage = lazy(() => import('./forbidden-page.tsx'));

export function LazyErrorResult({ error }: { error: unknown }) {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <ErrorResultPage error={error} />
    </Suspense>
  );
}

export function LazyNotFound() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <NotFoundPage />
    </Suspense>
  );
}

export function LazyForbidden() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <ForbiddenPage />
    </Suspense>
  );
}
