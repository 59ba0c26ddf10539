// The notes of a knowledge session: observations, kansen, knelpunten, actions and quotes. Each note is edited in
// place and saved as it is typed; a new one is written in the composer below (Ctrl+Enter adds it); deleting
// offers Undo. Lives inside the session's form, so it uses no <form> of its own.
import { zodResolver } from '@hookform/resolvers/zod';
import { Plus, Trash2 } from 'lucide-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { noteFieldsSchema, noteKinds, type Note } from '../../../../shared/contract/fieldwork';
import { noteKindLabels } from '../../../../shared/i18n/domain';
import { z } from '../../../../shared/zod';
import { toErrorInfo } from '../../app/autosave';
import { draftByField, storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import type { NoteKind } from '../../components/NoteKindTag';
import { useFormat } from '../../i18n';
import { useLiveData } from '../../app/live-data';
import { focusWhenPresent } from '../../app/focus';
import { showUndo } from '../../components/Toast';
import { useFieldMessage } from '../../app/field-message';

type NoteFormValues = { kind: NoteKind; text: string };
const noteFormSchema = z.object({ kind: noteFieldsSchema.shape.kind, text: noteFieldsSchema.shape.text }).strict();
const noteLabelKeys = { kind: 'sessions:notes.kind', text: 'sessions:notes.text' } as const;
const noteRule = { kind: 'text', max: 50_000 } as const;
const noteValues = (note: Note): NoteFormValues => ({ kind: note.kind, text: note.text });

function NoteItem(props: { readonly note: Note; readonly number: number; readonly readOnly: boolean; readonly onDelete: (note: Note) => void }) {
  const { t } = useTranslation('sessions');
  const format = useFormat();
  const fieldMessage = useFieldMessage();
  const { note } = props;
  const form = useForm<NoteFormValues>({ resolver: zodResolver(noteFormSchema), mode: 'onChange', defaultValues: noteValues(note) });
  const { flush } = useAutosaveForm<NoteFormValues, NoteFormValues>({
    form,
    stored: storedRow(note, noteValues),
    readOnly: props.readOnly,
    toDraft: (values) => draftByField<NoteFormValues>(noteFormSchema.shape, values),
    save: async (patch, base) => storedRow(await client.call('notes.update', { id: note.id, patch, base }), noteValues),
    labelKey: (field) => noteLabelKeys[field],
  });
  const kind = form.watch('kind');
  const error = fieldMessage(noteRule, form.formState.errors.text, form.getValues('text'));
  const errorId = `note-error-${note.id}`;

  return (
    <li className={`session-outcome-note session-outcome-note-${kind}`} data-testid="outcome-note" data-note-id={note.id}>
      <div className="session-outcome-note-head">
        <select {...form.register('kind', { onBlur: flush })} disabled={props.readOnly} className={`session-note-kind session-note-kind-${kind}`} aria-label={t('notes.kindNamed', { number: props.number })}>
          {noteKinds.map((k) => (
            <option key={k} value={k}>
              {noteKindLabels[k][format.language]}
            </option>
          ))}
        </select>
        <span className="session-outcome-note-meta">
          {[note.author ? t('notes.author', { author: note.author }) : '', format.dateTime(note.createdAt)].filter(Boolean).join(' · ')}
        </span>
        {props.readOnly ? null : (
          <button type="button" className="icon-button row-action" onClick={() => props.onDelete(note)} aria-label={t('notes.delete', { number: props.number })} title={t('notes.delete', { number: props.number })}>
            <Trash2 size={15} aria-hidden />
          </button>
        )}
      </div>
      <textarea
        {...form.register('text', { onBlur: flush })}
        readOnly={props.readOnly}
        className="input textarea session-outcome-note-text"
        rows={2}
        aria-label={t('notes.textNamed', { number: props.number })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </li>
  );
}

export function OutcomeNotes(props: { readonly sessionId: string; readonly readOnly: boolean }) {
  const { t } = useTranslation('sessions');
  const format = useFormat();
  const notes = useLiveData(() => client.call('notes.list', { sessionId: props.sessionId }), ['notes']);
  const [kind, setKind] = useState<NoteKind>('observation');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  const list = notes.data ?? [];

  async function add() {
    if (busy) return;
    if (text.trim() === '') {
      composer.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await client.call('notes.create', { fields: { kind, text, sessionId: props.sessionId } });
      setText('');
      await notes.reload();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setBusy(false);
      composer.current?.focus();
    }
  }

  function onComposerKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void add();
    }
  }

  async function remove(note: Note) {
    try {
      await client.call('notes.delete', { id: note.id });
    } catch (failure) {
      setError(toErrorInfo(failure));
      return;
    }
    showUndo({
      message: t('notes.deleted'),
      undoneMessage: t('notes.restored'),
      undo: async () => {
        await client.call('notes.restore', { id: note.id });
      },
      focusAfterUndo: () => focusWhenPresent(`[data-note-id="${CSS.escape(note.id)}"] textarea`),
    });
  }

  return (
    <div className="session-outcome-notes" role="group" aria-labelledby={`notes-heading-${props.sessionId}`}>
      <div className="session-outcome-notes-header">
        <h3 id={`notes-heading-${props.sessionId}`} className="session-outcome-notes-title">
          {t('notes.heading')}
          {list.length > 0 ? <span className="session-count-pill">{format.number(list.length)}</span> : null}
        </h3>
        {props.readOnly ? null : <p className="field-hint">{t('notes.hint')}</p>}
      </div>
      {notes.error ? <ErrorAlert error={notes.error} /> : null}
      {error ? <ErrorAlert error={error} onDismiss={() => setError(null)} /> : null}
      {list.length === 0 && notes.data !== null ? <p className="session-outcome-notes-empty">{t('notes.empty')}</p> : null}
      {list.length > 0 ? (
        <ol className="session-outcome-note-list" aria-label={t('notes.listLabel')}>
          {list.map((note, index) => (
            <NoteItem key={note.id} note={note} number={index + 1} readOnly={props.readOnly} onDelete={(n) => void remove(n)} />
          ))}
        </ol>
      ) : null}
      {props.readOnly ? null : (
        <div className="note-composer">
          <div className="session-note-composer-row">
            <select className={`session-note-kind session-note-kind-${kind}`} value={kind} onChange={(event) => setKind(event.target.value as NoteKind)} aria-label={t('notes.newKind')}>
              {noteKinds.map((k) => (
                <option key={k} value={k}>
                  {noteKindLabels[k][format.language]}
                </option>
              ))}
            </select>
            <span className="session-note-composer-shortcut">{t('notes.addShortcut')}</span>
          </div>
          <textarea
            ref={composer}
            className="input textarea session-outcome-note-text"
            rows={2}
            value={text}
            placeholder={t('notes.newPlaceholder')}
            aria-label={t('notes.newText')}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onComposerKey}
          />
          <div className="note-composer-actions">
            <Button variant="secondary" icon={Plus} onClick={() => void add()} busy={busy} disabled={text.trim() === ''}>
              {t('notes.add')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
