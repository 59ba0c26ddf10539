// The look of each note kind (icon and colour class), so a kans, knelpunt, quote or action reads the same
// wherever notes appear. Labels come from shared/i18n/domain.ts. Reusable beyond the notes page.
import { Eye, Lightbulb, ListTodo, Quote, TriangleExclamationPoint, type LucideIcon } from 'lucide-react';
import { noteKinds } from '../../../../shared/contract/fieldwork';
import { noteKindLabels } from '../../../../shared/i18n/domain';
import type { Language } from '../../../../shared/i18n/languages';

export type NoteKind = (typeof noteKinds)[number];
export { noteKinds };

export const noteKindIcons: Readonly<Record<NoteKind, LucideIcon>> = {
  observation: Eye,
  kans: Lightbulb,
  knelpunt: TriangleExclamationPoint,
  quote: Quote,
  action: ListTodo,
};

/** A kind as a coloured tag with its icon. */
export function NoteKindTag(props: { readonly kind: NoteKind; readonly language: Language; readonly compact?: boolean }) {
  const Icon = noteKindIcons[props.kind];
  return (
    <span className={`g-kind-tag g-kind-${props.kind}${props.compact ? ' g-kind-tag-compact' : ''}`}>
      <Icon size={13} aria-hidden />
      <span>{noteKindLabels[props.kind][props.language]}</span>
    </span>
  );
}

