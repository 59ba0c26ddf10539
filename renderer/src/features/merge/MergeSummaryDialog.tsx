// What a merge did: per kind of row, how many were added, changed, deleted, restored, texts combined and conflicts.
import { GitMerge } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { MergeSummary } from '../../../../shared/contract/exchange';
import { Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useFormat } from '../../i18n';
import { kindLabel } from './labels';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function MergeSummaryDialog(props: { readonly summary: MergeSummary; readonly onClose: () => void; readonly onConflicts: () => void }) {
  const { t } = useTranslation('merge');
  const format = useFormat();
  const { summary } = props;
  const file = baseName(summary.sourceFile);
  const columns = ['added', 'changed', 'deleted', 'restored', 'mergedTexts', 'conflicts'] as const;
  const heads = { added: t('merge.summaryAdded'), changed: t('merge.summaryChanged'), deleted: t('merge.summaryDeleted'), restored: t('merge.summaryRestored'), mergedTexts: t('merge.summaryMerged'), conflicts: t('merge.summaryConflicts') };
  return (
    <Dialog
      title={t('merge.summaryTitle')}
      onClose={props.onClose}
      size="large"
      testId="merge-summary"
      footer={
        <>
          {summary.openConflicts > 0 ? (
            <Button variant="secondary" onClick={props.onConflicts}>
              {t('merge.toConflicts')}
            </Button>
          ) : null}
          <Button variant="primary" onClick={props.onClose} data-autofocus>
            {t('merge.close')}
          </Button>
        </>
      }
    >
      {summary.nothingNew ? (
        <Message tone="info" role="status">
          {t('merge.summaryNothing', { file })}
        </Message>
      ) : (
        <div className="merge-summary">
          <p className="merge-summary-lead">
            <GitMerge size={18} aria-hidden />
            <span>
              {t('merge.summaryLead', {
                file,
                count: summary.changes,
                authors: summary.sourceAuthors.length > 0 ? format.list(summary.sourceAuthors) : t('merge.unknownAuthor'),
              })}
            </span>
          </p>
          {summary.kinds.length > 0 ? (
            <div className="table-card">
              <table className="data-table merge-summary-table">
                <thead>
                  <tr>
                    <th scope="col">{t('merge.summaryKind')}</th>
                    {columns.map((column) => (
                      <th key={column} scope="col" className="merge-number">
                        {heads[column]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {summary.kinds.map((kind) => (
                    <tr key={kind.entity}>
                      <th scope="row">{kindLabel(t, kind.entity)}</th>
                      {columns.map((column) => (
                        <td key={column} className={`merge-number${kind[column] === 0 ? ' merge-zero' : ''}${column === 'conflicts' && kind[column] > 0 ? ' merge-attention' : ''}`}>
                          {format.number(kind[column])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {summary.openConflicts > 0 ? (
            <Message tone="warning" role="status">
              {t('merge.summaryOpenConflicts', { count: summary.openConflicts })}
            </Message>
          ) : null}
          {summary.backupPath ? <p className="merge-backup">{t('merge.summaryBackup', { path: summary.backupPath })}</p> : null}
        </div>
      )}
    </Dialog>
  );
}
