// Keyboard shortcuts of the interviews feature. Alt+PageDown/PageUp and Alt+letter do not clash with text editing,
// and neither Chromium nor our menus bind them on Linux, Windows or macOS. Letters are matched by physical key
// (event.code), so Option+K on a Mac (which types "˚") still counts as Alt+K.
import { isTextEntry } from '../../app/focus';
import type { NoteKind } from '../../components/NoteKindTag';

export interface Combo {
  readonly alt?: boolean;
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  /** KeyboardEvent.code, e.g. 'KeyK', 'PageDown'. */
  readonly code?: string;
  /** KeyboardEvent.key, for characters whose physical key differs per layout, e.g. '?'. */
  readonly key?: string;
  /** The shortcut only works outside text fields (it would type a character there). */
  readonly outsideText?: boolean;
}

export const shortcuts = {
  nextSection: { alt: true, code: 'PageDown' },
  previousSection: { alt: true, code: 'PageUp' },
  pause: { alt: true, code: 'KeyP' },
  help: { ctrl: true, code: 'Slash' },
  helpQuestionMark: { key: '?', outsideText: true },
  start: { alt: true, code: 'KeyS' },
} as const satisfies Record<string, Combo>;

/** At the current question: its buttons are out of the Tab order (Tab goes from answer field to answer field). */
export const questionShortcuts = {
  notApplicable: { alt: true, code: 'KeyN' },
  dontKnow: { alt: true, code: 'KeyW' },
  help: { alt: true, code: 'KeyH' },
  // Delete or Backspace on a chosen answer (never in a text field, where they edit the text).
  clear: { code: 'Delete', outsideText: true },
  clearBackspace: { code: 'Backspace', outsideText: true },
} as const satisfies Record<string, Combo>;

/** Capture a note at the current question. */
export const noteShortcuts: Readonly<Record<NoteKind, Combo>> = {
  kans: { alt: true, code: 'KeyK' },
  knelpunt: { alt: true, code: 'KeyB' },
  quote: { alt: true, code: 'KeyQ' },
  action: { alt: true, code: 'KeyA' },
  observation: { alt: true, code: 'KeyO' },
};

/** The order in which note kinds are offered. */
export const noteKindOrder: readonly NoteKind[] = ['kans', 'knelpunt', 'quote', 'action', 'observation'];

export function matches(event: KeyboardEvent, combo: Combo): boolean {
  if (combo.outsideText && isTextEntry(event.target)) return false;
  if (combo.key !== undefined) return event.key === combo.key && !event.altKey && !event.ctrlKey && !event.metaKey;
  const ctrl = event.ctrlKey || event.metaKey;
  return (
    event.code === combo.code &&
    event.altKey === (combo.alt ?? false) &&
    ctrl === (combo.ctrl ?? false) &&
    (combo.shift === undefined || event.shiftKey === combo.shift)
  );
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

const codeNames: Readonly<Record<string, string>> = { PageDown: 'PageDown', PageUp: 'PageUp', Slash: '/', Delete: 'Delete', Backspace: '⌫' };

/** The keys of a combo as shown in <kbd> elements, e.g. ['Alt', 'B'] or ['⌥', 'B'] on a Mac. */
export function comboKeys(combo: Combo, mac = isMac()): string[] {
  if (combo.key !== undefined) return [combo.key];
  const keys: string[] = [];
  if (combo.ctrl) keys.push(mac ? '⌘' : 'Ctrl');
  if (combo.alt) keys.push(mac ? '⌥' : 'Alt');
  if (combo.shift) keys.push(mac ? '⇧' : 'Shift');
  const code = combo.code ?? '';
  keys.push(codeNames[code] ?? (code.startsWith('Key') ? code.slice(3) : code));
  return keys;
}

/** A combo as one string for titles and aria-keyshortcuts, e.g. "Alt+PageDown". */
export function comboText(combo: Combo, mac = isMac()): string {
  return comboKeys(combo, mac).join('+');
}

/** The aria-keyshortcuts value (always in the standard modifier names). */
export function ariaKeys(combo: Combo): string {
  if (combo.key !== undefined) return combo.key;
  return [combo.ctrl ? 'Control' : null, combo.alt ? 'Alt' : null, combo.shift ? 'Shift' : null, comboKeys(combo, false).at(-1)].filter(Boolean).join('+');
}
