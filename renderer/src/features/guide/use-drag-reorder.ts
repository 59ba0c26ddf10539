// Mouse reordering of the guide with native drag and drop. A row can only be dragged by its handle (the handle
// arms the row on pointer down), so text in rows stays selectable; a drop line shows where it will land.
import { useRef, useState, type DragEvent, type PointerEvent } from 'react';
import type { Question, Section } from '../../../../shared/contract/fieldwork';
import type { RowDnd } from './QuestionRow';
import type { GuideMoves } from './use-guide-moves';

type DragItem = { readonly kind: 'question' | 'section'; readonly id: string };
type DropHint = { readonly kind: 'question' | 'section'; readonly id: string; readonly where: 'before' | 'after' } | { readonly kind: 'sectionEnd'; readonly id: string };
type SectionWithQuestions = Section & { readonly questions: readonly Question[] };

export interface SectionDnd {
  readonly onHandlePointerDown: (event: PointerEvent<HTMLElement>) => void;
  readonly onDragStart: (event: DragEvent<HTMLElement>) => void;
  readonly onDragEnd: (event: DragEvent<HTMLElement>) => void;
  readonly onDragOver: (event: DragEvent<HTMLElement>) => void;
  readonly onDrop: (event: DragEvent<HTMLElement>) => void;
  /** 'before' / 'after' for a section dropped here, 'inside' for a question dropped at its end. */
  readonly hint: 'before' | 'after' | 'inside' | null;
  readonly dragging: boolean;
}

function dropWhere(event: DragEvent<HTMLElement>): 'before' | 'after' {
  const rect = event.currentTarget.getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
}

function armDrag(event: PointerEvent<HTMLElement>, selector: string) {
  const row = event.currentTarget.closest<HTMLElement>(selector);
  if (!row) return;
  row.draggable = true;
  const disarm = () => {
    row.draggable = false;
    window.removeEventListener('pointerup', disarm);
  };
  window.addEventListener('pointerup', disarm);
}

export function useDragReorder(moves: GuideMoves) {
  const [hint, setHint] = useState<DropHint | null>(null);
  const [dragging, setDragging] = useState<DragItem | null>(null);
  const drag = useRef<DragItem | null>(null);

  function start(event: DragEvent<HTMLElement>, item: DragItem) {
    if (!event.currentTarget.draggable) return;
    event.stopPropagation();
    drag.current = item;
    setDragging(item);
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', item.id);
  }

  function end(event?: DragEvent<HTMLElement>) {
    if (event?.currentTarget) event.currentTarget.draggable = false;
    drag.current = null;
    setDragging(null);
    setHint(null);
  }

  function show(next: DropHint) {
    setHint((current) => (current && current.kind === next.kind && current.id === next.id && ('where' in current ? current.where : null) === ('where' in next ? next.where : null) ? current : next));
  }

  function question(item: Question, section: SectionWithQuestions): RowDnd {
    return {
      onHandlePointerDown: (event) => armDrag(event, '.g-question-row'),
      onDragStart: (event) => start(event, { kind: 'question', id: item.id }),
      onDragOver: (event) => {
        if (drag.current?.kind !== 'question') return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
        show({ kind: 'question', id: item.id, where: dropWhere(event) });
      },
      onDrop: (event) => {
        const dragged = drag.current;
        if (dragged?.kind !== 'question') return;
        event.preventDefault();
        event.stopPropagation();
        const where = dropWhere(event);
        end();
        if (dragged.id === item.id) return;
        let index = section.questions.findIndex((other) => other.id === item.id) + (where === 'after' ? 1 : 0);
        // Taking the question out first shifts the places after it by one.
        const from = section.questions.findIndex((other) => other.id === dragged.id);
        if (from >= 0 && from < index) index--;
        moves.moveQuestionTo(dragged.id, section.id, index);
      },
      onDragEnd: () => end(),
      hint: hint?.kind === 'question' && hint.id === item.id ? hint.where : null,
      dragging: dragging?.kind === 'question' && dragging.id === item.id,
    };
  }

  function section(item: SectionWithQuestions, index: number): SectionDnd {
    return {
      onHandlePointerDown: (event) => armDrag(event, '.g-section-card'),
      onDragStart: (event) => start(event, { kind: 'section', id: item.id }),
      onDragEnd: (event) => end(event),
      onDragOver: (event) => {
        const dragged = drag.current;
        if (!dragged) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        show(dragged.kind === 'question' ? { kind: 'sectionEnd', id: item.id } : { kind: 'section', id: item.id, where: dropWhere(event) });
      },
      onDrop: (event) => {
        const dragged = drag.current;
        if (!dragged) return;
        event.preventDefault();
        const where = dropWhere(event);
        end();
        if (dragged.kind === 'question') {
          const inSection = item.questions.some((other) => other.id === dragged.id);
          moves.moveQuestionTo(dragged.id, item.id, inSection ? item.questions.length - 1 : item.questions.length);
        } else if (dragged.id !== item.id) {
          let to = index + (where === 'after' ? 1 : 0);
          const from = moves.guideRef.current.sections.findIndex((other) => other.id === dragged.id);
          if (from >= 0 && from < to) to--;
          moves.moveSectionTo(dragged.id, to);
        }
      },
      hint: hint?.kind === 'section' && hint.id === item.id ? hint.where : hint?.kind === 'sectionEnd' && hint.id === item.id ? 'inside' : null,
      dragging: dragging?.kind === 'section' && dragging.id === item.id,
    };
  }

  return { question, section };
}
