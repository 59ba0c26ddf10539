// "Overnemen uit ander bestand…": pick an earlier inventory (native dialog, or the in-app folder list on the web
// host), see what its guide, maturity model and codebook hold, choose the parts and whether they add to or replace
// the current ones. Only those parts are read from the other file; the core backs up this one first.
import { CornerLeftUp, FileText, Folder, FolderOpen } from 'lucide-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { ReusePart, ReusePreview } from '../../../../shared/contract/share';
import type { BrowseEntry } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { ErrorAlert, Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { PassphraseInput } from '../../components/PassphraseInput';
import { showToast } from '../../components/Toast';
import { useFormat } from '../../i18n';
import { useMerge } from '../merge/MergeProvider';
import './share.css';

const PREVIEW_QUESTIONS = 3;

interface Listing {
  readonly dir: string;
  readonly parent: string | null;
  readonly entries: readonly BrowseEntry[];
}

export function ReuseDialog(props: { readonly onClose: () => void; readonly onImported?: () => void }) {
  const { t } = useTranslation('share');
  const { t: tUi } = useTranslation();
  const format = useFormat();
  const app = useApp();
  const merger = useMerge();
  const native = app.info.transport === 'electron';
  const [path, setPath] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [listing, setListing] = useState<Listing | null>(null);
  const [preview, setPreview] = useState<ReusePreview | null>(null);
  const [parts, setParts] = useState<ReadonlySet<ReusePart>>(new Set(['guide', 'maturity', 'codebook']));
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const lang = format.language;

  const browse = useCallback(async (dir?: string) => {
    try {
      setListing(await client.call('files.browse', dir === undefined ? {} : { dir }));
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  }, []);

  useEffect(() => {
    if (!native) void browse();
  }, [native, browse]);

  async function load(target: string) {
    if (!target.trim()) return;
    setBusy('preview');
    setError(null);
    setPreview(null);
    try {
      setPreview(await client.call('reuse.preview', { path: target.trim(), ...(passphrase ? { passphrase } : {}) }));
    } catch (failure) {
      const info = toErrorInfo(failure);
      if (info.code === 'PASSPHRASE_REQUIRED') setNeedsPassphrase(true);
      else setError(info);
    } finally {
      setBusy(null);
    }
  }

  async function pickNative() {
    try {
      const picked = await client.call('dialog.pickOpenPath');
      if (picked.path) {
        setPath(picked.path);
        setNeedsPassphrase(false);
        setPassphrase('');
        await load(picked.path);
      }
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  }

  function choose(entry: BrowseEntry) {
    if (entry.kind === 'dir') return void browse(entry.path);
    setPath(entry.path);
    setNeedsPassphrase(false);
    setPassphrase('');
    void load(entry.path);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!preview) return void load(path);
    if (parts.size === 0) return setError({ code: 'BAD_INPUT', message: t('reuse.nothingChosen') });
    setBusy('import');
    setError(null);
    try {
      const result = await client.call('reuse.import', { path: preview.path, parts: [...parts], mode, ...(passphrase ? { passphrase } : {}) });
      showToast(t('reuse.done', { sections: result.sections, questions: result.questions, dimensions: result.dimensions, codes: result.codes }));
      props.onImported?.();
      props.onClose();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setBusy(null);
    }
  }

  function toggle(part: ReusePart, on: boolean) {
    setParts((current) => {
      const next = new Set(current);
      if (on) next.add(part);
      else next.delete(part);
      return next;
    });
  }

  const questionCount = preview ? preview.guide.reduce((n, s) => n + s.questions.length, 0) : 0;
  const partRows: { part: ReusePart; label: string; meta: string; empty: boolean }[] = preview
    ? [
        { part: 'guide', label: t('reuse.guide'), meta: t('reuse.guideCount', { sections: preview.guide.length, questions: questionCount }), empty: preview.guide.length === 0 },
        { part: 'maturity', label: t('reuse.maturity'), meta: t('reuse.maturityCount', { dimensions: preview.maturity.dimensions.length }), empty: preview.maturity.dimensions.length === 0 && preview.maturity.levels.length === 0 },
        { part: 'codebook', label: t('reuse.codebook'), meta: t('reuse.codebookCount', { codes: preview.codebook.length }), empty: preview.codebook.length === 0 },
      ]
    : [];

  return (
    <Dialog
      title={t('reuse.title')}
      description={t('reuse.description')}
      onClose={props.onClose}
      size="large"
      testId="reuse-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={props.onClose}>
            {tUi('common.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="reuse-form" busy={busy !== null} disabled={!path.trim() || (preview !== null && parts.size === 0)}>
            {preview ? t('reuse.submit') : t('reuse.preview')}
          </Button>
        </>
      }
    >
      <form id="reuse-form" className="form-stack" onSubmit={(event) => void onSubmit(event)} noValidate>
        {error ? <ErrorAlert error={error} onDismiss={() => setError(null)} /> : null}
        <div className="reuse-source">
          <Field label={t('reuse.pathLabel')}>
            {(control) => (
              <input
                {...control}
                className="input input-mono"
                value={path}
                onChange={(e) => {
                  setPath(e.target.value);
                  setPreview(null);
                }}
                spellCheck={false}
                autoComplete="off"
                data-testid="reuse-path"
              />
            )}
          </Field>
          {native ? (
            <Button variant="secondary" icon={FolderOpen} onClick={() => void pickNative()}>
              {t('reuse.browse')}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => void load(path)} disabled={!path.trim()} busy={busy === 'preview'}>
              {t('reuse.preview')}
            </Button>
          )}
        </div>
        {needsPassphrase ? (
          <Field label={t('reuse.passphrase')}>{(control) => <PassphraseInput control={control} value={passphrase} onChange={setPassphrase} onEnter={() => void load(path)} testId="reuse-passphrase" />}</Field>
        ) : null}

        {preview ? (
          <div className="reuse-grid">
            <div>
              <p className="reuse-from">{t('reuse.from', { title: preview.inventoryTitle })}</p>
              {preview.sameInventory ? (
                <div className="reuse-notice">
                  <Message tone="warning" role="note" testId="reuse-same-inventory">
                    <p>{t('reuse.sameInventory')}</p>
                    <Button
                      variant="secondary"
                      className="button-small"
                      disabled={app.file?.readOnly ?? false}
                      onClick={() => {
                        const target = preview.path;
                        props.onClose();
                        void merger.mergePath(target, passphrase || undefined);
                      }}
                    >
                      {t('reuse.mergeInstead')}
                    </Button>
                  </Message>
                </div>
              ) : null}
              <fieldset className="reuse-fieldset">
                <legend>{t('reuse.parts')}</legend>
                {partRows.map((row) => (
                  <label key={row.part} className="check-row">
                    <input type="checkbox" checked={parts.has(row.part)} disabled={row.empty} onChange={(e) => toggle(row.part, e.target.checked)} data-testid={`reuse-part-${row.part}`} />
                    <span className="check-row-text">
                      <span className="check-row-title">{row.label}</span>
                      <span className="check-row-meta">{row.meta}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <fieldset className="reuse-fieldset">
                <legend>{t('reuse.mode')}</legend>
                {(['append', 'replace'] as const).map((value) => (
                  <label key={value} className="check-row">
                    <input type="radio" name="reuse-mode" checked={mode === value} onChange={() => setMode(value)} data-testid={`reuse-mode-${value}`} />
                    <span className="check-row-text">
                      <span className="check-row-title">{t(`reuse.${value}`)}</span>
                      <span className="check-row-meta">{t(`reuse.${value}Hint`)}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
            </div>
            <section className="reuse-preview" aria-label={t('reuse.previewHeading')} tabIndex={0} data-testid="reuse-preview">
              <h3>{t('reuse.previewHeading')}</h3>
              <ol>
                {preview.guide.map((section, index) => (
                  <li key={index}>
                    <strong>{section.title[lang] || section.title.nl}</strong>
                    <ul>
                      {section.questions.slice(0, PREVIEW_QUESTIONS).map((question, q) => (
                        <li key={q}>{question[lang] || question.nl}</li>
                      ))}
                      {section.questions.length > PREVIEW_QUESTIONS ? <li>{t('reuse.moreQuestions', { count: section.questions.length - PREVIEW_QUESTIONS })}</li> : null}
                    </ul>
                  </li>
                ))}
              </ol>
            </section>
          </div>
        ) : !native && listing ? (
          <div className="chooser">
            <div className="chooser-bar">
              <Button variant="secondary" icon={CornerLeftUp} className="button-small" onClick={() => listing.parent && void browse(listing.parent)} disabled={!listing.parent}>
                {t('reuse.up')}
              </Button>
              <span className="chooser-dir" title={listing.dir}>
                {listing.dir}
              </span>
            </div>
            <div className="chooser-list">
              <ul>
                {listing.entries.map((entry) => (
                  <li key={entry.path}>
                    <button type="button" className={`chooser-entry${entry.path === path ? ' chooser-entry-selected' : ''}`} onClick={() => choose(entry)}>
                      {entry.kind === 'dir' ? <Folder size={16} aria-hidden className="chooser-icon-dir" /> : <FileText size={16} aria-hidden className="chooser-icon-file" />}
                      <span className="chooser-name">{entry.name}</span>
                      <span className="chooser-meta">{entry.kind === 'dir' ? '' : format.dateTime(entry.modifiedAt)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
      </form>
    </Dialog>
  );
}
