// A sortable table with a sticky header. The primary column's content is a button, so Tab reaches each row and
// Enter opens it; a click anywhere else on the row opens it too. Sorting compares text the way the UI language
// does (Intl.Collator, numbers inside text sorted as numbers).
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n';

export interface Column<T> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: T) => ReactNode;
  /** Present on sortable columns. */
  readonly sortValue?: (row: T) => string | number;
  readonly numeric?: boolean;
  /** The column whose content opens the row (one per table). */
  readonly primary?: boolean;
  /** Header read by screen readers only (e.g. the actions column). */
  readonly hiddenHeader?: boolean;
  readonly className?: string;
}

export interface SortState {
  readonly key: string;
  readonly direction: 'ascending' | 'descending';
}

export function DataTable<T>(props: {
  readonly label: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  readonly openLabel: (row: T) => string;
  readonly onOpen: (row: T) => void;
  readonly initialSort: SortState;
  readonly rowClassName?: (row: T) => string | undefined;
  /** A row to scroll into view and mark briefly (e.g. one just added). */
  readonly highlight?: string | null;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState<SortState>(props.initialSort);
  const scroller = useRef<HTMLDivElement>(null);

  const sorted = useMemo(() => {
    const column = props.columns.find((c) => c.key === sort.key);
    if (!column?.sortValue) return props.rows;
    const collator = new Intl.Collator(format.locale, { numeric: true, sensitivity: 'base' });
    const value = column.sortValue;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...props.rows].sort((a, b) => {
      const left = value(a);
      const right = value(b);
      const order = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right));
      // Equal values keep a stable, readable order: by the row's open label.
      return sign * order || collator.compare(props.openLabel(a), props.openLabel(b));
    });
  }, [props.rows, props.columns, props.openLabel, sort, format.locale]);

  useEffect(() => {
    if (!props.highlight) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(props.highlight)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [props.highlight, sorted]);

  function toggle(column: Column<T>) {
    setSort((current) =>
      current.key === column.key
        ? { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key: column.key, direction: column.numeric ? 'descending' : 'ascending' },
    );
  }

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, row: T) {
    // Buttons and links in the row do their own thing; selecting text is not a click to open.
    if ((event.target as HTMLElement).closest('button, a, input, select, textarea, label')) return;
    if (window.getSelection()?.toString()) return;
    props.onOpen(row);
  }

  return (
    <div className="table-card">
      <div className="table-scroll" ref={scroller}>
        <table className="data-table" aria-label={props.label} data-testid={props.testId}>
          <thead>
            <tr>
              {props.columns.map((column) => {
                const active = sort.key === column.key;
                const Icon = active ? (sort.direction === 'ascending' ? ArrowUp : ArrowDown) : ArrowUpDown;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className={`${column.numeric ? 'cell-numeric' : ''} ${column.className ?? ''}`.trim() || undefined}
                    aria-sort={column.sortValue ? (active ? sort.direction : 'none') : undefined}
                  >
                    {column.hiddenHeader ? (
                      <span className="visually-hidden">{column.header}</span>
                    ) : column.sortValue ? (
                      <button type="button" className={`sort-button${active ? ' sort-button-active' : ''}`} onClick={() => toggle(column)} title={t('components.dataTable.sortBy', { column: column.header })}>
                        <span>{column.header}</span>
                        <Icon size={13} aria-hidden />
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => {
              const key = props.rowKey(row);
              const extra = props.rowClassName?.(row);
              return (
                <tr key={key} data-row-key={key} className={`${extra ?? ''}${props.highlight === key ? ' row-highlight' : ''}`.trim() || undefined} onClick={(event) => onRowClick(event, row)}>
                  {props.columns.map((column) => (
                    <td key={column.key} className={`${column.numeric ? 'cell-numeric' : ''} ${column.className ?? ''}`.trim() || undefined}>
                      {column.primary ? (
                        <button type="button" className="row-open" onClick={() => props.onOpen(row)} aria-label={props.openLabel(row)}>
                          {column.render(row)}
                        </button>
                      ) : (
                        column.render(row)
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
