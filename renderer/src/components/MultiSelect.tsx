// A searchable multi-select: the chosen items as chips (each with a remove button), a combobox to type in and a
// grouped listbox of options. Keyboard: arrows move, Enter toggles, Escape closes, Backspace in an empty search
// removes the last chip. The options stay open after a toggle, so several can be picked in a row.
import { Check, Search, X } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesQuery } from '../app/text';
import type { ControlProps } from './Field';

export interface MultiOption {
  readonly id: string;
  readonly label: string;
  /** Second line or trailing text, e.g. a job title; also searched. */
  readonly detail?: string;
  /** Options with the same group are listed under it, in the order given. */
  readonly group?: string;
  /** What a chosen item's chip shows after its label (default: `detail`). */
  readonly chipDetail?: string;
  /** Extra content after the label, e.g. a polarity tag. */
  readonly tag?: ReactNode;
  /** Not offered any more (deleted); shown only as a chip while still chosen. */
  readonly unavailable?: boolean;
}

export function MultiSelect(props: {
  readonly control: ControlProps;
  readonly options: readonly MultiOption[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly onBlur?: () => void;
  readonly placeholder?: string;
  readonly readOnly?: boolean;
  /** Accessible name of the chip list and the listbox, e.g. the field's label. */
  readonly label: string;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const popup = useRef<HTMLDivElement>(null);

  // A list that opens below the fold scrolls into view, so its options can be seen while typing.
  useEffect(() => {
    if (open) popup.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  const chosen = new Set(props.selected);
  const byId = useMemo(() => new Map(props.options.map((option) => [option.id, option])), [props.options]);

  const visible = useMemo(
    () => props.options.filter((option) => !option.unavailable && matchesQuery(query, [option.label, option.detail ?? '', option.group ?? ''])),
    [props.options, query],
  );
  const groups = useMemo(() => {
    const map = new Map<string, MultiOption[]>();
    for (const option of visible) {
      const key = option.group ?? '';
      map.set(key, [...(map.get(key) ?? []), option]);
    }
    return [...map.entries()];
  }, [visible]);
  // Keyboard order follows the grouped display order.
  const ordered = groups.flatMap(([, options]) => options);
  const optionId = (id: string) => `${listId}-option-${id}`;

  function toggle(id: string) {
    props.onChange(chosen.has(id) ? props.selected.filter((x) => x !== id) : [...props.selected, id]);
  }

  function move(step: 1 | -1) {
    if (ordered.length === 0) return;
    const index = active ? ordered.findIndex((o) => o.id === active) : -1;
    const next = ordered[(index + step + ordered.length) % ordered.length]!;
    setActive(next.id);
    document.getElementById(optionId(next.id))?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        move(-1);
        break;
      case 'Enter':
        if (open && active && ordered.some((o) => o.id === active)) {
          event.preventDefault();
          toggle(active);
        }
        break;
      case 'Escape':
        if (open) {
          // Close the list only, not a dialog around it.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(null);
        } else if (query) {
          event.preventDefault();
          event.stopPropagation();
          setQuery('');
        }
        break;
      case 'Backspace':
        if (query === '' && props.selected.length > 0) props.onChange(props.selected.slice(0, -1));
        break;
    }
  }

  function onBlur(event: FocusEvent) {
    if (container.current?.contains(event.relatedTarget as Node | null)) return;
    setOpen(false);
    setActive(null);
    // A search is a means of picking, not a value: it does not outlive the visit.
    setQuery('');
    props.onBlur?.();
  }

  const chips = props.selected.map((id) => byId.get(id) ?? { id, label: id, unavailable: true });

  const chipList =
    chips.length > 0 ? (
      <ul className="chips" aria-label={`${props.label}: ${t('components.multiSelect.selectedCount', { count: chips.length })}`}>
        {chips.map((chip) => (
          <li key={chip.id} className={`chip${chip.unavailable ? ' chip-unavailable' : ''}`}>
            <span className="chip-label" title={chip.label}>
              {chip.label}
              {chip.unavailable ? <span className="chip-note"> ({t('components.multiSelect.removed')})</span> : null}
            </span>
            {'chipDetail' in chip && chip.chipDetail !== undefined ? (
              chip.chipDetail ? <span className="chip-detail">{chip.chipDetail}</span> : null
            ) : 'detail' in chip && chip.detail ? (
              <span className="chip-detail">{chip.detail}</span>
            ) : null}
            {props.readOnly ? null : (
              <button type="button" className="chip-remove" onClick={() => toggle(chip.id)} aria-label={t('components.multiSelect.remove', { name: chip.label })} title={t('components.multiSelect.remove', { name: chip.label })}>
                <X size={13} aria-hidden />
              </button>
            )}
          </li>
        ))}
      </ul>
    ) : null;

  if (props.readOnly) {
    return (
      <div className="multi multi-readonly" data-testid={props.testId}>
        {chipList ?? <p className="multi-empty">{t('components.multiSelect.nothingSelected')}</p>}
      </div>
    );
  }

  return (
    <div className="multi" ref={container} onBlur={onBlur} data-testid={props.testId}>
      {/* Chips and the search box share one bordered box, like a tag input; a click on the box types. */}
      <div
        className="multi-box"
        onMouseDown={(event) => {
          if (event.target === event.currentTarget) {
            event.preventDefault();
            input.current?.focus();
            setOpen(true);
          }
        }}
      >
        <Search size={15} className="multi-search-icon" aria-hidden />
        {chipList}
        <input
          {...props.control}
          aria-describedby={[props.control['aria-describedby'], `${listId}-instructions`].filter(Boolean).join(' ')}
          ref={input}
          className="multi-input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active ? optionId(active) : undefined}
          placeholder={props.placeholder ?? t('components.multiSelect.placeholder')}
          value={query}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(null);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
      </div>
      <span id={`${listId}-instructions`} className="visually-hidden">
        {t('components.multiSelect.instructions')}
      </span>
      {open ? (
        <div ref={popup} className="multi-popup" role="listbox" id={listId} aria-multiselectable="true" aria-label={props.label} tabIndex={-1}>
          {ordered.length === 0 ? <div className="multi-none" role="presentation">{t('components.multiSelect.noOptions')}</div> : null}
          {groups.map(([group, options], groupIndex) => {
            const options_ = options.map((option) => {
              const selected = chosen.has(option.id);
              return (
                <div
                  key={option.id}
                  id={optionId(option.id)}
                  role="option"
                  aria-selected={selected}
                  className={`multi-option${active === option.id ? ' multi-option-active' : ''}${selected ? ' multi-option-selected' : ''}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    setActive(option.id);
                    toggle(option.id);
                    input.current?.focus();
                  }}
                >
                  <span className="multi-check" aria-hidden>
                    {selected ? <Check size={13} /> : null}
                  </span>
                  <span className="multi-option-label">{option.label}</span>
                  {option.detail ? <span className="multi-option-detail">{option.detail}</span> : null}
                  {option.tag}
                </div>
              );
            });
            if (!group) return options_;
            const groupId = `${listId}-group-${groupIndex}`;
            return (
              <div key={group} role="group" aria-labelledby={groupId} className="multi-group">
                <div id={groupId} role="presentation" className="multi-group-label">
                  {group}
                </div>
                {options_}
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
