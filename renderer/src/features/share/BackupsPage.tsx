// "Back-ups": the automatic and manual backups of the open inventory (date, reason, what was in it), a backup on
// request, and restoring one after a confirmation; the core backs up the current state first, so a restore can be
// undone by restoring that one.
import { ArchiveRestore, DatabaseBackup, FolderInput, GitMerge, History, PackageOpen, RotateCcw, Save, Upload, type LucideIcon } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../shared/contract/share';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { ErrorAlert, Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { LoadingLine } from '../../components/LoadingLine';
import { showToast } from '../../components/Toast';
import { useFormat } from '../../i18n';
import './share.css';

const reasonIcons: Readonly<Record<Backup['reason'], LucideIcon>> = {
  open: FolderInput,
  migration: Upload,
  merge: GitMerge,
  restore: RotateCcw,
  import: PackageOpen,
  manual: Save,
};

const countedTables = ['organisations', 'respondents', 'interviews', 'notes'] as const;

export function BackupsPage(props: { readonly file: OpenFile }) {
  const { t } = useTranslation('share');
  const format = useFormat();
  const app = useApp();
  const backups = useLiveData(() => client.call('backups.list', {}), ['backups'], props.file.path);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [creating, setCreating] = useState(false);
  const [highlight, setHighlight] = useState<string | null>(null);
  const readOnly = props.file.readOnly;

  const when = (iso: string) => new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
  const fileName = (p: string) => p.split(/[\\/]/).pop() ?? p;

  function contents(backup: Backup): string {
    return format.list(countedTables.map((table) => t(`backups.counts.${table}`, { count: backup.counts[table] ?? 0 })));
  }

  function size(bytes: number): string {
    return new Intl.NumberFormat(format.locale, { style: 'unit', unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
      bytes >= 1024 * 1024 ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024),
    );
  }

  async function createNow() {
    setCreating(true);
    try {
      const made = await client.call('backups.create', {});
      setHighlight(made.id);
      showToast(t('backups.created'));
      await backups.reload();
    } catch (error) {
      app.showAlert(error);
    } finally {
      setCreating(false);
    }
  }

  async function restore(backup: Backup) {
    const result = await client.call('backups.restore', { id: backup.id });
    setConfirming(null);
    setHighlight(result.safety.id);
    showToast(t('backups.restored', { date: when(backup.createdAt) }));
    await backups.reload();
  }

  const list = backups.data?.backups ?? [];
  const newestId = list[0]?.id;
  const columns: Column<Backup>[] = [
    {
      key: 'date',
      header: t('backups.columns.date'),
      primary: true,
      className: 'backup-when',
      sortValue: (b) => b.createdAt,
      render: (b) => (
        <span className="backup-date">
          <span className="cell-strong">{when(b.createdAt)}</span>
          {b.id === newestId ? <span className="badge badge-accent badge-small">{t('backups.newest')}</span> : null}
        </span>
      ),
    },
    {
      key: 'reason',
      header: t('backups.columns.reason'),
      sortValue: (b) => t(`backups.reason.${b.reason}`),
      render: (b) => {
        const Icon = reasonIcons[b.reason];
        return (
          <span className="backup-reason-cell">
            <span className="backup-reason">
              <Icon size={14} aria-hidden />
              {t(`backups.reason.${b.reason}`)}
            </span>
            {b.sourcePath !== props.file.path ? <span className="backup-source" title={b.sourcePath}>{t('backups.fromFile', { name: fileName(b.sourcePath) })}</span> : null}
          </span>
        );
      },
    },
    { key: 'contents', header: t('backups.columns.contents'), render: (b) => contents(b) },
    { key: 'size', header: t('backups.columns.size'), numeric: true, sortValue: (b) => b.sizeBytes, render: (b) => size(b.sizeBytes) },
    {
      key: 'actions',
      header: t('backups.columns.actions'),
      hiddenHeader: true,
      className: 'col-actions backup-actions',
      render: (b) =>
        readOnly ? null : (
          <Button variant="secondary" className="button-small" icon={ArchiveRestore} onClick={() => setConfirming(b)} title={t('backups.restoreNamed', { date: when(b.createdAt) })}>
            {t('backups.restore')}
          </Button>
        ),
    },
  ];

  const createButton = readOnly ? null : (
    <Button variant="primary" icon={DatabaseBackup} busy={creating} onClick={() => void createNow()} data-testid="backup-now">
      {t('backups.create')}
    </Button>
  );

  return (
    <div className="page page-wide" data-testid="backups-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>{t('backups.title')}</h1>
          <p className="lead">{t('backups.lead')}</p>
        </div>
        {list.length > 0 ? createButton : null}
      </header>

      {backups.error ? <ErrorAlert error={backups.error} /> : null}
      {backups.data?.problem ? (
        <Message tone="warning" role="status" testId="backup-problem">
          {t('backups.problem', { message: backups.data.problem })}
        </Message>
      ) : null}
      {readOnly ? (
        <Message tone="info" role="note">
          {t('backups.readOnly')}
        </Message>
      ) : null}

      {backups.data === null ? (
        backups.error ? null : <LoadingLine />
      ) : list.length === 0 ? (
        <EmptyState icon={History} title={t('backups.emptyTitle')} action={createButton} testId="backups-empty">
          {t('backups.emptyBody')}
        </EmptyState>
      ) : (
        <DataTable
          label={t('backups.tableLabel')}
          columns={columns}
          rows={list}
          rowKey={(b) => b.id}
          openLabel={(b) => t('backups.restoreNamed', { date: when(b.createdAt) })}
          onOpen={(b) => (readOnly ? undefined : setConfirming(b))}
          initialSort={{ key: 'date', direction: 'descending' }}
          highlight={highlight}
          testId="backups-table"
        />
      )}

      {backups.data ? (
        <p className="backups-footer">
          <span>
            {t('backups.folderLabel')} <span className="backups-folder">{backups.data.folder}</span>
          </span>
          <span>{backups.data.keep === 0 ? t('backups.keepOff') : t('backups.keep', { count: backups.data.keep })}</span>
        </p>
      ) : null}

      {confirming ? (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          confirmLabel={t('backups.confirm')}
          onConfirm={() => restore(confirming)}
          onClose={() => setConfirming(null)}
          testId="confirm-restore"
        >
          <p>{t('backups.confirmBody', { date: when(confirming.createdAt), contents: contents(confirming) })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
