// "Samenvoegen": merge a colleague's copy of this inventory, and the merge history kept in the file (who merged which
// file, when, from which device and author, and how much changed).
import { GitMerge, History, ShieldCheck, Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadingLine } from '../../components/LoadingLine';
import { useFormat } from '../../i18n';
import { kindLabel } from './labels';
import { useMerge } from './MergeProvider';
import './merge.css';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function MergePage(props: { readonly file: OpenFile }) {
  const { t } = useTranslation('merge');
  const format = useFormat();
  const merge = useMerge();
  const history = useLiveData(() => client.call('merge.history', {}), ['inventory', 'notes', 'answers', 'conflicts', 'interviews']);
  const electron = typeof (globalThis as Record<string, unknown>).inventarisDroppedFiles === 'object';

  return (
    <div className="page" data-testid="merge-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>{t('merge.title')}</h1>
          <p className="lead">{t('merge.lead')}</p>
        </div>
        {!props.file.readOnly ? (
          <Button variant="primary" icon={GitMerge} onClick={() => void merge.startMerge()} busy={merge.running} data-testid="merge-start">
            {t('merge.start')}
          </Button>
        ) : null}
      </header>

      <div className="merge-facts">
        <div className="merge-fact">
          <Upload size={18} aria-hidden />
          <p>{electron ? t('merge.dropHint') : t('merge.dropWeb')}</p>
        </div>
        <div className="merge-fact">
          <ShieldCheck size={18} aria-hidden />
          <p>{t('merge.safety')}</p>
        </div>
      </div>

      <section className="card merge-history" aria-labelledby="merge-history-title">
        <div className="card-header">
          <h2 id="merge-history-title" className="card-title">
            <History size={16} aria-hidden />
            {t('merge.historyTitle')}
          </h2>
        </div>
        {history.error ? <ErrorAlert error={history.error} /> : null}
        {history.data === null ? (
          history.error ? null : <LoadingLine />
        ) : history.data.length === 0 ? (
          <p className="card-body merge-empty">{t('merge.historyEmpty')}</p>
        ) : (
          <table className="data-table merge-history-table" data-testid="merge-history">
            <thead>
              <tr>
                <th scope="col">{t('merge.historyWhen')}</th>
                <th scope="col">{t('merge.historyWho')}</th>
                <th scope="col">{t('merge.historyFrom')}</th>
                <th scope="col">{t('merge.historyFile')}</th>
                <th scope="col">{t('merge.historyChanges')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((entry) => (
                <tr key={entry.id}>
                  <td>{format.dateTime(entry.mergedAt)}</td>
                  <td>
                    <span className="merge-who">{entry.author || t('merge.unknownAuthor')}</span>
                    <span className="merge-device">{t('merge.device', { id: entry.deviceId.slice(-8) })}</span>
                  </td>
                  <td>
                    <span className="merge-who">{entry.sourceAuthors.length > 0 ? format.list(entry.sourceAuthors) : t('merge.unknownAuthor')}</span>
                    <span className="merge-device">{entry.sourceDevices.map((d) => t('merge.device', { id: d.slice(-8) })).join(', ')}</span>
                  </td>
                  <td className="merge-file" title={entry.sourceFile}>
                    {baseName(entry.sourceFile)}
                  </td>
                  <td>
                    <span className="merge-who">{t('merge.historyChangeCount', { count: entry.summary.changes })}</span>
                    <span className="merge-device">{entry.summary.kinds.map((k) => kindLabel(t, k.entity)).join(', ')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
