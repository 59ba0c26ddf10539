// A menu button (WAI-ARIA menu pattern): Enter/Space/ArrowDown opens it on the first item, arrows move, Escape
// closes and returns focus to the button, Tab closes. Reusable for row actions anywhere.
import { Ellipsis, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  readonly key: string;
  readonly label: string;
  readonly icon?: LucideIcon;
  readonly danger?: boolean;
  readonly disabled?: boolean;
  readonly onSelect: () => void;
}

export function Menu(props: { readonly label: string; readonly items: readonly MenuItem[]; readonly testId?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const focusOnOpen = useRef<'first' | 'last'>('first');

  useEffect(() => {
    if (!open) return;
    const items = menuItems();
    (focusOnOpen.current === 'first' ? items[0] : items[items.length - 1])?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function menuItems(): HTMLElement[] {
    return [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
  }

  function openWith(focus: 'first' | 'last') {
    focusOnOpen.current = focus;
    setOpen(true);
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openWith('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openWith('last');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = menuItems();
    const index = items.indexOf(document.activeElement as HTMLElement);
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = (index + 1) % items.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
      return;
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    items[next]?.focus();
  }

  function choose(item: MenuItem) {
    if (item.disabled) return;
    setOpen(false);
    button.current?.focus();
    item.onSelect();
  }

  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label={props.label}
        title={props.label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openWith('first'))}
        onKeyDown={onButtonKeyDown}
        data-testid={props.testId}
      >
        <Ellipsis size={16} aria-hidden />
      </button>
      {open ? (
        <ul ref={list} id={menuId} role="menu" aria-label={props.label} className="menu-list" onKeyDown={onMenuKeyDown}>
          {props.items.map((item) => {
            const Icon = item.icon;
            return (
              <li
                key={item.key}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.disabled || undefined}
                className={`menu-item${item.danger ? ' menu-item-danger' : ''}`}
                onClick={() => choose(item)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    event.stopPropagation();
                    choose(item);
                  }
                }}
              >
                {Icon ? <Icon size={15} aria-hidden /> : null}
                <span>{item.label}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
