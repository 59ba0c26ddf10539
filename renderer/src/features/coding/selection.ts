// Finds what text the user selected for coding: which source (kind, row, field) it belongs to and its character
// range in that source's text. A source is marked in the DOM by `data-coding-source`, `data-coding-id` and
// `data-coding-field` (read views, note editors); interview mode's answer and explanation fields are recognised by
// their `data-field` inside a question card, so interview mode needs no extra markup.
import type { SegmentField, SegmentSourceKind } from '../../../../shared/contract/analysis';

export interface CodingSource {
  readonly kind: SegmentSourceKind;
  readonly sourceId: string;
  readonly field: SegmentField;
  readonly element: HTMLElement;
}

export interface CodingSelection extends CodingSource {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Where to show the toolbar, in viewport coordinates. */
  readonly rect: { readonly top: number; readonly left: number; readonly right: number; readonly bottom: number };
}

const kinds: readonly SegmentSourceKind[] = ['answer', 'explanation', 'note', 'session', 'recommendation'];
const fields: readonly SegmentField[] = ['value', 'explanation', 'text', 'agenda', 'outcomes'];
const defaultField: Readonly<Record<SegmentSourceKind, SegmentField>> = { answer: 'value', explanation: 'explanation', note: 'text', session: 'outcomes', recommendation: 'text' };

/** The interview id of the page shown (#/interviews/<id> or #/interviews/<id>/conduct), if any. */
function interviewOfPage(): string | null {
  const match = /^#?\/interviews\/([^/?#]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** The codable source an element belongs to, or null. */
export function codingSourceOf(node: Node | null): CodingSource | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  if (!element) return null;
  const marked = element.closest<HTMLElement>('[data-coding-source]');
  if (marked) {
    const kind = marked.dataset.codingSource as SegmentSourceKind;
    const sourceId = marked.dataset.codingId ?? '';
    const field = (marked.dataset.codingField as SegmentField | undefined) ?? defaultField[kind];
    if (!kinds.includes(kind) || !sourceId || !fields.includes(field)) return null;
    return { kind, sourceId, field, element: marked };
  }
  const textarea = element.closest<HTMLTextAreaElement>('textarea[data-field]');
  const card = textarea?.closest<HTMLElement>('[data-question-id]');
  const interviewId = interviewOfPage();
  if (!textarea || !card || !interviewId) return null;
  const explanation = textarea.dataset.field === 'explanation';
  if (!explanation && textarea.dataset.field !== 'value') return null;
  return {
    kind: explanation ? 'explanation' : 'answer',
    sourceId: `${interviewId}/${card.dataset.questionId}`,
    field: explanation ? 'explanation' : 'value',
    element: textarea,
  };
}

/** Characters from the start of `root` to (node, offset), not counting text inside `[data-coding-ignore]`. */
function offsetIn(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  const fragment = range.cloneContents();
  fragment.querySelectorAll('[data-coding-ignore]').forEach((ignored) => ignored.remove());
  return (fragment.textContent ?? '').length;
}

/** The text of a read element as its source stores it (without the screen-reader-only code names). */
export function sourceTextOf(root: HTMLElement): string {
  const clone = root.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[data-coding-ignore]').forEach((ignored) => ignored.remove());
  return clone.textContent ?? '';
}

/** Narrows [start, end) of `text` so it neither begins nor ends with white space. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** The current selection, when it is a non-empty range inside one codable source (surrounding spaces left out). */
export function currentCodingSelection(): CodingSelection | null {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const source = codingSourceOf(active);
    if (!source) return null;
    const { start, end } = trimRange(active.value, active.selectionStart ?? 0, active.selectionEnd ?? 0);
    if (end <= start) return null;
    const text = active.value.slice(start, end);
    const box = active.getBoundingClientRect();
    return { ...source, start, end, text, rect: { top: box.top, left: box.left, right: box.right, bottom: box.bottom } };
  }
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const source = codingSourceOf(range.startContainer);
  if (!source || codingSourceOf(range.endContainer)?.element !== source.element) return null;
  const full = sourceTextOf(source.element);
  const { start, end } = trimRange(full, offsetIn(source.element, range.startContainer, range.startOffset), offsetIn(source.element, range.endContainer, range.endOffset));
  if (end <= start) return null;
  const text = full.slice(start, end);
  const box = range.getBoundingClientRect();
  return { ...source, start, end, text, rect: { top: box.top, left: box.left, right: box.right, bottom: box.bottom } };
}

/** Puts the selection back where it was (after the code picker took focus). */
export function restoreSelection(selection: CodingSelection): void {
  const element = selection.element;
  if (!element.isConnected) return;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus({ preventScroll: true });
    element.setSelectionRange(selection.start, selection.end);
  }
}
