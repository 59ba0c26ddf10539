// "Respondenten": the people interviewed, in a searchable, filterable, sortable table with their consents. A row
// opens its editor (autosaving); deleting someone who took part in interviews asks first, and can be undone; a
// forgotten respondent (AVG) shows only role and organisation, with a "vergeten" badge.
import { Check, Minus, Plus, Trash2, Users } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { respondentRoleSchema, type Respondent } from '../../../../shared/contract/fieldwork';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { roleLabels } from '../../../../shared/i18n/domain';
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
import { consents } from './respondent-form';
import { EditRespondentDialog, NewRespondentDialog } from './RespondentDialog';
import './respondents.css';

type Editor = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly id: string };
const NO_ORGANISATION = '-';

function ConsentBadges(props: { readonly respondent: Respondent }) {
  const { t } = useTranslation('people');
  return (
    <span className="respondent-consent-badges">
      {consents.map((consent) => {
        const given = props.respondent[consent.given];
        const what = t(`respondents.consentBadges.${consent.badge}`);
        const label = given ? t('respondents.consentGiven', { what }) : t('respondents.consentMissing', { what });
        return (
          <span key={consent.badge} className={`respondent-consent-badge${given ? ' respondent-consent-badge-given' : ''}`} title={label}>
            {given ? <Check size={12} aria-hidden /> : <Minus size={12} aria-hidden />}
            <span aria-hidden>{t(`respondents.consentShort.${consent.badge}`)}</span>
            <span className="visually-hidden">{label}</span>
          </span>
        );
      })}
    </span>
  );
}

export function RespondentsPage(props: { readonly file: OpenFile; readonly id?: string }) {
  const { t } = useTranslation('people');
  const { t: tUi } = useTranslation();
  const format = useFormat();
  const app = useApp();
  const readOnly = props.file.readOnly;
  const respondents = useLiveData(() => client.call('respondents.list', {}), ['respondents', 'organisations', 'interviews']);
  const organisations = useLiveData(() => client.call('organisations.list', {}), ['organisations']);
  const [query, setQuery] = useState('');
  const [organisationFilter, setOrganisationFilter] = useState('');
  const [roleFilter, setRoleFilter] = useState('');
  const [editor, setEditor] = useState<Editor | null>(null);
  const [confirming, setConfirming] = useState<Respondent | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);

  const all = respondents.data ?? [];
  const orgs = organisations.data ?? [];
  const shown = useMemo(
    () =>
      all.filter(
        (r) =>
          (organisationFilter === '' || (organisationFilter === NO_ORGANISATION ? r.organisationId === null : r.organisationId === organisationFilter)) &&
          (roleFilter === '' || r.role === roleFilter) &&
          matchesQuery(query, [r.name, r.jobTitle, r.department, r.email, r.organisationName ?? '']),
      ),
    [all, query, organisationFilter, roleFilter],
  );
  const editing = editor?.mode === 'edit' ? all.find((r) => r.id === editor.id) : undefined;
  const filtered = query !== '' || organisationFilter !== '' || roleFilter !== '';

  async function remove(respondent: Respondent) {
    await client.call('respondents.delete', { id: respondent.id });
    setConfirming(null);
    showUndo({
      message: t('respondents.deleted', { name: respondent.name }),
      undoneMessage: tUi('components.toast.undone', { name: respondent.name }),
      undo: async () => {
        await client.call('respondents.restore', { id: respondent.id });
        setHighlight(respondent.id);
      },
      focusAfterUndo: () => focusWhenPresent(`[data-row-key="${CSS.escape(respondent.id)}"] .row-open`),
    });
  }

  function requestDelete(respondent: Respondent) {
    setEditor(null);
    if (respondent.interviewCount > 0) setConfirming(respondent);
    else void remove(respondent).catch(app.showAlert);
  }

  function clearFilters() {
    setQuery('');
    setOrganisationFilter('');
    setRoleFilter('');
  }

  const columns: Column<Respondent>[] = [
    {
      key: 'name',
      header: t('respondents.columns.name'),
      primary: true,
      sortValue: (r) => r.name,
      className: 'col-name',
      render: (r) => (
        <span className="respondent-name-cell">
          <span className="respondent-name-line">
            <span className="cell-strong">{r.name}</span>
            {r.forgottenAt ? <span className="badge badge-muted badge-small">{t('respondents.forgottenBadge')}</span> : null}
          </span>
          {/* On narrow screens the job title moves under the name instead of having its own column. */}
          {r.jobTitle ? <span className="respondent-name-sub">{r.jobTitle}</span> : null}
        </span>
      ),
    },
    { key: 'organisation', header: t('respondents.columns.organisation'), className: 'respondent-col-nowrap', sortValue: (r) => r.organisationName ?? '', render: (r) => r.organisationName ?? <span className="cell-muted">{t('common.none')}</span> },
    { key: 'role', header: t('respondents.columns.role'), className: 'respondent-col-nowrap', sortValue: (r) => roleLabels[r.role][format.language], render: (r) => roleLabels[r.role][format.language] },
    { key: 'jobTitle', header: t('respondents.columns.jobTitle'), sortValue: (r) => r.jobTitle, className: 'respondent-col-job respondent-col-wide-only', render: (r) => r.jobTitle || <span className="cell-muted">{t('common.none')}</span> },
    { key: 'consent', header: t('respondents.columns.consent'), render: (r) => <ConsentBadges respondent={r} /> },
    { key: 'interviews', header: t('respondents.columns.interviews'), numeric: true, sortValue: (r) => r.interviewCount, render: (r) => format.number(r.interviewCount) },
    {
      key: 'actions',
      header: t('respondents.columns.actions'),
      hiddenHeader: true,
      className: 'col-actions',
      render: (r) =>
        readOnly ? null : (
          <button type="button" className="icon-button row-action" onClick={() => requestDelete(r)} aria-label={t('common.deleteNamed', { name: r.name })} title={t('common.deleteNamed', { name: r.name })}>
            <Trash2 size={15} aria-hidden />
          </button>
        ),
    },
  ];

  const addButton = readOnly ? null : (
    <Button variant="primary" icon={Plus} onClick={() => setEditor({ mode: 'new' })}>
      {t('respondents.add')}
    </Button>
  );
  const error = respondents.error ?? organisations.error;

  return (
    <div className="page page-wide" data-testid="respondents-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>{t('respondents.title')}</h1>
          <p className="lead">{t('respondents.lead')}</p>
        </div>
        {all.length > 0 ? addButton : null}
      </header>

      {error ? <ErrorAlert error={error} /> : null}

      {respondents.data === null ? (
        error ? null : <LoadingLine />
      ) : all.length === 0 ? (
        <EmptyState icon={Users} title={t('respondents.emptyTitle')} action={addButton} testId="respondents-empty">
          <p>{t('respondents.emptyBody')}</p>
          {orgs.length === 0 ? <p className="empty-state-tip">{t('respondents.emptyNoOrganisations')}</p> : null}
        </EmptyState>
      ) : (
        <>
          <div className="table-toolbar">
            <SearchField label={t('respondents.searchLabel')} placeholder={t('respondents.searchPlaceholder')} value={query} onChange={setQuery} />
            <label className="toolbar-filter">
              <span className="visually-hidden">{t('respondents.filterOrganisation')}</span>
              <select className="input select" value={organisationFilter} onChange={(event) => setOrganisationFilter(event.target.value)}>
                <option value="">{t('respondents.allOrganisations')}</option>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
                <option value={NO_ORGANISATION}>{t('respondents.noOrganisation')}</option>
              </select>
            </label>
            <label className="toolbar-filter">
              <span className="visually-hidden">{t('respondents.filterRole')}</span>
              <select className="input select" value={roleFilter} onChange={(event) => setRoleFilter(event.target.value)}>
                <option value="">{t('respondents.allRoles')}</option>
                {respondentRoleSchema.options.map((role) => (
                  <option key={role} value={role}>
                    {roleLabels[role][format.language]}
                  </option>
                ))}
              </select>
            </label>
            <span className="table-count" aria-live="polite">
              {shown.length === all.length ? t('respondents.count', { count: all.length }) : t('respondents.countFiltered', { shown: format.number(shown.length), total: t('respondents.count', { count: all.length }) })}
            </span>
          </div>
          {shown.length === 0 ? (
            <EmptyState icon={Users} title={t('common.noResultsTitle')} action={filtered ? <Button onClick={clearFilters}>{t('common.clearFilters')}</Button> : undefined}>
              {t('common.noResultsBody')}
            </EmptyState>
          ) : (
            <DataTable
              label={t('respondents.tableLabel')}
              columns={columns}
              rows={shown}
              rowKey={(r) => r.id}
              openLabel={(r) => t('common.editNamed', { name: r.name })}
              onOpen={(r) => setEditor({ mode: 'edit', id: r.id })}
              initialSort={{ key: 'name', direction: 'ascending' }}
              rowClassName={(r) => (r.forgottenAt ? 'respondent-row-forgotten' : undefined)}
              highlight={highlight}
              testId="respondents-table"
            />
          )}
        </>
      )}

      {editor?.mode === 'new' ? (
        <NewRespondentDialog
          organisations={orgs}
          respondents={all}
          organisationId={organisationFilter === NO_ORGANISATION ? '' : organisationFilter}
          onClose={() => setEditor(null)}
          onCreated={(created) => {
            setEditor(null);
            setQuery('');
            setHighlight(created.id);
            void respondents.reload();
          }}
        />
      ) : null}
      {editing ? (
        <EditRespondentDialog
          key={editing.id}
          respondent={editing}
          organisations={orgs}
          respondents={all}
          readOnly={readOnly}
          inventoryLanguage={props.file.inventory.language}
          onClose={() => setEditor(null)}
          onDelete={requestDelete}
          onForgotten={() => void respondents.reload()}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog title={t('respondents.confirmDeleteTitle')} confirmLabel={t('respondents.confirmDelete')} onConfirm={() => remove(confirming)} onClose={() => setConfirming(null)} testId="confirm-delete">
          <p>{t('respondents.confirmDeleteBody', { name: confirming.name, count: confirming.interviewCount })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
