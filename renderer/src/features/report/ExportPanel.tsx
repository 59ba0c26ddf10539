// Export to Word: where to save (suggested next to the inventory), progress by stage with cancel, and afterwards
// where it was written, with buttons to open the document or its folder where the app can (Electron).
import { FileDown, FolderOpen, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { ExportProgress, ExportResult } from '../../../../shared/contract/report';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { ErrorAlert, Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';

function newJobId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `report-${random}`;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly jobId: string; readonly progress: ExportProgress | null }
  | { readonly kind: 'done'; readonly result: ExportResult }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: ErrorInfo };

export function ExportPanel(props: { readonly missingCount: number }) {
  const { t } = useTranslation('report');
  const [path, setPath] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const job = useRef<string | null>(null);

  useEffect(() => {
    let alive = true;
    void client.call('report.suggestPath').then(
      (suggested) => alive && setPath((current) => current || suggested.path),
      () => {},
    );
    const stop = client.on('export.progress', (progress) => {
      if (progress.jobId === job.current) setState({ kind: 'running', jobId: progress.jobId, progress });
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);

  async function start() {
    const jobId = newJobId();
    job.current = jobId;
    setState({ kind: 'running', jobId, progress: null });
    try {
      const result = await client.call('report.export', { path, jobId });
      setState({ kind: 'done', result });
    } catch (failure) {
      const error = toErrorInfo(failure);
      setState(error.code === 'CANCELLED' ? { kind: 'cancelled' } : { kind: 'failed', error });
    } finally {
      job.current = null;
    }
  }

  async function cancel(jobId: string) {
    try {
      await client.call('report.cancelExport', { jobId });
    } catch {
      // The export finished in the meantime; its own answer says how.
    }
  }

  async function open(what: 'document' | 'folder', file: string) {
    try {
      await client.call('report.open', { path: file, what });
    } catch (failure) {
      setState({ kind: 'failed', error: toErrorInfo(failure) });
    }
  }

  const running = state.kind === 'running';
  const fraction = running ? (state.progress?.fraction ?? 0.02) : 0;
  return (
    <section className="card report-export" aria-labelledby="report-export-title" data-testid="report-export">
      <div className="card-header">
        <h2 id="report-export-title" className="card-title">
          <FileDown size={16} aria-hidden />
          {t('export.heading')}
        </h2>
      </div>
      <div className="card-body form-stack">
        <Field label={t('export.path')} hint={t('export.pathHint')}>
          {(control) => <input {...control} className="input" value={path} onChange={(event) => setPath(event.target.value)} readOnly={running} autoComplete="off" spellCheck={false} />}
        </Field>
        {running ? (
          <div className="report-progress" role="status" aria-live="polite">
            <div className="report-progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)} aria-label={t('export.heading')}>
              <span style={{ width: `${Math.round(fraction * 100)}%` }} />
            </div>
            <span className="report-progress-text">{t(`export.stage.${state.progress?.stage ?? 'collect'}`)}</span>
            <Button variant="ghost" icon={X} onClick={() => void cancel(state.jobId)} data-testid="export-cancel">
              {t('export.cancel')}
            </Button>
          </div>
        ) : (
          <div className="report-actions">
            <Button variant="primary" icon={FileDown} disabled={!path.trim()} onClick={() => void start()} data-testid="export-start">
              {t('export.start')}
            </Button>
          </div>
        )}
        {state.kind === 'done' ? (
          <Message tone="success" role="status" testId="export-done">
            <strong>{t('export.done')}</strong>
            <span className="report-written">{t('export.writtenTo', { path: state.result.path })}</span>
            {props.missingCount > 0 ? <span className="report-written">{t('export.missing', { count: props.missingCount })}</span> : null}
            {state.result.canOpen ? (
              <span className="report-actions">
                <Button variant="secondary" icon={FileDown} onClick={() => void open('document', state.result.path)}>
                  {t('export.openDocument')}
                </Button>
                <Button variant="ghost" icon={FolderOpen} onClick={() => void open('folder', state.result.path)}>
                  {t('export.openFolder')}
                </Button>
              </span>
            ) : (
              <span className="report-written">{t('export.folder', { folder: state.result.folder })}</span>
            )}
          </Message>
        ) : null}
        {state.kind === 'cancelled' ? (
          <Message tone="info" role="status">
            {t('export.cancelled')}
          </Message>
        ) : null}
        {state.kind === 'failed' ? <ErrorAlert error={state.error} onDismiss={() => setState({ kind: 'idle' })} testId="export-error" /> : null}
      </div>
    </section>
  );
}
