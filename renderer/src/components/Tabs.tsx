// Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs and select them; only the
// selected tab is in the Tab order. Reusable: nothing in it is guide-specific.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly count?: string;
  readonly icon?: ReactNode;
}

export function Tabs<K extends string>(props: {
  readonly label: string;
  readonly items: readonly TabItem<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  readonly children: ReactNode;
}) {
  const base = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const tabId = (key: K) => `${base}-tab-${key}`;
  const panelId = `${base}-panel`;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = props.items.findIndex((item) => item.key === props.selected);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % props.items.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + props.items.length) % props.items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = props.items.length - 1;
    else return;
    event.preventDefault();
    const key = props.items[next]!.key;
    props.onSelect(key);
    refs.current.get(key)?.focus();
  }

  return (
    <>
      <div className="tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
        {props.items.map((item) => {
          const selected = item.key === props.selected;
          return (
            <button
              key={item.key}
              ref={(element) => {
                if (element) refs.current.set(item.key, element);
                else refs.current.delete(item.key);
              }}
              type="button"
              role="tab"
              id={tabId(item.key)}
              aria-selected={selected}
              aria-controls={panelId}
              tabIndex={selected ? 0 : -1}
              className="tab"
              onClick={() => props.onSelect(item.key)}
            >
              {item.icon}
              <span>{item.label}</span>
              {item.count !== undefined ? (
                <>
                  {' '}
                  <span className="tab-count">{item.count}</span>
                </>
              ) : null}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(props.selected)} className="tab-panel">
        {props.children}
      </div>
    </>
  );
}
