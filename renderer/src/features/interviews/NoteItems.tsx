// Notes as the interview pages show them: a kind tag (kans, knelpunt, quote, action, observation) and the text,
// with the question it belongs to, the author and the time.
import { Lightbulb, ListChecks, MessageSquareQuote, Eye, OctagonAlert, Trash2, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/contract/fieldwork';
import { useInterviewFormat, useLabels } from './parts';
import type { NoteKind } from './shortcuts';

const kindIcons: Readonly<Record<NoteKind, LucideIcon>> = {
  kans: Lightbulb,
  knelpunt: OctagonAlert,
  quote: MessageSquareQuote,
  action: ListChecks,
  observation: Eye,
};

export function NoteKindTag(props: { readonly kind: NoteKind }) {
  const labels = useLabels();
  const Icon = kindIcons[props.kind];
  return (
    <span className={`note-tag note-tag-${props.kind}`} data-kind={props.kind}>
      <Icon size={12} aria-hidden />
      {labels.noteKind(props.kind)}
    </span>
  );
}

export function NoteItem(props: {
  readonly note: Note;
  /** e.g. "bij 2.3", with a button to go to the question. */
  readonly where?: { readonly label: string; readonly onGo?: () => void; readonly goLabel?: string };
  readonly onDelete?: () => void;
  readonly compact?: boolean;
}) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const { note } = props;
  return (
    <li className={`note-item${props.compact ? ' note-item-compact' : ''}`} data-testid="note-item" data-kind={note.kind}>
      <div className="note-item-head">
        <NoteKindTag kind={note.kind} />
        {props.where ? (
          props.where.onGo ? (
            <button type="button" className="note-where note-where-link" onClick={props.where.onGo} aria-label={props.where.goLabel}>
              {props.where.label}
            </button>
          ) : (
            <span className="note-where">{props.where.label}</span>
          )
        ) : null}
        <span className="note-meta">
          {[note.author, format.dateTime(note.createdAt)].filter(Boolean).join(' · ')}
        </span>
        {props.onDelete ? (
          <button type="button" className="icon-button note-delete" onClick={props.onDelete} aria-label={t('conduct.deleteNote')} title={t('conduct.deleteNote')}>
            <Trash2 size={14} aria-hidden />
          </button>
        ) : null}
      </div>
      <p className={`note-text${note.kind === 'quote' ? ' note-text-quote' : ''}`} dir="auto">
        {note.text}
      </p>
    </li>
  );
}
