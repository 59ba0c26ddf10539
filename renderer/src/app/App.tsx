// The root: boots the app state, then shows the start screen (no file) or the shell with its routes, plus the
// dialogs, the one toast host and the guards that flush pending saves on route changes and when the page goes away.
import { LoaderCircle } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch, useLocation, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { ErrorInfo } from '../../../shared/contract/errors';
import { Message } from '../components/Alert';
import { Button } from '../components/Button';
import { LogoMark } from '../components/LogoMark';
import { ToastHost } from '../components/Toast';
import { AboutDialog } from '../features/about/AboutDialog';
import { NewInventoryDialog } from '../features/files/NewInventoryDialog';
import { OpenFileDialog } from '../features/files/OpenFileDialog';
import { AnalysisPage, isAnalysisView } from '../features/analysis/AnalysisPage';
import { ConductPage } from '../features/interviews/ConductPage';
import { InterviewPage } from '../features/interviews/InterviewPage';
import { InterviewsPage } from '../features/interviews/InterviewsPage';
import { GuidePage } from '../features/guide/GuidePage';
import { NotesPage } from '../features/notes/NotesPage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { RecommendationsPage } from '../features/recommendations/RecommendationsPage';
import { ReportPage } from '../features/report/ReportPage';
import { RespondentsPage } from '../features/respondents/RespondentsPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WelcomeGate } from '../features/settings/WelcomeDialog';
import { SearchHost } from '../features/search/SearchHost';
import { CodingHost } from '../features/coding/CodingHost';
import { StartScreen } from '../features/start/StartScreen';
import { BackupsPage } from '../features/share/BackupsPage';
import { ShareDialog } from '../features/share/ShareDialog';
import { UnsealDialog } from '../features/share/UnsealDialog';
import { useFormat } from '../i18n';
import { AppProvider, useApp } from './AppProvider';
import { routes, routeTo } from './routes';
import { currentSaveState, flushPendingSaves } from './save-state';
import { Shell } from './Shell';

export function App() {
  return (
    <AppProvider renderLoading={() => <Loading />} renderFailed={(error, retry) => <Unreachable error={error} retry={retry} />}>
      <Router hook={useHashLocation}>
        <Screens />
        <Dialogs />
        <SealedFileDialog />
        <WelcomeGate />
        <ToastHost />
        <UnloadGuard />
      </Router>
    </AppProvider>
  );
}

function Screens() {
  const app = useApp();
  const [location, navigate] = useLocation();
  const [, conductMatch] = useRoute<{ id: string }>(routes.conduct);
  const hasFile = app.file !== null;

  useEffect(() => {
    if (hasFile && location === routes.start) navigate(routes.overview, { replace: true });
    if (!hasFile && location !== routes.start) navigate(routes.start, { replace: true });
  }, [hasFile, location, navigate]);

  // Leaving a page sends what was typed on it.
  useEffect(() => {
    void flushPendingSaves();
  }, [location]);

  if (!app.file) return <StartScreen />;
  const file = app.file;
  // Interview mode is a focused full-window form: no sidebar, no top bar.
  if (conductMatch)
    return (
      <>
        <ConductPage file={file} id={conductMatch.id} />
        <SearchHost />
        <CodingHost readOnly={file.readOnly} />
      </>
    );
  return (
    <Shell file={file}>
      <SearchHost />
      <CodingHost readOnly={file.readOnly} />
      <Switch>
        <Route path={routes.overview}>
          <OverviewPage file={file} />
        </Route>
        <Route path={routes.organisations}>
          <OrganisationsPage file={file} />
        </Route>
        <Route path={routes.respondents}>
          <RespondentsPage file={file} />
        </Route>
        <Route path={routes.guide}>
          <GuidePage file={file} />
        </Route>
        <Route path={routes.interviews}>
          <InterviewsPage file={file} />
        </Route>
        <Route path={routes.interview}>{(params) => <InterviewPage file={file} id={params.id} />}</Route>
        <Route path={routes.notes}>
          <NotesPage file={file} />
        </Route>
        <Route path={routes.sessions}>
          <SessionsPage file={file} />
        </Route>
        <Route path={routes.recommendations}>
          <RecommendationsPage file={file} />
        </Route>
        <Route path={routes.report}>
          <ReportPage file={file} />
        </Route>
        <Route path={routes.backups}>
          <BackupsPage file={file} />
        </Route>
        <Route path={routes.settings}>
          <SettingsPage />
        </Route>
        <Route path={routes.analysis}>
          <Redirect to={routeTo(routes.analysisView, 'heatmap')} replace />
        </Route>
        <Route path={routes.analysisView}>
          {(params) => (isAnalysisView(params.id) ? <AnalysisPage file={file} view={params.id} /> : <Redirect to={routeTo(routes.analysisView, 'heatmap')} replace />)}
        </Route>
        <Route>
          <Redirect to={routes.overview} replace />
        </Route>
      </Switch>
    </Shell>
  );
}

function Dialogs() {
  const app = useApp();
  switch (app.dialog) {
    case null:
      return null;
    case 'new':
      return <NewInventoryDialog onClose={app.hideDialog} />;
    case 'open':
      return <OpenFileDialog onClose={app.hideDialog} />;
    case 'saveCopy':
      return <ShareDialog onClose={app.hideDialog} />;
    case 'about':
      return <AboutDialog onClose={app.hideDialog} />;
  }
}

/** The passphrase for an encrypted share copy being opened (from any open path: dialog, recent list, menu). */
function SealedFileDialog() {
  const app = useApp();
  if (!app.sealedPath) return null;
  return <UnsealDialog key={app.sealedPath} path={app.sealedPath} onOpened={(opened) => app.settleSealed(opened)} onCancel={() => app.settleSealed(null)} />;
}

/** Sends pending edits when the page is hidden or unloaded; on the web host it also warns when some could not be saved. */
function UnloadGuard() {
  const app = useApp();
  const warnOnLeave = app.info.transport !== 'electron';
  useEffect(() => {
    const onPageHide = () => void flushPendingSaves();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void flushPendingSaves();
      const state = currentSaveState().kind;
      // Electron would silently refuse to close the window, so only a browser gets the "leave page?" question.
      if (warnOnLeave && (state === 'invalid' || state === 'failed')) event.preventDefault();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushPendingSaves();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [warnOnLeave]);
  return null;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <main className="splash" aria-busy="true">
      <LogoMark size={40} />
      <p className="splash-text">
        <LoaderCircle size={16} className="spin" aria-hidden />
        {t('app.loading')}
      </p>
    </main>
  );
}

function Unreachable(props: { readonly error: ErrorInfo; readonly retry: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <main className="splash">
      <LogoMark size={40} />
      <h1 className="splash-title">{t('app.unreachableTitle')}</h1>
      <p className="splash-body">{t('app.unreachableBody')}</p>
      <Message tone="error" role="alert">
        {format.error(props.error)}
      </Message>
      <Button variant="primary" onClick={props.retry}>
        {t('app.retry')}
      </Button>
    </main>
  );
}
