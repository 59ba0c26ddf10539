// "Notities": every note of the inventory (observations, kansen, knelpunten, quotes, actions) in one filterable
// table: by kind, organisation, code and text. A note is edited in a side panel (autosaved) and deleted with Undo.
import { ArrowDownWideNarrow, ArrowUpNarrowWide, LoaderCircle, MessageSquareText, Pencil, Search, Trash, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Interview, Note } from '../../../../shared/contract/fieldwork';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { routes, routeTo } from '../../app/routes';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { useFormat } from '../../i18n';
import { ConfirmDialog } from '../guide/ConfirmDialog';
import { Menu } from '../guide/Menu';
import { UndoToast, useUndoToast } from '../guide/UndoToast';
import '../guide/guide.css';
import { NoteEditor } from './NoteEditor';
import { NoteKindTag, noteKindIcons, noteKinds, type NoteKind } from './note-kinds';
import { useNotesData, type NotesData } from './use-notes-data';
import './notes.css';

const noOrganisation = '-';

interface Filters {
  readonly kind: NoteKind | '';
  readonly organisation: string;
  readonly code: string;
  readonly query: string;
}

const noFilters: Filters = { kind: '', organisation: '', code: '', query: '' };

function organisationKey(interview: Interview | undefined): string {
  return interview?.organisationId ?? noOrganisation;
}

export function NotesPage(props: { readonly file: OpenFile; readonly id?: string }) {
  return <NotesScreen key={`${props.file.path}#${props.file.inventory.id}`} file={props.file} />;
}

function NotesScreen(props: { readonly file: OpenFile }) {
  const { t } = useTranslation('guide');
  const app = useApp();
  const { data, error, reload } = useNotesData();
  const undo = useUndoToast();
  return (
    <div className="page g-page-wide notes-page">
      <header className="page-header">
        <h1>{t('notes.title')}</h1>
        <p className="lead">{t('notes.subtitle')}</p>
      </header>
      {error ? <ErrorAlert error={error} /> : null}
      {data ? (
        <NotesOverview data={data} readOnly={props.file.readOnly} reload={reload} undo={undo} onError={app.showAlert} />
      ) : !error ? (
        <p className="g-loading-line" aria-busy="true">
          <LoaderCircle size={16} className="spin" aria-hidden />
          {t('notes.loading')}
        </p>
      ) : null}
      <UndoToast api={undo} onError={app.showAlert} />
    </div>
  );
}

function NotesOverview(props: { readonly data: NotesData; readonly readOnly: boolean; readonly reload: () => void; readonly undo: ReturnType<typeof useUndoToast>; readonly onError: (error: unknown) => void }) {
  const { t } = useTranslation('guide');
  const format = useFormat();
  const { language, number } = format;
  const { data, readOnly, undo } = props;
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [newestFirst, setNewestFirst] = useState(true);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Note | null>(null);
  const [busy, setBusy] = useState(false);

  const interviews = useMemo(() => new Map(data.interviews.map((interview) => [interview.id, interview])), [data.interviews]);
  const sessions = useMemo(() => new Map(data.sessions.map((session) => [session.id, session])), [data.sessions]);
  const questions = useMemo(() => new Map(data.guide.sections.flatMap((section) => section.questions).map((question) => [question.id, question])), [data.guide]);
  const codes = useMemo(() => new Map(data.guide.codes.map((code) => [code.id, code])), [data.guide.codes]);

  const organisations = useMemo(() => {
    const seen = new Map<string, string>();
    for (const note of data.notes) {
      const interview = note.interviewId ? interviews.get(note.interviewId) : undefined;
      if (!interview) continue;
      seen.set(organisationKey(interview), interview.organisationName ?? t('notes.noOrganisation'));
    }
    return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1], format.locale));
  }, [data.notes, interviews, t, format.locale]);

  const kindCounts = useMemo(() => {
    const counts = Object.fromEntries(noteKinds.map((kind) => [kind, 0])) as Record<NoteKind, number>;
    for (const note of data.notes) counts[note.kind]++;
    return counts;
  }, [data.notes]);

  const visible = useMemo(() => {
    const words = filters.query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const list = data.notes.filter((note) => {
      if (filters.kind && note.kind !== filters.kind) return false;
      const interview = note.interviewId ? interviews.get(note.interviewId) : undefined;
      if (filters.organisation && (!interview || organisationKey(interview) !== filters.organisation)) return false;
      if (filters.code && !note.codeIds.includes(filters.code)) return false;
      if (words.length === 0) return true;
      const haystack = [note.text, note.author, interview?.organisationName ?? '', ...(interview?.respondentNames ?? [])].join('\n').toLocaleLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    return list.sort((a, b) => (newestFirst ? b.createdAt.localeCompare(a.createdAt) : a.createdAt.localeCompare(b.createdAt)));
  }, [data.notes, filters, interviews, newestFirst]);

  const filtered = filters.kind || filters.organisation || filters.code || filters.query;
  const editingNote = data.notes.find((note) => note.id === editing);
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));

  async function remove(note: Note) {
    setBusy(true);
    try {
      await client.call('notes.delete', { id: note.id });
      if (editing === note.id) setEditing(null);
      undo.offer(t('undo.noteDeleted'), async () => {
        await client.call('notes.restore', { id: note.id });
        props.reload();
      });
      props.reload();
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
      setConfirm(null);
    }
  }

  function whereLabel(note: Note): string {
    const interview = note.interviewId ? interviews.get(note.interviewId) : undefined;
    if (interview) return [interview.organisationName ?? t('notes.noOrganisation'), interview.respondentNames.join(', ')].filter(Boolean).join(' — ');
    const session = note.sessionId ? sessions.get(note.sessionId) : undefined;
    if (session) return t('notes.session', { title: session.title });
    return t('notes.unlinked');
  }

  function whereCell(note: Note) {
    const interview = note.interviewId ? interviews.get(note.interviewId) : undefined;
    const session = note.sessionId ? sessions.get(note.sessionId) : undefined;
    const question = note.questionId ? questions.get(note.questionId) : undefined;
    return (
      <div className="g-note-where">
        {interview ? (
          <Link href={routeTo(routes.interview, interview.id)} className="g-note-interview-link" data-testid="note-interview-link">
            <span className="g-note-org">{interview.organisationName ?? t('notes.noOrganisation')}</span>
            {interview.respondentNames.length > 0 ? <span className="g-note-respondents">{interview.respondentNames.join(', ')}</span> : null}
          </Link>
        ) : session ? (
          <Link href={routes.sessions} className="g-note-interview-link">
            <span className="g-note-org">{t('notes.session', { title: session.title })}</span>
          </Link>
        ) : (
          <span className="g-text-placeholder">{t('notes.unlinked')}</span>
        )}
        {interview?.deletedAt ? <span className="g-note-question">{t('notes.interviewDeleted')}</span> : null}
        {note.questionId ? (
          <span className="g-note-question" title={question ? question.text[language] || question.text.nl : undefined}>
            {question ? t('notes.question', { code: question.code || '?' }) : t('notes.questionRemoved')}
          </span>
        ) : null}
      </div>
    );
  }

  return (
    <div className={`g-split${editingNote ? ' g-split-open' : ''}`}>
      <div className="g-split-main">
        {data.notes.length === 0 ? null : (
          <>
            <div className="g-kind-filter" role="group" aria-label={t('notes.kindFilter')}>
              <button type="button" className="g-kind-filter-item" aria-pressed={filters.kind === ''} onClick={() => set({ kind: '' })}>
                {t('notes.allKinds')} <span className="g-segment-count">{number(data.notes.length)}</span>
              </button>
              {noteKinds.map((kind) => {
                const Icon = noteKindIcons[kind];
                return (
                  <button key={kind} type="button" className={`g-kind-filter-item g-kind-${kind}`} aria-pressed={filters.kind === kind} onClick={() => set({ kind: filters.kind === kind ? '' : kind })} data-testid={`kind-filter-${kind}`}>
                    <Icon size={14} aria-hidden />
                    {t(`notes.kindPlural.${kind}`)} <span className="g-segment-count">{number(kindCounts[kind])}</span>
                  </button>
                );
              })}
            </div>
            <div className="g-toolbar g-notes-toolbar">
              <div className="g-search">
                <Search size={15} className="g-search-icon" aria-hidden />
                <input type="search" className="input g-search-input" value={filters.query} onChange={(event) => set({ query: event.target.value })} placeholder={t('notes.searchPlaceholder')} aria-label={t('notes.search')} />
              </div>
              <select className="input select" value={filters.organisation} onChange={(event) => set({ organisation: event.target.value })} aria-label={t('notes.organisationFilter')}>
                <option value="">{t('notes.allOrganisations')}</option>
                {organisations.map(([key, name]) => (
                  <option key={key} value={key}>
                    {name}
                  </option>
                ))}
              </select>
              <select className="input select" value={filters.code} onChange={(event) => set({ code: event.target.value })} aria-label={t('notes.codeFilter')}>
                <option value="">{t('notes.allCodes')}</option>
                {data.guide.codes.map((code) => (
                  <option key={code.id} value={code.id}>
                    {code.code} · {code.label[language] || code.label.nl}
                  </option>
                ))}
              </select>
              {filtered ? (
                <Button variant="ghost" icon={X} className="button-small" onClick={() => setFilters(noFilters)}>
                  {t('notes.clearFilters')}
                </Button>
              ) : null}
            </div>
            <p className="g-result-count" role="status" data-testid="notes-count">
              {filtered ? t('notes.countFiltered', { count: visible.length, shown: number(visible.length), total: number(data.notes.length) }) : t('notes.count', { count: data.notes.length, total: number(data.notes.length) })}
            </p>
          </>
        )}

        {data.notes.length === 0 ? (
          <div className="empty-state">
            <MessageSquareText size={28} className="empty-state-icon" aria-hidden />
            <p className="empty-state-title">{t('notes.emptyTitle')}</p>
            <p className="empty-state-body">{t('notes.emptyBody')}</p>
          </div>
        ) : (
          <div className="g-table-wrap notes-wrap">
            <table className="g-table g-notes-table" data-testid="notes-table">
              <caption className="visually-hidden">{t('notes.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="g-col-kind">
                    {t('notes.columns.kind')}
                  </th>
                  <th scope="col">{t('notes.columns.note')}</th>
                  <th scope="col" className="g-col-where">
                    {t('notes.columns.where')}
                  </th>
                  <th scope="col" className="g-col-when" aria-sort={newestFirst ? 'descending' : 'ascending'}>
                    <button type="button" className="g-sort-button" onClick={() => setNewestFirst((value) => !value)}>
                      {t('notes.columns.when')}
                      {newestFirst ? <ArrowDownWideNarrow size={14} aria-hidden /> : <ArrowUpNarrowWide size={14} aria-hidden />}
                      <span className="visually-hidden">{newestFirst ? t('notes.sortedNewest') : t('notes.sortedOldest')}</span>
                    </button>
                  </th>
                  <th scope="col" className="g-col-actions">
                    <span className="visually-hidden">{t('notes.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((note) => {
                  const linked = note.codeIds.map((id) => codes.get(id)).filter((code) => code !== undefined);
                  return (
                    <tr key={note.id} className={editing === note.id ? 'g-row-selected' : undefined} data-testid="note-row" data-kind={note.kind}>
                      <td className="g-col-kind">
                        <NoteKindTag kind={note.kind} language={language} />
                      </td>
                      <td className="g-col-note">
                        <button type="button" className="g-note-open" onClick={() => setEditing(note.id)} aria-current={editing === note.id || undefined} aria-label={t('notes.openLabel', { text: note.text.slice(0, 80) })}>
                          <span className={`g-note-text${note.kind === 'quote' ? ' g-note-text-quote' : ''}`} dir="auto">
                            {note.text}
                          </span>
                        </button>
                        {linked.length > 0 ? (
                          <ul className="g-chip-list g-note-codes" aria-label={t('notes.fields.codes')}>
                            {linked.map((code) => (
                              <li key={code.id} className={`g-chip g-chip-${code.polarity}`} title={code.label[language] || code.label.nl}>
                                {code.code}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                      <td className="g-col-where">{whereCell(note)}</td>
                      <td className="g-col-when">
                        <span className="g-note-author">{note.author}</span>
                        <time dateTime={note.createdAt} className="g-note-time">
                          {format.dateTime(note.createdAt)}
                        </time>
                      </td>
                      <td className="g-col-actions">
                        {readOnly ? null : (
                          <Menu
                            label={t('notes.actions', { where: whereLabel(note) })}
                            items={[
                              { key: 'edit', label: t('notes.edit'), icon: Pencil, onSelect: () => setEditing(note.id) },
                              { key: 'delete', label: t('notes.delete'), icon: Trash, danger: true, onSelect: () => setConfirm(note) },
                            ]}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {visible.length === 0 ? <p className="g-table-empty">{t('notes.noMatches')}</p> : null}
          </div>
        )}
      </div>

      {editingNote ? (
        <NoteEditor
          key={editingNote.id}
          note={editingNote}
          data={data}
          readOnly={readOnly}
          context={
            <>
              <NoteKindTag kind={editingNote.kind} language={language} compact /> {whereLabel(editingNote)} · {editingNote.author} · {format.dateTime(editingNote.createdAt)}
            </>
          }
          onClose={() => setEditing(null)}
          onDelete={() => setConfirm(editingNote)}
        />
      ) : null}
      {confirm ? (
        <ConfirmDialog title={t('confirm.noteTitle')} confirmLabel={t('confirm.delete')} busy={busy} onCancel={() => setConfirm(null)} onConfirm={() => void remove(confirm)}>
          <p className="g-confirm-quote">{confirm.text}</p>
          <p className="g-confirm-note">{t('confirm.noteNote')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

