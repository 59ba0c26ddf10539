// The search box above a table: a magnifier, a clear button, and Escape clears it.
import { Search, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export function SearchField(props: { readonly label: string; readonly placeholder: string; readonly value: string; readonly onChange: (value: string) => void }) {
  const { t } = useTranslation('people');
  return (
    <div className="search-field">
      <Search size={16} className="search-field-icon" aria-hidden />
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
        <button type="button" className="icon-button search-field-clear" onClick={() => props.onChange('')} aria-label={t('common.clearSearch')} title={t('common.clearSearch')}>
          <X size={14} aria-hidden />
        </button>
      ) : null}
    </div>
  );
}
