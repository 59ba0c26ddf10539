// The welcome screen when no file is open: start a new inventory, open one, or pick a recent file.
import { FilePlus, FolderOpen, Settings as SettingsIcon, Sparkles, type LucideIcon } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { client } from '../../bridge';
import { ErrorAlert, Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LogoMark } from '../../components/LogoMark';
import { DemoDialog } from '../files/DemoDialog';
import { SettingsDialog } from '../settings/SettingsDialog';
import { RecentList } from './RecentList';

export function StartScreen() {
  const { t } = useTranslation();
  const { t: tSettings } = useTranslation('settings');
  const app = useApp();
  const [recent, setRecent] = useState<readonly RecentFile[] | null>(null);
  const [dialog, setDialog] = useState<'demo' | 'settings' | null>(null);

  const loadRecent = useCallback(async () => {
    try {
      setRecent(await client.call('files.recent'));
    } catch (error) {
      app.showAlert(error);
      setRecent([]);
    }
  }, [app.showAlert]);

  useEffect(() => {
    void loadRecent();
  }, [loadRecent]);

  async function openRecent(file: RecentFile) {
    try {
      await app.openPath(file.path);
    } catch (error) {
      app.showAlert(error);
      void loadRecent();
    }
  }

  async function forget(file: RecentFile) {
    try {
      setRecent(await client.call('files.forgetRecent', { path: file.path }));
    } catch (error) {
      app.showAlert(error);
    }
  }

  return (
    <div className="start">
      <header className="start-header">
        <div className="brand">
          <LogoMark />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="start-header-side">
          <Button variant="ghost" icon={SettingsIcon} onClick={() => setDialog('settings')} data-testid="start-settings">
            {tSettings('settings.openFromStart')}
          </Button>
          <LanguageSwitch />
        </div>
      </header>
      <main className="start-main" aria-labelledby="start-title">
        <div className="start-intro">
          <h1 id="start-title">{t('start.title')}</h1>
          <p className="lead">{t('start.subtitle')}</p>
        </div>
        {app.alert ? <ErrorAlert error={app.alert} onDismiss={app.dismissAlert} /> : null}
        {app.busy ? <Message tone="info" role="status">{t('start.opening')}</Message> : null}
        <div className="start-grid">
          <section className="start-actions" aria-labelledby="start-begin">
            <h2 id="start-begin" className="section-title">
              {t('start.beginHeading')}
            </h2>
            <ActionCard id="new" icon={FilePlus} title={t('start.newTitle')} body={t('start.newBody')} onClick={() => app.showDialog('new')} />
            <ActionCard id="open" icon={FolderOpen} title={t('start.openTitle')} body={t('start.openBody')} onClick={() => void app.startOpen()} />
            <ActionCard id="demo" icon={Sparkles} title={t('start.demoTitle')} body={t('start.demoBody')} onClick={() => setDialog('demo')} disabled={app.busy} />
          </section>
          <section className="start-recent" aria-labelledby="start-recent">
            <h2 id="start-recent" className="section-title">
              {t('start.recentHeading')}
            </h2>
            {recent === null ? null : <RecentList recent={recent} disabled={app.busy} onOpen={(f) => void openRecent(f)} onForget={(f) => void forget(f)} />}
          </section>
        </div>
      </main>
      {dialog === 'demo' ? <DemoDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'settings' ? <SettingsDialog onClose={() => setDialog(null)} /> : null}
      <footer className="start-footer">
        <span>{t('app.offline')}</span>
        <span>
          {t('app.name')} {app.info.version}
        </span>
      </footer>
    </div>
  );
}

/** One way to begin: a large button with an icon, a title and a line that says what it does. */
function ActionCard(props: {
  readonly id: string;
  readonly icon: LucideIcon;
  readonly title: string;
  readonly body: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
}) {
  const Icon = props.icon;
  return (
    <button
      type="button"
      className="action-card"
      onClick={props.onClick}
      disabled={props.disabled}
      aria-labelledby={`start-${props.id}-title`}
      aria-describedby={`start-${props.id}-body`}
    >
      <span className="action-card-icon" aria-hidden>
        <Icon size={20} />
      </span>
      <span className="action-card-text">
        <span id={`start-${props.id}-title`} className="action-card-title">
          {props.title}
        </span>
        <span id={`start-${props.id}-body`} className="action-card-body">
          {props.body}
        </span>
      </span>
    </button>
  );
}
