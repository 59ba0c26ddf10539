// Electron's main process: lifecycle, windows (one core Session each), the app:// protocol, the native menu and
// the security wiring. Thin on purpose: every decision lives in a pure module next to this one (security, protocol,
// menu, launch, dialogs) or in electron/ipc, and is unit-tested there; this file only connects them to Electron.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session as electronSession, shell } from 'electron';
import { eventChannel } from '../../shared/contract/bridge';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { desktopStrings } from '../../shared/i18n/menu';
import { createRegistry } from '../core/api';
import { ConfigStore, defaultConfigDir } from '../core/config';
import { useNativeBinding } from '../core/db/native';
import { toErrorInfo } from '../core/registry';
import { Session } from '../core/session';
import { appVersion } from '../core/version';
import { registerIpc } from '../ipc/register';
import { createNativeDialogs } from './dialogs';
import { chooseWindowForFile, filesFromArgv } from './launch';
import { buildMenuTemplate, type MenuHandlers } from './menu';
import { serveAppRequest } from './protocol';
import { APP_ENTRY_URL, APP_SCHEME } from '../ipc/sender';
import {
  applyContentsGuards,
  createWindowOptions,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedExternalUrl,
  isRequestAllowed,
  spellCheckerLanguages,
} from './security';

/** dist/electron/main.js sits next to preload.js; the renderer build is dist/renderer. */
const preloadPath = path.join(__dirname, 'preload.js');
const rendererRoot = path.join(__dirname, '..', 'renderer');

interface AppWindow {
  readonly window: BrowserWindow;
  readonly session: Session;
}

/** Our windows by WebContents id: the IPC layer trusts only senders found here. */
const windows = new Map<number, AppWindow>();
/** Files macOS asked us to open before the app was ready. */
const pendingFiles: string[] = [];
const registry = createRegistry();
let config: ConfigStore;

// `npm start` builds better-sqlite3 for Electron beside the Node build in node_modules and names it here (see
// scripts/electron-native.mjs); set before any file is opened. A packaged app's better-sqlite3 is built for Electron.
if (!app.isPackaged && process.env.INVENTARIS_SQLITE_BINDING) useNativeBinding(process.env.INVENTARIS_SQLITE_BINDING);

// One settings folder for the desktop app, the web host and the CLI (INVENTARIS_HOME or the platform's config
// folder); set before anything reads userData, including the single-instance lock.
app.setPath('userData', defaultConfigDir());
// Date and number inputs follow Chromium's UI locale, not the page's lang: start it in the user's language so a
// Dutch user sees 14-04-2026. A language switch applies to these inputs from the next start.
app.commandLine.appendSwitch('lang', new ConfigStore(defaultConfigDir()).get().language === 'en' ? 'en-GB' : 'nl-NL');
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = filesFromArgv(argv, workingDirectory);
    if (files.length === 0) focus(anyWindow() ?? createAppWindow());
    for (const file of files) openFromOutside(file);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (app.isReady()) openFromOutside(file);
    else pendingFiles.push(file);
  });
  app.on('web-contents-created', (_event, contents) => applyContentsGuards(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.size === 0) createAppWindow();
  });
  app.whenReady().then(start, (error: unknown) => fail(error));
}

function start(): void {
  try {
    config = new ConfigStore(app.getPath('userData'));
    secureDefaultSession();
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
    registerIpc({
      ipcMain,
      registry,
      sessionFor: (webContentsId) => windows.get(webContentsId)?.session,
      language: () => config.get().language,
    });
    rebuildMenu();
    const files = [...filesFromArgv(process.argv, process.cwd()), ...pendingFiles.splice(0)];
    if (files.length === 0) createAppWindow();
    for (const file of files) openFromOutside(file);
  } catch (error) {
    fail(error);
  }
}

/** A failure while starting is shown and ends the app; it never leaves a half-started app running. */
function fail(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(detail);
  dialog.showErrorBox('Inventaris', detail);
  app.exit(1);
}

function secureDefaultSession(): void {
  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  // The app makes no network requests; anything not served by app:// (or the developer tools) is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
  ses.on('will-download', (event) => event.preventDefault());
  // macOS uses its own spell checker and ignores this list.
  if (process.platform !== 'darwin') ses.setSpellCheckerLanguages(spellCheckerLanguages(ses.availableSpellCheckerLanguages));
}

function openExternal(url: string): void {
  // Checked again here, so no caller can hand shell.openExternal an unchecked URL.
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

function createAppWindow(): AppWindow {
  const window = new BrowserWindow(createWindowOptions(preloadPath));
  const id = window.webContents.id;
  let closed = false;

  const session: Session = new Session({
    config,
    transport: 'electron',
    appVersion,
    dialogs: {
      ...createNativeDialogs(dialog, {
        window,
        language: () => config.get().language,
        startDir: () => session.documentsDir,
      }),
      // The core has checked that the written report exists; shell opens it with the user's word processor.
      openPath: async (file, what) => {
        if (what === 'folder') {
          shell.showItemInFolder(file);
          return true;
        }
        return (await shell.openPath(file)) === '';
      },
    },
    emit: (event, payload) => {
      // Closing the window closes its file, which emits once more; nobody is left to tell.
      if (closed) return;
      if (event === 'settings.changed') {
        // Settings are shared by every window; each one and the menu follow the change.
        for (const other of windows.values()) sendTo(other, event, payload);
        rebuildMenu();
        return;
      }
      sendTo(appWindow, event, payload);
      if (event === 'file.changed') {
        const file = payload as EventPayload<'file.changed'>;
        if (file) app.addRecentDocument(file.path);
        if (process.platform === 'darwin') window.setRepresentedFilename(file?.path ?? '');
        rebuildMenu();
      }
    },
  });

  const appWindow: AppWindow = { window, session };
  windows.set(id, appWindow);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    closed = true;
    windows.delete(id);
    session.close();
  });
  void window.loadURL(APP_ENTRY_URL);
  return appWindow;
}

function sendTo<E extends EventName>(target: AppWindow, event: E, payload: EventPayload<E>): void {
  const contents = target.window.webContents;
  if (!target.window.isDestroyed() && !contents.isDestroyed()) contents.send(eventChannel(event), payload);
}

function anyWindow(): AppWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  const byFocus = focused ? windows.get(focused.webContents.id) : undefined;
  return byFocus ?? windows.values().next().value;
}

function focus(target: AppWindow): void {
  if (target.window.isMinimized()) target.window.restore();
  target.window.show();
  target.window.focus();
}

/** A file from the command line, a second launch or macOS: opened without replacing the user's current work. */
function openFromOutside(file: string): void {
  const focused = BrowserWindow.getFocusedWindow();
  const slots = [...windows.entries()].map(([id, entry]) => ({ id, openPath: entry.session.current?.path ?? null }));
  const choice = chooseWindowForFile(slots, focused ? focused.webContents.id : null, file);
  const target = choice === 'new' ? createAppWindow() : windows.get(choice);
  if (!target) throw new Error(`window ${String(choice)} disappeared`);
  focus(target);
  openIn(target, file);
}

function openIn(target: AppWindow, file: string): void {
  try {
    target.session.open(file);
  } catch (error) {
    const language = config.get().language;
    void dialog.showMessageBox(target.window, {
      type: 'error',
      title: desktopStrings(language).openFailedTitle,
      message: toErrorInfo(error, language).message,
    });
  }
}

/** Commands the renderer carries out (it may need to finish typing or ask a question first). */
function menuCommand(command: EventPayload<'menu.command'>['command']): void {
  const target = anyWindow();
  if (!target) {
    // macOS with every window closed: a fresh window shows the start screen, where the user can go on.
    focus(createAppWindow());
    return;
  }
  focus(target);
  target.session.env.emit('menu.command', { command });
}

const menuHandlers: MenuHandlers = {
  newInventory: () => menuCommand('new'),
  open: () => menuCommand('open'),
  saveCopy: () => menuCommand('saveCopy'),
  merge: () => menuCommand('merge'),
  close: () => menuCommand('close'),
  about: () => menuCommand('about'),
  openRecent: (file) => {
    const target = anyWindow() ?? createAppWindow();
    focus(target);
    openIn(target, file);
  },
  clearRecent: () => {
    config.update({ recent: [] });
    app.clearRecentDocuments();
    rebuildMenu();
  },
};

function rebuildMenu(): void {
  const { language, recent } = config.get();
  const template = buildMenuTemplate(language, menuHandlers, { recent, showDevTools: !app.isPackaged, platform: process.platform });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
