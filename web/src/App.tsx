import './members/members.css';

import type { ReactNode } from 'react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation, useSearchParams } from 'react-router';

import { ForgotPasswordPage, ProfilePage, ResetPasswordPage, SessionProvider, SignInPage } from './account';
import { AuditLogPage, OutboxPage } from './admin';
import { AppShellQuery } from './appShell';
import { DASHBOARD_PATH, DashboardLink, DashboardPage } from './dashboard';
import { MapPage } from './MapPage';
import {
  ACTION_ITEMS_PATH,
  ActionItemsPage,
  MeetingPage,
  MEETINGS_PATH,
  MeetingsLink,
  MeetingsPage,
  ProjectorPage,
  PROTOCOL_ARCHIVE_PATH,
  ProtocolArchivePage,
} from './meetings';
import { AcceptInvitationPage, MembersPage } from './members';
import { AREA_ALERTS_PATH, AreaAlertsPage, NotificationBell } from './notifications';
import { EMBED_PATH, EmbeddedPriorityList, PRIORITIES_PATH, PrioritiesLink, PrioritiesPage } from './priorities';
import { REGISTER_PATH, RegisterPage } from './register';
import { SCORING_PATH, ScoringPage } from './scoring';
import { IMPORT_PAGE_PATH, ImportPage } from './transfer';
import { TRIAGE_PATH, TriageLink, TriagePage } from './triage';
import { GraphQLProvider, useQuery } from './ui/graphql';
import { AppHeader } from './ui/layout/AppHeader';
import { HeaderExtrasProvider } from './ui/layout/headerExtras';
import { BaseMapUrlProvider } from './ui/map/baseMapUrl';
import { useSession } from './ui/session';

interface AppProps {
  /** URL of the offline base map's folder (ui/map/assets.ts, read in main.tsx). */
  baseMapUrl: string;
}

/** What features add to every page's header. */
const headerExtras = (arenaSlug: string | undefined) => (
  <>
    <MeetingsLink arenaSlug={arenaSlug} />
    <DashboardLink arenaSlug={arenaSlug} />
    <PrioritiesLink arenaSlug={arenaSlug} />
    <TriageLink arenaSlug={arenaSlug} />
    <NotificationBell />
  </>
);

/** Learns who is signed in, then shows the map (/), the sign-in page or the profile. */
export function App({ baseMapUrl }: AppProps) {
  return (
    <GraphQLProvider>
      <SessionProvider>
        <HeaderExtrasProvider value={headerExtras}>
          <BaseMapUrlProvider value={baseMapUrl}>
            <AppRoutes baseMapUrl={baseMapUrl} />
          </BaseMapUrlProvider>
        </HeaderExtrasProvider>
      </SessionProvider>
    </GraphQLProvider>
  );
}

function AppRoutes({ baseMapUrl }: AppProps) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status === 'error') {
    return (
      <Frame>
        <div className="notice notice--error" role="alert">
          <p>{t('app.loadError')}</p>
          <button type="button" className="button" onClick={session.retry}>
            {t('app.retry')}
          </button>
        </div>
      </Frame>
    );
  }
  if (session.status === 'loading') return <Loading />;
  return (
    <Routes>
      {/* A new user (sign-in, sign-out) sees the map anew: their role decides what it shows. */}
      <Route path="/" element={<MapRoute key={session.me?.id ?? 'visitor'} baseMapUrl={baseMapUrl} />} />
      <Route path="/logga-in" element={<SignInPage />} />
      <Route path="/profil" element={<ProfilePage />} />
      <Route path="/medlemmar" element={<MembersPage />} />
      <Route path="/inbjudan" element={<AcceptInvitationPage />} />
      <Route path="/glomt-losenord" element={<ForgotPasswordPage />} />
      <Route path="/aterstall-losenord" element={<ResetPasswordPage />} />
      <Route path="/logg" element={<AuditLogPage />} />
      <Route path="/utkorg" element={<OutboxPage />} />
      <Route path={TRIAGE_PATH} element={<TriagePage />} />
      <Route path={MEETINGS_PATH} element={<MeetingsPage />} />
      <Route path={ACTION_ITEMS_PATH} element={<ActionItemsPage />} />
      <Route path={`${MEETINGS_PATH}/:id`} element={<MeetingPage />} />
      <Route path={`${MEETINGS_PATH}/:id/projektor`} element={<ProjectorPage />} />
      <Route path={PROTOCOL_ARCHIVE_PATH} element={<ProtocolArchivePage />} />
      <Route path={REGISTER_PATH} element={<RegisterPage key={session.me?.id ?? 'visitor'} />} />
      <Route path={AREA_ALERTS_PATH} element={<AreaAlertsPage baseMapUrl={baseMapUrl} />} />
      <Route
        path={DASHBOARD_PATH}
        element={
          <Suspense fallback={<Loading />}>
            <DashboardPage />
          </Suspense>
        }
      />
      <Route path={IMPORT_PAGE_PATH} element={<ImportPage />} />
      <Route path={SCORING_PATH} element={<ScoringPage />} />
      <Route path={PRIORITIES_PATH} element={<PrioritiesPage baseMapUrl={baseMapUrl} />} />
      <Route path={EMBED_PATH} element={<EmbeddedPriorityList />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** The arena of `?arena=<slug>` (the installation's default arena without it) and the base map. */
function MapRoute({ baseMapUrl }: AppProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const slug = params.get('arena') || null;
  const shell = useQuery(AppShellQuery, { slug });
  const arena = shell.data?.arena;
  const current = arena && (slug === null || arena.slug === slug) ? arena : undefined;

  if (shell.data && current) {
    // Another arena is another map: it opens at that arena's own initial view.
    return (
      <>
        <MapPage key={current.id} arena={current} appConfig={shell.data.appConfig} baseMapUrl={baseMapUrl} />
        <WelcomeNotice />
      </>
    );
  }
  if (shell.error) {
    return (
      <Frame>
        <div className="notice notice--error" role="alert">
          <p>{t('app.loadError')}</p>
          <button type="button" className="button" onClick={() => void shell.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      </Frame>
    );
  }
  if (shell.data && !shell.loading && !arena) {
    return (
      <Frame>
        <div className="notice notice--warning" role="alert">
          <p>{slug ? t('app.arenaNotFound', { slug }) : t('app.noArena')}</p>
          {slug && <Link to="/">{t('app.toDefaultArena')}</Link>}
        </div>
      </Frame>
    );
  }
  return <Loading />;
}

/** After accepting an invitation: a welcome over the map, until closed. */
function WelcomeNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const [name, setName] = useState(() => (location.state as { welcome?: string } | null)?.welcome);
  if (!name) return null;
  return (
    <div className="notice notice--success welcome-notice" role="status">
      <p>{t('invitation.welcome', { name })}</p>
      <button type="button" className="button" onClick={() => setName(undefined)}>
        {t('invitation.closeWelcome')}
      </button>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Frame>
      <div className="notice notice--warning" role="alert">
        <p>{t('app.pageNotFound')}</p>
        <Link to="/">{t('app.toMap')}</Link>
      </div>
    </Frame>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <Frame loading>
      <p className="app-loading__text" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('app.loading')}
      </p>
    </Frame>
  );
}

function Frame({ children, loading = false }: { children: ReactNode; loading?: boolean }) {
  return (
    <div className="app">
      <AppHeader loading={loading} />
      <main className="app-loading">{children}</main>
    </div>
  );
}
