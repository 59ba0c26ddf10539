// Carries "what to show" from a search result to the page it opens: the question or note is scrolled into view,
// focused and briefly highlighted once the page has rendered it.
export interface SearchTarget {
  readonly questionId: string | null;
  readonly noteId: string | null;
  readonly terms: readonly string[];
}

let pending: SearchTarget | null = null;

export function rememberTarget(target: SearchTarget): void {
  pending = target;
}

function selectorOf(target: SearchTarget): string | null {
  if (target.noteId) return `[data-note-id="${CSS.escape(target.noteId)}"]`;
  if (target.questionId) return `[data-question-id="${CSS.escape(target.questionId)}"]`;
  return null;
}

/** Looks for the pending target for about two seconds after a navigation, then gives up quietly. */
export function revealPendingTarget(): void {
  const target = pending;
  pending = null;
  if (!target) return;
  const selector = selectorOf(target);
  if (!selector) return;
  let frames = 0;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) {
      if (++frames < 120) requestAnimationFrame(attempt);
      return;
    }
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    element.classList.add('search-flash');
    element.dataset.searchTarget = 'true';
    setTimeout(() => element.classList.remove('search-flash'), 2400);
  };
  requestAnimationFrame(attempt);
}
