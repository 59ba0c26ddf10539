// Export of the analysis: answers (one row per interview, one column per question), coded segments or scores, as
// CSV or XLSX, to a path the user can edit (suggested beside the documents folder). The core writes the file.
import { Download } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, exportWhats } from '../../../../shared/contract/analysis';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { showToast } from '../../components/Toast';
import { useFormat } from '../../i18n';

type What = (typeof exportWhats)[number];
type Format = (typeof exportFormats)[number];

export function ExportMenu(props: { readonly file: OpenFile }) {
  const { t } = useTranslation('analysisViews');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={Download} onClick={() => setOpen(true)} data-testid="analysis-export">
        {t('export.button')}
      </Button>
      {open ? <ExportDialog file={props.file} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** The suggested path with the export's name and extension in place of the inventory's. */
function exportPath(suggested: string, name: string, format: Format): string {
  const cut = Math.max(suggested.lastIndexOf('/'), suggested.lastIndexOf('\\'));
  const folder = cut >= 0 ? suggested.slice(0, cut + 1) : '';
  return `${folder}${name}.${format}`;
}

function ExportDialog(props: { readonly file: OpenFile; readonly onClose: () => void }) {
  const { t } = useTranslation('analysisViews');
  const { number } = useFormat();
  const [what, setWhat] = useState<What>('answers');
  const [format, setFormat] = useState<Format>('xlsx');
  const [folderPath, setFolderPath] = useState('');
  const [path, setPath] = useState('');
  const [edited, setEdited] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const title = props.file.inventory.title;

  useEffect(() => {
    let live = true;
    client
      .call('files.suggestPath', { title: title.slice(0, 200) })
      .then((suggested) => live && setFolderPath(suggested.path))
      .catch((failure: unknown) => live && setError(toErrorInfo(failure)));
    return () => {
      live = false;
    };
  }, [title]);

  useEffect(() => {
    if (!edited && folderPath) setPath(exportPath(folderPath, `${title} - ${t(`export.fileName.${what}`)}`.replace(/[\\/:*?"<>|]/g, '-').slice(0, 160), format));
  }, [folderPath, what, format, edited, title, t]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!path.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const written = await client.call('analysis.export', { what, format, path: path.trim() });
      showToast(t('export.done', { path: written.path, count: written.rows, rows: number(written.rows) }));
      props.onClose();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormDialog
      title={t('export.title')}
      description={t('export.description')}
      testId="export-dialog"
      formId="analysis-export-form"
      formClassName="form-stack"
      submitLabel={t('export.submit')}
      busy={busy}
      submitDisabled={!path.trim()}
      onSubmit={(event) => void onSubmit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
      <fieldset className="export-choice">
        <legend className="field-label">{t('export.what')}</legend>
        {exportWhats.map((key) => (
          <label key={key} className="check-row">
            <input type="radio" name="export-what" value={key} checked={what === key} onChange={() => setWhat(key)} data-testid={`export-what-${key}`} />
            <span className="check-row-text">
              <span className="check-row-title">{t(`export.whats.${key}`)}</span>
              <span className="check-row-meta">{t(`export.whatHints.${key}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-choice">
        <legend className="field-label">{t('export.format')}</legend>
        <div className="segmented">
          {exportFormats.map((key) => (
            <button key={key} type="button" className="segmented-item analysis-segmented-item" aria-pressed={format === key} onClick={() => setFormat(key)} data-testid={`export-format-${key}`}>
              {t(`export.formats.${key}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <Field label={t('export.path')} hint={t('export.pathHint')}>
        {(control) => (
          <input
            {...control}
            className="input input-mono"
            value={path}
            onChange={(event) => {
              setEdited(true);
              setPath(event.target.value);
            }}
            spellCheck={false}
            autoComplete="off"
            data-testid="export-path"
          />
        )}
      </Field>
    </FormDialog>
  );
}
