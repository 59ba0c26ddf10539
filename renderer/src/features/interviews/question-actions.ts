// The actions on one question of interview mode besides typing an answer: its shortcuts (n.v.t., weet niet, help,
// clear), which press the question's own buttons so mouse and keyboard do the same, and edits that throw an answer
// away, which are sent at once and offered for undo.
import { useCallback } from 'react';
import { showUndo } from '../../components/Toast';
import type { AnswerBook, AnswerForm } from './answer-book';
import { matches, questionShortcuts } from './shortcuts';

const actions = [
  [questionShortcuts.notApplicable, 'not_applicable'],
  [questionShortcuts.dontKnow, 'dont_know'],
  [questionShortcuts.help, 'help'],
  [questionShortcuts.clear, 'clear'],
  [questionShortcuts.clearBackspace, 'clear'],
] as const;

/**
 * Runs the question shortcut the key press stands for, at the question that has the focus (or the one last worked
 * on); true when it was one.
 */
export function runQuestionShortcut(event: KeyboardEvent, currentQuestionId: string | null): boolean {
  const action = actions.find(([combo]) => matches(event, combo))?.[1];
  if (!action) return false;
  const target = event.target instanceof HTMLElement ? event.target : null;
  const card = target?.closest<HTMLElement>('[data-question-id]') ?? (currentQuestionId ? document.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(currentQuestionId)}"]`) : null);
  // Delete and Backspace clear only the answer that has the focus; elsewhere they keep their own meaning.
  if (action === 'clear' && !target?.closest('[data-question-id]')) return false;
  const button = card?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!button || button.disabled) return action !== 'clear';
  button.click();
  return true;
}

/** An edit that discards what was answered: sent at once, with a toast that puts the answer back. */
export function useDiscardingEdit(book: AnswerBook): (questionId: string, patch: Partial<AnswerForm>, message: string) => void {
  return useCallback(
    (questionId, patch, message) => {
      const before = book.form(questionId);
      book.edit(questionId, patch, { immediate: true });
      showUndo({
        message,
        // The focus stays in the interview (typing goes on); Ctrl+Z outside a text field or the button undoes it.
        takeFocus: false,
        undo: async () => {
          book.edit(questionId, before, { immediate: true });
          await book.flushQuestion(questionId);
        },
      });
    },
    [book],
  );
}
