// Focus and keyboard helpers the pages share: moving focus to something that appears only after a reload, and
// telling whether a key press is typing (so a shortcut such as Ctrl+Z or "?" leaves text fields alone).

/** Focuses the element once it is on screen (a restored or new row appears only after the list reloads). */
export function focusWhenPresent(selector: string): void {
  let frames = 0;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) element.focus();
    else if (++frames < 90) requestAnimationFrame(attempt);
  };
  attempt();
}

/** True when the target takes typed text: a text field, a text area or editable content (not a checkbox). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
