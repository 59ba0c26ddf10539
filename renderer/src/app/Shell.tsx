// The frame around an open inventory: sidebar (mark, inventory, sections, file actions), top bar (file name,
// read-only badge, save state, language) and the page. Only sections that work are listed.
import {
  Building2,
  ChartNoAxesCombined,
  ClipboardList,
  Copy,
  FilePlus,
  FileText,
  History,
  FolderOpen,
  Info,
  LayoutDashboard,
  Lightbulb,
  ListChecks,
  Lock,
  LogOut,
  MessageSquareText,
  MessagesSquare,
  Settings as SettingsIcon,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import type { OpenFile } from '../../../shared/contract/schemas';
import { ErrorAlert, Message } from '../components/Alert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LogoMark } from '../components/LogoMark';
import { useApp } from './AppProvider';
import { routes } from './routes';
import { SaveIndicator } from './SaveIndicator';
import { SharedFolderNotice } from '../features/share/SharedFolderNotice';
import { SearchButton } from '../features/search/SearchButton';

function NavItem(props: { readonly to: string; readonly icon: LucideIcon; readonly nested?: boolean; readonly children: ReactNode }) {
  // A nested item stays active on its sub-pages (e.g. Interviews on /interviews/:id).
  const [exact] = useRoute(props.to);
  const [sub] = useRoute(`${props.to}/*`);
  const active = exact || (props.nested === true && sub);
  const Icon = props.icon;
  return (
    <li>
      <Link href={props.to} className={`nav-item${active ? ' nav-item-active' : ''}`} aria-current={active ? 'page' : undefined}>
        <Icon size={16} aria-hidden />
        <span>{props.children}</span>
      </Link>
    </li>
  );
}

function SidebarAction(props: { readonly icon: LucideIcon; readonly onClick: () => void; readonly children: ReactNode }) {
  const Icon = props.icon;
  return (
    <li>
      <button type="button" className="nav-item" onClick={props.onClick}>
        <Icon size={16} aria-hidden />
        <span>{props.children}</span>
      </button>
    </li>
  );
}

export function Shell(props: { readonly file: OpenFile; readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { t: tSettings } = useTranslation('settings');
  const { t: tReport } = useTranslation('report');
  const app = useApp();
  const { file } = props;
  const [dismissedBackup, setDismissedBackup] = useState<string | null>(null);
  const inventory = file.inventory;
  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('shell.navLabel')}>
        <div className="brand sidebar-brand">
          <LogoMark size={24} />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="sidebar-inventory">
          <span className="sidebar-label">{t('shell.inventoryLabel')}</span>
          <span className="sidebar-title" data-testid="sidebar-title">
            {inventory.title}
          </span>
          <span className="sidebar-subtitle">{[inventory.client, inventory.region].filter(Boolean).join(' · ') || t('shell.noClient')}</span>
        </div>
        <ul className="nav-list">
          <NavItem to={routes.overview} icon={LayoutDashboard}>
            {t('nav.overview')}
          </NavItem>
        </ul>
        <span className="sidebar-label nav-group-label">{t('nav.fieldwork')}</span>
        <ul className="nav-list">
          <NavItem to={routes.organisations} icon={Building2}>
            {t('nav.organisations')}
          </NavItem>
          <NavItem to={routes.respondents} icon={Users}>
            {t('nav.respondents')}
          </NavItem>
          <NavItem to={routes.guide} icon={ListChecks}>
            {t('nav.guide')}
          </NavItem>
          <NavItem to={routes.interviews} icon={ClipboardList} nested>
            {t('nav.interviews')}
          </NavItem>
        </ul>
        <span className="sidebar-label nav-group-label">{t('nav.analysis')}</span>
        <ul className="nav-list">
          <NavItem to={routes.analysis} icon={ChartNoAxesCombined} nested>
            {t('nav.findings')}
          </NavItem>
          <NavItem to={routes.notes} icon={MessageSquareText}>
            {t('nav.notes')}
          </NavItem>
          <NavItem to={routes.sessions} icon={MessagesSquare}>
            {t('nav.sessions')}
          </NavItem>
          <NavItem to={routes.recommendations} icon={Lightbulb}>
            {t('nav.recommendations')}
          </NavItem>
          <NavItem to={routes.report} icon={FileText}>
            {tReport('title')}
          </NavItem>
        </ul>
        <ul className="nav-list nav-list-settings">
          <NavItem to={routes.backups} icon={History}>
            {t('nav.backups')}
          </NavItem>
          <NavItem to={routes.settings} icon={SettingsIcon}>
            {tSettings('nav')}
          </NavItem>
        </ul>
        <div className="sidebar-footer">
          <span className="sidebar-label">{t('shell.fileActions')}</span>
          <ul className="nav-list">
            <SidebarAction icon={FilePlus} onClick={() => app.showDialog('new')}>
              {t('shell.newFile')}
            </SidebarAction>
            <SidebarAction icon={FolderOpen} onClick={() => void app.startOpen()}>
              {t('shell.openFile')}
            </SidebarAction>
            <SidebarAction icon={Copy} onClick={() => void app.startSaveCopy()}>
              {t('shell.saveCopy')}
            </SidebarAction>
            <SidebarAction icon={LogOut} onClick={() => void app.closeFile()}>
              {t('shell.closeFile')}
            </SidebarAction>
            <SidebarAction icon={Info} onClick={() => app.showDialog('about')}>
              {t('shell.about')}
            </SidebarAction>
          </ul>
        </div>
      </nav>
      <div className="shell-content">
        <header className="topbar">
          <div className="topbar-file" title={file.path}>
            <span className="visually-hidden">{t('shell.fileLabel')}: </span>
            <span className="topbar-filename" data-testid="file-name">
              {file.fileName}
            </span>
            {file.readOnly ? (
              <span className="badge badge-neutral" data-testid="read-only-badge">
                <Lock size={12} aria-hidden />
                {t('shell.readOnlyBadge')}
              </span>
            ) : null}
          </div>
          <div className="topbar-side">
            <SearchButton />
            <SaveIndicator readOnly={file.readOnly} />
            <LanguageSwitch />
          </div>
        </header>
        <main className="main" id="main">
          <div className="notices">
            {app.alert ? <ErrorAlert error={app.alert} onDismiss={app.dismissAlert} /> : null}
            {file.readOnly ? (
              <Message tone="warning" role="note" testId="read-only-notice">
                {t('shell.readOnlyNotice')}
              </Message>
            ) : null}
            <SharedFolderNotice file={file} />
            {file.backupPath && dismissedBackup !== file.backupPath ? (
              <Message tone="info" role="status" onDismiss={() => setDismissedBackup(file.backupPath)} testId="upgrade-notice">
                {t('shell.upgradedNotice', { path: file.backupPath })}
              </Message>
            ) : null}
          </div>
          {props.children}
        </main>
      </div>
    </div>
  );
}
