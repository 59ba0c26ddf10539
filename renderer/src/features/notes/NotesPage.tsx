// "Notities": every note of the inventory (observations, kansen, knelpunten, quotes, actions) in one filterable
// table: by kind, organisation, code and text. A note is edited in a side panel (autosaved) and deleted with Undo.
import { ArrowDownWideNarrow, ArrowUpNarrowWide, MessageSquareText, Pencil, Trash, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { noteKinds, type Interview, type Note } from '../../../../shared/contract/fieldwork';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { useLiveData } from '../../app/live-data';
import { routes, routeTo } from '../../app/routes';
import { matchesQuery } from '../../app/text';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { SearchField } from '../../components/SearchField';
import { LoadingLine } from '../../components/LoadingLine';
import { showUndo } from '../../components/Toast';
import { useFormat } from '../../i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Menu } from '../../components/Menu';
import { NoteEditor } from './NoteEditor';
import { NoteKindTag, noteKindIcons, type NoteKind } from '../../components/NoteKindTag';
import { loadNotesData, notesEntities, type NotesData } from './notes-data';
import { CodedText, type CodeLike } from '../coding/CodedText';
import './notes.css';

const noSegments: readonly never[] = [];

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
  const { data, error, reload } = useLiveData(loadNotesData, notesEntities);
  return (
    <div className="page page-with-panel notes-page">
      <header className="page-header">
        <h1>{t('notes.title')}</h1>
        <p className="lead">{t('notes.subtitle')}</p>
      </header>
      {error ? <ErrorAlert error={error} /> : null}
      {data ? (
        <NotesOverview data={data} readOnly={props.file.readOnly} reload={reload} onError={app.showAlert} />
      ) : !error ? (
        <LoadingLine>{t('notes.loading')}</LoadingLine>
      ) : null}
    </div>
  );
}

function NotesOverview(props: { readonly data: NotesData; readonly readOnly: boolean; readonly reload: () => void; readonly onError: (error: unknown) => void }) {
  const { t: tSessions } = useTranslation('sessions');
  const { t } = useTranslation('guide');
  const format = useFormat();
  const { language, number } = format;
  const { data, readOnly } = props;
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [newestFirst, setNewestFirst] = useState(true);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Note | null>(null);

  const interviews = useMemo(() => new Map(data.interviews.map((interview) => [interview.id, interview])), [data.interviews]);
  const sessions = useMemo(() => new Map(data.sessions.map((session) => [session.id, session])), [data.sessions]);
  const questions = useMemo(() => new Map(data.guide.sections.flatMap((section) => section.questions).map((question) => [question.id, question])), [data.guide]);
  const codes = useMemo(() => new Map(data.guide.codes.map((code) => [code.id, code])), [data.guide.codes]);
  const codeLikes = useMemo(
    () => new Map<string, CodeLike>(data.guide.codes.map((code) => [code.id, { code: code.code, label: code.label[language] || code.label.nl, colour: code.colour }])),
    [data.guide.codes, language],
  );

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
    const list = data.notes.filter((note) => {
      if (filters.kind && note.kind !== filters.kind) return false;
      const interview = note.interviewId ? interviews.get(note.interviewId) : undefined;
      if (filters.organisation && (!interview || organisationKey(interview) !== filters.organisation)) return false;
      if (filters.code && !note.codeIds.includes(filters.code)) return false;
      return matchesQuery(filters.query, [note.text, note.author, interview?.organisationName ?? '', ...(interview?.respondentNames ?? [])]);
    });
    return list.sort((a, b) => (newestFirst ? b.createdAt.localeCompare(a.createdAt) : a.createdAt.localeCompare(b.createdAt)));
  }, [data.notes, filters, interviews, newestFirst]);

  const filtered = filters.kind || filters.organisation || filters.code || filters.query;
  const editingNote = data.notes.find((note) => note.id === editing);
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));

  async function remove(note: Note) {
    try {
      await client.call('notes.delete', { id: note.id });
      if (editing === note.id) setEditing(null);
      showUndo({
        message: t('undo.noteDeleted'),
        undo: async () => {
          await client.call('notes.restore', { id: note.id });
          props.reload();
        },
      });
      props.reload();
    } catch (error) {
      props.onError(error);
    } finally {
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
      <div className="notes-note-where">
        {interview ? (
          <Link href={routeTo(routes.interview, interview.id)} className="notes-note-interview-link" data-testid="note-interview-link">
            <span className="notes-note-org">{interview.organisationName ?? t('notes.noOrganisation')}</span>
            {interview.respondentNames.length > 0 ? <span className="notes-note-respondents">{interview.respondentNames.join(', ')}</span> : null}
          </Link>
        ) : session ? (
          <Link href={routes.sessions} className="notes-note-interview-link">
            <span className="notes-note-org">{session.title}</span>
            <span className="notes-note-respondents">{tSessions('sessions.title')}</span>
          </Link>
        ) : (
          <span className="text-placeholder">{t('notes.unlinked')}</span>
        )}
        {interview?.deletedAt ? <span className="notes-note-question">{t('notes.interviewDeleted')}</span> : null}
        {note.questionId ? (
          <span className="notes-note-question" title={question ? question.text[language] || question.text.nl : undefined}>
            {question ? t('notes.question', { code: question.code || '?' }) : t('notes.questionRemoved')}
          </span>
        ) : null}
      </div>
    );
  }

  return (
    <div className={`split${editingNote ? ' split-open' : ''}`}>
      <div className="split-main">
        {data.notes.length === 0 ? null : (
          <>
            <div className="notes-kind-filter" role="group" aria-label={t('notes.kindFilter')}>
              <button type="button" className="notes-kind-filter-item" aria-pressed={filters.kind === ''} onClick={() => set({ kind: '' })}>
                {t('notes.allKinds')} <span className="segment-count">{number(data.notes.length)}</span>
              </button>
              {noteKinds.map((kind) => {
                const Icon = noteKindIcons[kind];
                return (
                  <button key={kind} type="button" className={`notes-kind-filter-item kind-${kind}`} aria-pressed={filters.kind === kind} onClick={() => set({ kind: filters.kind === kind ? '' : kind })} data-testid={`kind-filter-${kind}`}>
                    <Icon size={14} aria-hidden />
                    {t(`notes.kindPlural.${kind}`)} <span className="segment-count">{number(kindCounts[kind])}</span>
                  </button>
                );
              })}
            </div>
            <div className="toolbar notes-toolbar">
              <SearchField size="compact" label={t('notes.search')} placeholder={t('notes.searchPlaceholder')} value={filters.query} onChange={(query) => set({ query })} />
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
            <p className="notes-result-count" role="status" data-testid="notes-count">
              {filtered ? t('notes.countFiltered', { count: visible.length, shown: number(visible.length), total: number(data.notes.length) }) : t('notes.count', { count: data.notes.length, total: number(data.notes.length) })}
            </p>
          </>
        )}

        {data.notes.length === 0 ? (
          <EmptyState compact icon={MessageSquareText} title={t('notes.emptyTitle')}>
            {t('notes.emptyBody')}
          </EmptyState>
        ) : (
          <div className="list-table-wrap notes-wrap">
            <table className="list-table notes-table" data-testid="notes-table">
              <caption className="visually-hidden">{t('notes.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="notes-col-kind">
                    {t('notes.columns.kind')}
                  </th>
                  <th scope="col">{t('notes.columns.note')}</th>
                  <th scope="col" className="notes-col-where">
                    {t('notes.columns.where')}
                  </th>
                  <th scope="col" className="notes-col-when" aria-sort={newestFirst ? 'descending' : 'ascending'}>
                    <button type="button" className="notes-sort-button" onClick={() => setNewestFirst((value) => !value)}>
                      {t('notes.columns.when')}
                      {newestFirst ? <ArrowDownWideNarrow size={14} aria-hidden /> : <ArrowUpNarrowWide size={14} aria-hidden />}
                      <span className="visually-hidden">{newestFirst ? t('notes.sortedNewest') : t('notes.sortedOldest')}</span>
                    </button>
                  </th>
                  <th scope="col" className="list-table-actions">
                    <span className="visually-hidden">{t('notes.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((note) => {
                  const linked = note.codeIds.map((id) => codes.get(id)).filter((code) => code !== undefined);
                  return (
                    <tr key={note.id} className={editing === note.id ? 'row-selected' : undefined} data-testid="note-row" data-kind={note.kind} data-note-id={note.id}>
                      <td className="notes-col-kind">
                        <NoteKindTag kind={note.kind} />
                      </td>
                      <td className="notes-col-note">
                        <button type="button" className="notes-note-open" onClick={() => setEditing(note.id)} aria-current={editing === note.id || undefined} aria-label={t('notes.openLabel', { text: note.text.slice(0, 80) })}>
                          <CodedText
                            className={`notes-note-text${note.kind === 'quote' ? ' notes-note-text-quote' : ''}${isQuoted(note.text) ? ' notes-note-text-quoted' : ''}`}
                            text={note.text}
                            segments={data.segments.get(note.id) ?? noSegments}
                            codes={codeLikes}
                            showRemoved={false}
                          />
                        </button>
                        {linked.length > 0 ? (
                          <ul className="code-chip-list notes-note-codes" aria-label={t('notes.fields.codes')}>
                            {linked.map((code) => (
                              <li key={code.id} className={`code-chip code-chip-${code.polarity}`} title={code.label[language] || code.label.nl}>
                                {code.code}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                      <td className="notes-col-where">{whereCell(note)}</td>
                      <td className="notes-col-when">
                        <span className="notes-note-author">{note.author}</span>
                        <time dateTime={note.createdAt} className="notes-note-time">
                          {format.dateTime(note.createdAt)}
                        </time>
                      </td>
                      <td className="list-table-actions">
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
            {visible.length === 0 ? <p className="list-table-empty">{t('notes.noMatches')}</p> : null}
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
              <NoteKindTag kind={editingNote.kind} compact /> {whereLabel(editingNote)} · {editingNote.author} · {format.dateTime(editingNote.createdAt)}
            </>
          }
          onClose={() => setEditing(null)}
          onDelete={() => setConfirm(editingNote)}
        />
      ) : null}
      {confirm ? (
        <ConfirmDialog title={t('confirm.noteTitle')} confirmLabel={t('confirm.delete')} onClose={() => setConfirm(null)} onConfirm={() => remove(confirm)}>
          <p className="confirm-quote">{confirm.text}</p>
          <p className="confirm-note">{t('confirm.noteNote')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** A quote typed with its own quotation marks gets no second pair from the stylesheet. */
function isQuoted(text: string): boolean {
  return /^[“"'‘„«]/.test(text.trim());
}
