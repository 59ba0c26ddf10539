// Merging a colleague's file from anywhere in the app: the menu command (Electron), a file dropped onto the window
// (Electron gives its path), the in-app chooser (web host) or the merge page's button. Asks for a passphrase when the
// file is an encrypted share, and shows the summary afterwards.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ClientError } from '../../../../shared/contract/client';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { MergeSummary } from '../../../../shared/contract/exchange';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { flushPendingSaves } from '../../app/save-state';
import { routes } from '../../app/routes';
import { client, droppedFilePath } from '../../bridge';
import { showToast } from '../../components/Toast';
import { OpenFileDialog } from '../files/OpenFileDialog';
import { MergeSummaryDialog } from './MergeSummaryDialog';
import { PassphraseDialog } from './PassphraseDialog';

interface MergeContextValue {
  /** Asks for a file (native dialog or the in-app chooser) and merges it. */
  startMerge(): Promise<void>;
  /** Merges the file at `path`; a sealed file uses `passphrase`, or asks for it. */
  mergePath(path: string, passphrase?: string): Promise<void>;
  readonly running: boolean;
  /** A file is being dragged over the window. */
  readonly dragging: boolean;
}

const MergeContext = createContext<MergeContextValue | null>(null);

export function useMerge(): MergeContextValue {
  const value = useContext(MergeContext);
  if (!value) throw new Error('useMerge outside MergeProvider');
  return value;
}

const passphraseCodes = new Set(['PASSPHRASE_REQUIRED', 'WRONG_PASSPHRASE']);

export function MergeProvider(props: { readonly readOnly: boolean; readonly children: ReactNode }) {
  const { t } = useTranslation('merge');
  const app = useApp();
  const [, navigate] = useLocation();
  const [choosing, setChoosing] = useState(false);
  const [running, setRunning] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [summary, setSummary] = useState<MergeSummary | null>(null);
  const [passphraseFor, setPassphraseFor] = useState<{ path: string; error: ErrorInfo | null } | null>(null);

  /** Merges `path`; a refusal is thrown to the caller (the chooser shows it in place). */
  const merge = useCallback(async (path: string, passphrase?: string) => {
    await flushPendingSaves();
    setRunning(true);
    try {
      const result = await client.call('merge.run', { path, ...(passphrase !== undefined && { passphrase }) });
      setPassphraseFor(null);
      setSummary(result);
    } catch (error) {
      if (error instanceof ClientError && passphraseCodes.has(error.info.code)) {
        setPassphraseFor({ path, error: passphrase === undefined ? null : error.info });
        return;
      }
      throw error;
    } finally {
      setRunning(false);
    }
  }, []);

  const mergeOrAlert = useCallback(
    async (path: string, passphrase?: string) => {
      try {
        await merge(path, passphrase);
      } catch (error) {
        app.showAlert(error);
      }
    },
    [merge, app],
  );

  const startMerge = useCallback(async () => {
    if (props.readOnly) return;
    try {
      const picked = await client.call('dialog.pickOpenPath');
      if (!picked.native) return setChoosing(true);
      if (picked.path) await mergeOrAlert(picked.path);
    } catch (error) {
      app.showAlert(error);
    }
  }, [props.readOnly, mergeOrAlert, app]);

  useEffect(() => client.on('menu.command', ({ command }) => command === 'merge' && void startMerge()), [startMerge]);

  // Drag and drop of a file onto the window. Only Electron can tell its path; the web host says to use the chooser.
  useEffect(() => {
    if (props.readOnly) return;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      const path = droppedFilePath(file);
      if (path) void mergeOrAlert(path);
      else showToast(t('merge.dropWeb'));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [props.readOnly, mergeOrAlert, app, t]);

  const value = useMemo<MergeContextValue>(() => ({ startMerge, mergePath: mergeOrAlert, running, dragging }), [startMerge, mergeOrAlert, running, dragging]);

  return (
    <MergeContext.Provider value={value}>
      {props.children}
      {dragging ? (
        <div className="merge-drop-overlay" aria-hidden>
          <span>{t('merge.dropHere')}</span>
        </div>
      ) : null}
      {choosing ? (
        <OpenFileDialog
          onClose={() => setChoosing(false)}
          choose={{ title: t('merge.chooseTitle'), description: t('merge.chooseDescription'), submit: t('merge.chooseSubmit'), testId: 'merge-chooser', onChoose: (path) => merge(path) }}
        />
      ) : null}
      {passphraseFor ? (
        <PassphraseDialog
          error={passphraseFor.error}
          busy={running}
          onCancel={() => setPassphraseFor(null)}
          onSubmit={(passphrase) => void merge(passphraseFor.path, passphrase).catch((error) => setPassphraseFor({ path: passphraseFor.path, error: toErrorInfo(error) }))}
        />
      ) : null}
      {summary ? (
        <MergeSummaryDialog
          summary={summary}
          onClose={() => setSummary(null)}
          onConflicts={() => {
            setSummary(null);
            navigate(routes.conflicts);
          }}
        />
      ) : null}
    </MergeContext.Provider>
  );
}
