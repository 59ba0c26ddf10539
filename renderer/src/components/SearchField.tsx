// The search box above a list: a magnifier, a clear button, and Escape clears it. `compact` sits in a toolbar row,
// `small` inside a side panel.
import { Search, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export function SearchField(props: {
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly size?: 'default' | 'compact' | 'small';
}) {
  const { t } = useTranslation();
  return (
    <div className={`search-field${props.size && props.size !== 'default' ? ` search-field-${props.size}` : ''}`}>
      <Search size={props.size === 'small' ? 14 : props.size === 'compact' ? 15 : 16} className="search-field-icon" aria-hidden />
      <input
        type="search"
        className="input search-field-input"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={props.value}
        autoComplete="off"
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && props.value) {
            event.preventDefault();
            props.onChange('');
          }
        }}
      />
      {props.value ? (
        <button type="button" className="icon-button search-field-clear" onClick={() => props.onChange('')} aria-label={t('components.searchField.clear')} title={t('components.searchField.clear')}>
          <X size={14} aria-hidden />
        </button>
      ) : null}
    </div>
  );
}
