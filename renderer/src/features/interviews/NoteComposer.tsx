// The inline note composer of interview mode: opened by a shortcut at the current question with the text field
// focused; Enter saves (notes.create), Shift+Enter is a new line, Escape cancels. Text typed here counts as
// unsaved for the save indicator, and is saved rather than lost if the composer goes away (section change, leave).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/contract/fieldwork';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { toErrorInfo } from '../../app/autosave';
import { registerSaveSource, type SaveSource } from '../../app/save-state';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { NoteKindTag } from '../../components/NoteKindTag';
import { useLabels } from './parts';
import { noteKindOrder } from './shortcuts';
import type { NoteKind } from '../../components/NoteKindTag';
import { TextCounter } from '../../components/TextCounter';
import { noteTextMax } from './answer-values';

export interface ComposerTarget {
  readonly kind: NoteKind;
  readonly questionId: string | null;
  /** Changes each time a shortcut asks for the composer, so focus returns to the text field. */
  readonly token: number;
}

export function NoteComposer(props: {
  readonly target: ComposerTarget;
  readonly interviewId: string;
  /** e.g. "bij 2.3". */
  readonly where: string;
  readonly onKind: (kind: NoteKind) => void;
  readonly onSaved: (note: Note) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation('interviews');
  const labels = useLabels();
  const id = useId();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const source = useRef<SaveSource | null>(null);
  const latest = useRef({ text, kind: props.target.kind, questionId: props.target.questionId, done: false });
  latest.current = { ...latest.current, text, kind: props.target.kind, questionId: props.target.questionId };
  const { interviewId } = props;

  // Focus on the text, and the whole composer (with its hint and buttons) in view.
  useEffect(() => {
    field.current?.focus({ preventScroll: true });
    root.current?.scrollIntoView({ block: 'nearest' });
  }, [props.target.token]);

  // Registered once: the save indicator counts typed-but-unsaved note text; leaving saves it.
  useEffect(() => {
    const flush = async () => {
      const { text: pending, kind, questionId, done } = latest.current;
      if (done || pending.trim() === '') return;
      latest.current.done = true;
      try {
        await client.call('notes.create', { fields: { kind, text: pending, interviewId, questionId } });
      } catch (failure) {
        latest.current.done = false;
        source.current?.set({ kind: 'failed', error: toErrorInfo(failure) });
      }
    };
    source.current = registerSaveSource(flush);
    return () => {
      void flush().finally(() => source.current?.dispose());
    };
  }, [interviewId]);

  useEffect(() => {
    if (saving) source.current?.set({ kind: 'saving' });
    else if (error) source.current?.set({ kind: 'failed', error });
    else source.current?.set(text.trim() === '' ? { kind: 'saved' } : { kind: 'pending' });
  }, [text, saving, error]);

  async function save() {
    if (text.trim() === '' || saving) return;
    setSaving(true);
    setError(null);
    try {
      const note = await client.call('notes.create', { fields: { kind: props.target.kind, text, interviewId, questionId: props.target.questionId } });
      latest.current.done = true;
      source.current?.set({ kind: 'saved' });
      props.onSaved(note);
    } catch (failure) {
      setError(toErrorInfo(failure));
      setSaving(false);
    }
  }

  function cancel() {
    latest.current.done = true;
    source.current?.set({ kind: 'saved' });
    props.onCancel();
  }

  return (
    <div ref={root} className="note-composer" data-testid="note-composer" role="group" aria-labelledby={`${id}-label`}>
      <div className="interview-note-composer-head">
        <NoteKindTag kind={props.target.kind} compact />
        <span id={`${id}-label`} className="interview-note-composer-where">
          <span className="visually-hidden">{labels.noteKind(props.target.kind)} </span>
          {props.where}
        </span>
        <select
          className="input select interview-note-kind-select"
          aria-label={t('composer.kindLabel')}
          value={props.target.kind}
          onChange={(event) => props.onKind(event.target.value as NoteKind)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              cancel();
            }
          }}
        >
          {noteKindOrder.map((kind) => (
            <option key={kind} value={kind}>
              {labels.noteKind(kind)}
            </option>
          ))}
        </select>
      </div>
      {error ? <ErrorAlert error={error} onDismiss={() => setError(null)} /> : null}
      <textarea
        ref={field}
        className="input textarea interview-textarea-grow interview-note-composer-text"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        dir="auto"
        rows={2}
        placeholder={t('composer.placeholder')}
        value={text}
        readOnly={saving}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            cancel();
          }
        }}
      />
      <TextCounter length={text.length} max={noteTextMax} />
      <div className="interview-note-composer-foot">
        <span id={`${id}-hint`} className="interview-note-composer-hint">
          {t('composer.hint')}
        </span>
        <div className="note-composer-actions">
          <button type="button" className="button button-small button-ghost" onClick={cancel}>
            {t('composer.cancel')}
          </button>
          <button type="button" className="button button-small button-primary" onClick={() => void save()} disabled={text.trim() === '' || saving}>
            {t('composer.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
