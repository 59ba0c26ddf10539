// Makes the search box reachable from every page: Ctrl+K (⌘K on a Mac) anywhere, "/" outside text fields, or the
// search button in the top bar (which dispatches `openSearch`). After a result opened its page, the source is
// scrolled into view (see ./search-target).
import { useEffect, useState } from 'react';
import { isTextEntry } from '../../app/focus';
import { SearchDialog } from './SearchDialog';

const openEvent = 'inventaris:open-search';

/** Opens the search box (for buttons elsewhere in the UI). */
export function openSearch(): void {
  window.dispatchEvent(new Event(openEvent));
}

/** True for the keys that open search: Ctrl/⌘+K anywhere, "/" when not typing. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyK') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextEntry(event.target);
}

export function SearchHost() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isSearchShortcut(event)) return;
      // An open modal dialog (other than search) keeps its keys.
      if (document.querySelector('dialog[open]') && !open) return;
      event.preventDefault();
      setOpen(true);
    };
    const onOpen = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener(openEvent, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(openEvent, onOpen);
    };
  }, [open]);

  return open ? <SearchDialog onClose={() => setOpen(false)} /> : null;
}
