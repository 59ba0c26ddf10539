// The in-app file chooser for transports without a native dialog (web host): browse folders and .inventaris
// files, go up, or paste a full path. An unopenable file shows its translated error here; nothing else changes.
import { CornerLeftUp, FileText, Folder } from 'lucide-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { BrowseEntry } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n';

interface Listing {
  readonly dir: string;
  readonly parent: string | null;
  readonly entries: readonly BrowseEntry[];
}

/** The in-app file chooser; `choose` reuses it for another purpose than opening (merging a colleague's file). */
export function OpenFileDialog(props: {
  readonly onClose: () => void;
  readonly choose?: {
    readonly title: string;
    readonly description: string;
    readonly submit: string;
    readonly testId: string;
    readonly onChoose: (path: string) => Promise<void>;
    /** Which files to list: inventories (default) or Word documents and templates (the report's house style). */
    readonly files?: 'inventory' | 'word';
    readonly pathPlaceholder?: string;
  };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const app = useApp();
  const listId = useId();
  const [listing, setListing] = useState<Listing | null>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [opening, setOpening] = useState(false);
  const files = props.choose?.files ?? 'inventory';

  const browse = useCallback(async (dir?: string) => {
    try {
      setListing(await client.call('files.browse', { ...(dir === undefined ? {} : { dir }), ...(files === 'word' ? { files } : {}) }));
      setError(null);
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  }, [files]);

  useEffect(() => {
    void browse();
  }, [browse]);

  async function open(target: string) {
    if (!target.trim()) return;
    setOpening(true);
    setError(null);
    try {
      if (props.choose) await props.choose.onChoose(target.trim());
      else await app.openPath(target.trim());
      props.onClose();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setOpening(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void open(path);
  }

  return (
    <Dialog
      title={props.choose?.title ?? t('open.title')}
      description={props.choose?.description ?? t('open.description')}
      onClose={props.onClose}
      size="large"
      testId={props.choose?.testId ?? 'open-dialog'}
      footer={
        <>
          <Button variant="ghost" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="open-file-form" busy={opening} disabled={!path.trim()}>
            {props.choose?.submit ?? t('open.submit')}
          </Button>
        </>
      }
    >
      <div className="chooser">
        {error ? <ErrorAlert error={error} onDismiss={() => setError(null)} /> : null}
        <div className="chooser-bar">
          <Button variant="secondary" icon={CornerLeftUp} className="button-small" onClick={() => listing?.parent && void browse(listing.parent)} disabled={!listing?.parent}>
            {t('open.up')}
          </Button>
          <span className="chooser-dir" title={listing?.dir}>
            <span className="visually-hidden">{t('open.currentFolder')}: </span>
            {listing?.dir ?? ''}
          </span>
        </div>
        <div className="chooser-list" role="group" aria-labelledby={listId}>
          <span id={listId} className="visually-hidden">
            {t('open.listLabel')}
          </span>
          {listing === null ? (
            <p className="chooser-empty">{t('open.loading')}</p>
          ) : listing.entries.length === 0 ? (
            <p className="chooser-empty">{t('open.empty')}</p>
          ) : (
            <ul>
              {listing.entries.map((entry) => (
                <li key={entry.path}>
                  <button
                    type="button"
                    className={`chooser-entry${entry.path === path ? ' chooser-entry-selected' : ''}`}
                    aria-pressed={entry.kind !== 'dir' ? entry.path === path : undefined}
                    onClick={() => (entry.kind === 'dir' ? void browse(entry.path) : setPath(entry.path))}
                    onDoubleClick={() => entry.kind !== 'dir' && void open(entry.path)}
                  >
                    {entry.kind === 'dir' ? <Folder size={16} aria-hidden className="chooser-icon-dir" /> : <FileText size={16} aria-hidden className="chooser-icon-file" />}
                    <span className="chooser-name">{entry.name}</span>
                    <span className="chooser-meta">{entry.kind === 'dir' ? t('open.folder') : t('open.modified', { date: format.dateTime(entry.modifiedAt) })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <form id="open-file-form" onSubmit={onSubmit}>
          <Field label={t('open.pathLabel')}>
            {(control) => (
              <input
                {...control}
                className="input input-mono"
                value={path}
                onChange={(event) => setPath(event.target.value)}
                placeholder={props.choose?.pathPlaceholder ?? t('open.pathPlaceholder')}
                spellCheck={false}
                autoComplete="off"
              />
            )}
          </Field>
        </form>
      </div>
    </Dialog>
  );
}
