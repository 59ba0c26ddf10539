// Notes as the interview pages show them: a kind tag (kans, knelpunt, quote, action, observation) and the text,
// with the question it belongs to, the author and the time.
import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/contract/fieldwork';
import { NoteKindTag } from '../../components/NoteKindTag';
import { useInterviewFormat } from './parts';
import { CodedField } from '../coding/CodedField';

export function NoteItem(props: {
  readonly note: Note;
  /** e.g. "bij 2.3", with a button to go to the question. */
  readonly where?: { readonly label: string; readonly onGo?: () => void; readonly goLabel?: string };
  readonly onDelete?: () => void;
  readonly compact?: boolean;
  /** Keeps the delete button out of the Tab order (inside a question card, where Tab goes between answer fields). */
  readonly untabbable?: boolean;
}) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const { note } = props;
  return (
    <li className={`interview-note-item${props.compact ? ' interview-note-item-compact' : ''}`} data-testid="note-item" data-kind={note.kind} data-note-id={note.id}>
      <div className="interview-note-item-head">
        <NoteKindTag kind={note.kind} compact />
        {props.where ? (
          props.where.onGo ? (
            <button type="button" className="interview-note-where interview-note-where-link" onClick={props.where.onGo} aria-label={props.where.goLabel}>
              {props.where.label}
            </button>
          ) : (
            <span className="interview-note-where">{props.where.label}</span>
          )
        ) : null}
        <span className="interview-note-meta">
          {[note.author, format.dateTime(note.createdAt)].filter(Boolean).join(' · ')}
        </span>
        {props.onDelete ? (
          <button type="button" className="icon-button interview-note-delete" tabIndex={props.untabbable ? -1 : undefined} onClick={props.onDelete} aria-label={t('conduct.deleteNote')} title={t('conduct.deleteNote')}>
            <Trash2 size={14} aria-hidden />
          </button>
        ) : null}
      </div>
      <p className={`interview-note-text${note.kind === 'quote' ? ' interview-note-text-quote' : ''}`} dir="auto">
        <CodedField kind="note" sourceId={note.id} field="text" text={note.text} />
      </p>
    </li>
  );
}
