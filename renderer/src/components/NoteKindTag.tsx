// The look of each note kind (icon and colour), so a kans, knelpunt, quote, action or observation reads the same
// wherever notes appear: the notes overview, an interview, interview mode. Labels come from shared/i18n/domain.ts.
import { Eye, Lightbulb, ListTodo, Quote, TriangleExclamationPoint, type LucideIcon } from 'lucide-react';
import type { noteKinds } from '../../../shared/contract/fieldwork';
import { noteKindLabels } from '../../../shared/i18n/domain';
import { useFormat } from '../i18n';

export type NoteKind = (typeof noteKinds)[number];

export const noteKindIcons: Readonly<Record<NoteKind, LucideIcon>> = {
  observation: Eye,
  kans: Lightbulb,
  knelpunt: TriangleExclamationPoint,
  quote: Quote,
  action: ListTodo,
};

/** A kind as a coloured tag with its icon; `compact` for lists of notes. */
export function NoteKindTag(props: { readonly kind: NoteKind; readonly compact?: boolean }) {
  const { language } = useFormat();
  const Icon = noteKindIcons[props.kind];
  return (
    <span className={`kind-tag kind-${props.kind}${props.compact ? ' kind-tag-compact' : ''}`} data-kind={props.kind}>
      <Icon size={props.compact ? 12 : 13} aria-hidden />
      <span>{noteKindLabels[props.kind][language]}</span>
    </span>
  );
}
