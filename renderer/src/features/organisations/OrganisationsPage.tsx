// "Organisaties": the municipalities and other organisations of the inventory in a searchable, sortable table.
// A row opens its editor (autosaving); "Organisatie toevoegen" opens an empty one. Deleting asks first when
// respondents or interviews hang on the organisation, and can always be undone from the toast.
import { Building2, Plus, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/contract/fieldwork';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { organisationKindLabels } from '../../../../shared/i18n/domain';
import { useApp } from '../../app/AppProvider';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadingLine } from '../../components/LoadingLine';
import { useFormat } from '../../i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { useLiveData } from '../../app/live-data';
import { SearchField } from '../../components/SearchField';
import { matchesQuery } from '../../app/text';
import { focusWhenPresent } from '../../app/focus';
import { showUndo } from '../../components/Toast';
import { EditOrganisationDialog, NewOrganisationDialog } from './OrganisationDialog';

type Editor = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly id: string };

export function OrganisationsPage(props: { readonly file: OpenFile; readonly id?: string }) {
  const { t } = useTranslation('people');
  const { t: tUi } = useTranslation();
  const format = useFormat();
  const app = useApp();
  const readOnly = props.file.readOnly;
  const organisations = useLiveData(() => client.call('organisations.list', {}), ['organisations', 'respondents', 'interviews']);
  const [query, setQuery] = useState('');
  const [editor, setEditor] = useState<Editor | null>(null);
  const [confirming, setConfirming] = useState<Organisation | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);

  const all = organisations.data ?? [];
  const shown = useMemo(() => all.filter((o) => matchesQuery(query, [o.name, o.notes])), [all, query]);
  const editing = editor?.mode === 'edit' ? all.find((o) => o.id === editor.id) : undefined;

  async function remove(organisation: Organisation) {
    await client.call('organisations.delete', { id: organisation.id });
    setConfirming(null);
    showUndo({
      message: t('organisations.deleted', { name: organisation.name }),
      undoneMessage: tUi('components.toast.undone', { name: organisation.name }),
      undo: async () => {
        await client.call('organisations.restore', { id: organisation.id });
        setHighlight(organisation.id);
      },
      focusAfterUndo: () => focusWhenPresent(`[data-row-key="${CSS.escape(organisation.id)}"] .row-open`),
    });
  }

  function requestDelete(organisation: Organisation) {
    setEditor(null);
    if (organisation.respondentCount > 0 || organisation.interviewCount > 0) setConfirming(organisation);
    else void remove(organisation).catch(app.showAlert);
  }

  function counts(organisation: Organisation): string {
    const parts = [];
    if (organisation.respondentCount > 0) parts.push(t('organisations.respondentCount', { count: organisation.respondentCount }));
    if (organisation.interviewCount > 0) parts.push(t('organisations.interviewCount', { count: organisation.interviewCount }));
    return format.list(parts);
  }

  const columns: Column<Organisation>[] = [
    { key: 'name', header: t('organisations.columns.name'), primary: true, sortValue: (o) => o.name, render: (o) => <span className="cell-strong">{o.name}</span>, className: 'col-name' },
    { key: 'kind', header: t('organisations.columns.kind'), sortValue: (o) => organisationKindLabels[o.kind][format.language], render: (o) => organisationKindLabels[o.kind][format.language] },
    { key: 'notes', header: t('organisations.columns.notes'), className: 'col-notes', render: (o) => (o.notes ? <span className="cell-clamp">{o.notes}</span> : <span className="cell-muted">{t('common.none')}</span>) },
    { key: 'respondents', header: t('organisations.columns.respondents'), numeric: true, sortValue: (o) => o.respondentCount, render: (o) => format.number(o.respondentCount) },
    { key: 'interviews', header: t('organisations.columns.interviews'), numeric: true, sortValue: (o) => o.interviewCount, render: (o) => format.number(o.interviewCount) },
    {
      key: 'actions',
      header: t('organisations.columns.actions'),
      hiddenHeader: true,
      className: 'col-actions',
      render: (o) =>
        readOnly ? null : (
          <button type="button" className="icon-button row-action" onClick={() => requestDelete(o)} aria-label={t('common.deleteNamed', { name: o.name })} title={t('common.deleteNamed', { name: o.name })}>
            <Trash2 size={15} aria-hidden />
          </button>
        ),
    },
  ];

  const addButton = readOnly ? null : (
    <Button variant="primary" icon={Plus} onClick={() => setEditor({ mode: 'new' })}>
      {t('organisations.add')}
    </Button>
  );

  return (
    <div className="page page-wide" data-testid="organisations-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>{t('organisations.title')}</h1>
          <p className="lead">{t('organisations.lead')}</p>
        </div>
        {all.length > 0 ? addButton : null}
      </header>

      {organisations.error ? <ErrorAlert error={organisations.error} /> : null}

      {organisations.data === null ? (
        organisations.error ? null : <LoadingLine />
      ) : all.length === 0 ? (
        <EmptyState icon={Building2} title={t('organisations.emptyTitle')} action={addButton} testId="organisations-empty">
          {t('organisations.emptyBody')}
        </EmptyState>
      ) : (
        <>
          <div className="table-toolbar">
            <SearchField label={t('organisations.searchLabel')} placeholder={t('organisations.searchPlaceholder')} value={query} onChange={setQuery} />
            <span className="table-count" aria-live="polite">
              {shown.length === all.length ? t('organisations.count', { count: all.length }) : t('organisations.countFiltered', { shown: format.number(shown.length), total: t('organisations.count', { count: all.length }) })}
            </span>
          </div>
          {shown.length === 0 ? (
            <EmptyState icon={Building2} title={t('common.noResultsTitle')} action={<Button onClick={() => setQuery('')}>{tUi('components.searchField.clear')}</Button>}>
              {t('common.noResultsBody')}
            </EmptyState>
          ) : (
            <DataTable
              label={t('organisations.tableLabel')}
              columns={columns}
              rows={shown}
              rowKey={(o) => o.id}
              openLabel={(o) => t('common.editNamed', { name: o.name })}
              onOpen={(o) => setEditor({ mode: 'edit', id: o.id })}
              initialSort={{ key: 'name', direction: 'ascending' }}
              highlight={highlight}
              testId="organisations-table"
            />
          )}
        </>
      )}

      {editor?.mode === 'new' ? (
        <NewOrganisationDialog
          organisations={all}
          onClose={() => setEditor(null)}
          onCreated={(created) => {
            setEditor(null);
            setQuery('');
            setHighlight(created.id);
            void organisations.reload();
          }}
        />
      ) : null}
      {editing ? (
        <EditOrganisationDialog key={editing.id} organisation={editing} organisations={all} readOnly={readOnly} onClose={() => setEditor(null)} onDelete={requestDelete} />
      ) : null}
      {confirming ? (
        <ConfirmDialog title={t('organisations.confirmDeleteTitle')} confirmLabel={t('organisations.confirmDelete')} onConfirm={() => remove(confirming)} onClose={() => setConfirming(null)} testId="confirm-delete">
          <p>{t('organisations.confirmDeleteBody', { name: confirming.name, counts: counts(confirming) })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
