import { lazy, Suspense, useMemo, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { createApiClient } from './api/client';
import { SessionProvider } from './auth/session';
import { SignedInLayout } from './layout/signed-in-layout';
import { Loading } from './ui/feedback';

// Each page loads when first opened, so the first load of / stays small.
const SignInPage = lazy(() => import('./auth/sign-in-page'));
const SignUpPage = lazy(() => import('./auth/sign-up-page'));
const WelcomePage = lazy(() => import('./pages/settings/welcome-page'));
const PlanPage = lazy(() => import('./pages/plan/plan-page'));
const EventsPage = lazy(() => import('./pages/events/events-page'));
const EventPage = lazy(() => import('./pages/events/event-page'));
const PeoplePage = lazy(() => import('./pages/people/people-page'));
const PersonPage = lazy(() => import('./pages/people/person-page'));
const CompaniesPage = lazy(() => import('./pages/companies/companies-page'));
const CompanyPage = lazy(() => import('./pages/companies/company-page'));
const SourcesPage = lazy(() => import('./pages/sources/sources-page'));
const SourcePage = lazy(() => import('./pages/sources/source-page'));
const FollowUpsPage = lazy(() => import('./pages/follow-ups/follow-ups-page'));
const SettingsPage = lazy(() => import('./pages/settings/settings-page'));

export function App() {
  // A new client after sign-out drops everything the last user's session cached.
  const [generation, setGeneration] = useState(0);
  const client = useMemo(() => createApiClient(), [generation]);
  return (
    <Provider value={client}>
      <SessionProvider key={generation} onSignedOut={() => setGeneration((g) => g + 1)}>
        <BrowserRouter>
          <Suspense fallback={<Loading what="the page" />}>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="/sign-up" element={<SignUpPage />} />
              <Route element={<SignedInLayout />}>
                <Route index element={<Navigate to="/plan" replace />} />
                <Route path="/welcome" element={<WelcomePage />} />
                <Route path="/plan" element={<PlanPage />} />
                <Route path="/events" element={<EventsPage />} />
                <Route path="/events/:id" element={<EventPage />} />
                <Route path="/people" element={<PeoplePage />} />
                <Route path="/people/:id" element={<PersonPage />} />
                <Route path="/companies" element={<CompaniesPage />} />
                <Route path="/companies/:id" element={<CompanyPage />} />
                <Route path="/sources" element={<SourcesPage />} />
                <Route path="/sources/:id" element={<SourcePage />} />
                <Route path="/follow-ups" element={<FollowUpsPage />} />
                <Route path="/settings" element={<SettingsPage />} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </Provider>
  );
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>This address is not a page of topofmind. Use the navigation above.</p>
    </>
  );
}
