// The app's shared state: app facts, settings, the open file, the dialog on screen and the page-level alert. It
// also carries out file actions (new, open, save a copy, close) and follows the core's events, so a
// file switched from a menu or another window shows up here too.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ClientError } from '../../../shared/contract/client';
import type { ErrorInfo } from '../../../shared/contract/errors';
import type { AppInfo, Inventory, InventoryFields, OpenFile, Settings } from '../../../shared/contract/schemas';
import type { Language } from '../../../shared/i18n/languages';
import { client } from '../bridge';
import { showToast } from '../components/Toast';
import { applyLanguage, i18n } from '../i18n';
import { toErrorInfo } from './autosave';
import { flushPendingSaves } from './save-state';

function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}

export type DialogKind = 'new' | 'open' | 'saveCopy' | 'about';

export interface AppContextValue {
  readonly info: AppInfo;
  readonly settings: Settings;
  readonly file: OpenFile | null;
  readonly alert: ErrorInfo | null;
  readonly dialog: DialogKind | null;
  readonly busy: boolean;
  showDialog(kind: DialogKind): void;
  hideDialog(): void;
  showAlert(error: unknown): void;
  dismissAlert(): void;
  /** Opens the native open dialog where there is one, else the in-app chooser. */
  startOpen(): Promise<void>;
  /** Opens the native save dialog where there is one, else the in-app save-copy dialog. */
  startSaveCopy(): Promise<void>;
  /** Opens a file; rejects with ClientError (the current file stays open). */
  openPath(path: string): Promise<OpenFile>;
  createFile(path: string, fields: Partial<InventoryFields> & { title: string }, template?: 'default' | 'empty'): Promise<OpenFile>;
  /** Writes the fictional demo inventory at `path` (which must not exist) and opens it. */
  openDemo(path: string): Promise<OpenFile>;
  saveCopy(path: string): Promise<string>;
  closeFile(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  /** Takes in the inventory as stored after a save. */
  inventoryStored(inventory: Inventory): void;
  /** An encrypted share copy waiting for its passphrase (the unseal dialog), or null. */
  readonly sealedPath: string | null;
  /** The unseal dialog's outcome: the opened file, or null when the user cancelled. */
  settleSealed(opened: OpenFile | null): void;
}

const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() is used outside <AppProvider>');
  return value;
}

type Boot = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly error: ErrorInfo } | { readonly kind: 'ready'; readonly info: AppInfo; readonly settings: Settings; readonly file: OpenFile | null };

async function boot(): Promise<Boot> {
  try {
    const [info, settings, file] = await Promise.all([client.call('app.info'), client.call('settings.get'), client.call('files.current')]);
    await applyLanguage(settings.language);
    return { kind: 'ready', info, settings, file };
  } catch (error) {
    return { kind: 'failed', error: toErrorInfo(error) };
  }
}

export function AppProvider(props: {
  readonly children: ReactNode;
  readonly renderLoading: () => ReactNode;
  readonly renderFailed: (error: ErrorInfo, retry: () => void) => ReactNode;
}) {
  const [state, setState] = useState<Boot>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void boot().then((result) => live && setState(result));
    return () => {
      live = false;
    };
  }, [attempt]);

  if (state.kind === 'loading') return props.renderLoading();
  if (state.kind === 'failed') {
    return props.renderFailed(state.error, () => {
      setState({ kind: 'loading' });
      setAttempt((n) => n + 1);
    });
  }
  return (
    <ReadyApp info={state.info} settings={state.settings} file={state.file}>
      {props.children}
    </ReadyApp>
  );
}

function ReadyApp(props: { readonly info: AppInfo; readonly settings: Settings; readonly file: OpenFile | null; readonly children: ReactNode }) {
  const [settings, setSettings] = useState(props.settings);
  const [file, setFile] = useState<OpenFile | null>(props.file);
  const [alert, setAlert] = useState<ErrorInfo | null>(null);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [busy, setBusy] = useState(false);

  // Cancelling (e.g. the passphrase of an encrypted file) is not an error to show.
  const showAlert = useCallback((error: unknown) => {
    const info = toErrorInfo(error);
    if (info.code !== 'CANCELLED') setAlert(info);
  }, []);
  const [sealed, setSealed] = useState<{ readonly path: string; readonly settle: (opened: OpenFile | null) => void } | null>(null);

  const refreshInventory = useCallback(async () => {
    try {
      const inventory = await client.call('inventory.get');
      setFile((current) => (current && current.inventory.id === inventory.id ? { ...current, inventory } : current));
    } catch (error) {
      // Closed in the meantime: file.changed brings the new state.
      if (!(error instanceof ClientError && error.info.code === 'NO_FILE_OPEN')) showAlert(error);
    }
  }, [showAlert]);

  const adoptFile = useCallback((next: OpenFile | null) => {
    setFile(next);
    setAlert(null);
  }, []);

  const openPath = useCallback(
    async (path: string) => {
      await flushPendingSaves();
      setBusy(true);
      let opened: OpenFile;
      try {
        opened = await client.call('files.open', { path });
      } catch (error) {
        setBusy(false);
        if (!(error instanceof ClientError && error.info.code === 'PASSPHRASE_REQUIRED')) throw error;
        // An encrypted share copy: the unseal dialog asks for the passphrase and opens it.
        setDialog(null);
        const unsealed = await new Promise<OpenFile | null>((settle) => setSealed({ path, settle }));
        setSealed(null);
        if (!unsealed) throw new ClientError({ code: 'CANCELLED', message: i18n.t('common.cancel') });
        opened = unsealed;
      }
      setBusy(false);
      // The file and the closing of the dialog that chose it render together, never one without the other.
      setDialog(null);
      adoptFile(opened);
      return opened;
    },
    [adoptFile],
  );

  const createFile = useCallback(
    async (path: string, fields: Partial<InventoryFields> & { title: string }, template: 'default' | 'empty' = 'default') => {
      await flushPendingSaves();
      const created = await client.call('files.create', { path, fields, template });
      setDialog(null);
      adoptFile(created);
      return created;
    },
    [adoptFile],
  );

  const openDemo = useCallback(
    async (path: string) => {
      await flushPendingSaves();
      setBusy(true);
      try {
        const opened = await client.call('files.createDemo', { path });
        setDialog(null);
        adoptFile(opened);
        return opened;
      } finally {
        setBusy(false);
      }
    },
    [adoptFile],
  );

  const closeFile = useCallback(async () => {
    await flushPendingSaves();
    try {
      await client.call('files.close');
      adoptFile(null);
    } catch (error) {
      showAlert(error);
    }
  }, [adoptFile, showAlert]);

  const saveCopy = useCallback(async (path: string) => {
    await flushPendingSaves();
    const { path: written } = await client.call('files.saveCopy', { path });
    showToast(i18n.t('saveCopy.done', { path: written }));
    return written;
  }, []);

  const startOpen = useCallback(async () => {
    try {
      const picked = await client.call('dialog.pickOpenPath');
      if (!picked.native) return setDialog('open');
      if (picked.path) await openPath(picked.path);
    } catch (error) {
      showAlert(error);
    }
  }, [openPath, showAlert]);

  // "Kopie delen…" always shows its dialog: the passphrase is asked there, and it offers the native save dialog.
  const startSaveCopy = useCallback(async () => {
    if (file) setDialog('saveCopy');
  }, [file]);

  const setLanguage = useCallback(
    async (language: Language) => {
      const previous = settings.language;
      await applyLanguage(language);
      try {
        setSettings(await client.call('settings.update', { language }));
      } catch (error) {
        await applyLanguage(previous);
        showAlert(error);
      }
    },
    [settings.language, showAlert],
  );

  const inventoryStored = useCallback((inventory: Inventory) => {
    setFile((current) => (current && current.inventory.id === inventory.id ? { ...current, inventory } : current));
  }, []);

  // The core's events: menu commands (Electron), file switches and data changes from elsewhere, settings.
  useEffect(() => {
    const stops = [
      client.on('file.changed', (next) => adoptFile(next)),
      client.on('db.changed', ({ entities }) => {
        if (entities.includes('inventory')) void refreshInventory();
      }),
      client.on('settings.changed', (next) => {
        setSettings(next);
        void applyLanguage(next.language);
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }, [adoptFile, refreshInventory]);

  useEffect(() => {
    return client.on('menu.command', ({ command }) => {
      switch (command) {
        case 'new':
          return setDialog('new');
        case 'open':
          return void startOpen();
        case 'saveCopy':
          return void startSaveCopy();
        case 'merge':
          // Carried out by the merge feature (features/merge/MergeProvider), which listens for it too.
          return;
        case 'close':
          return void closeFile();
        case 'about':
          return setDialog('about');
        default:
          return assertNever(command);
      }
    });
  }, [startOpen, startSaveCopy, closeFile]);

  const value = useMemo<AppContextValue>(
    () => ({
      info: props.info,
      settings,
      file,
      alert,
      dialog,
      busy,
      showDialog: setDialog,
      hideDialog: () => setDialog(null),
      showAlert,
      dismissAlert: () => setAlert(null),
      startOpen,
      startSaveCopy,
      openPath,
      createFile,
      openDemo,
      saveCopy,
      closeFile,
      setLanguage,
      inventoryStored,
      sealedPath: sealed?.path ?? null,
      settleSealed: (opened: OpenFile | null) => sealed?.settle(opened),
    }),
    [props.info, settings, file, alert, dialog, busy, showAlert, startOpen, startSaveCopy, openPath, createFile, openDemo, saveCopy, closeFile, setLanguage, inventoryStored, sealed],
  );

  return <AppContext.Provider value={value}>{props.children}</AppContext.Provider>;
}
