// The code picker for a selection: the selected text, a filter, the codebook as checkboxes (knelpunten, kansen,
// both), and Apply. Typing filters; Enter applies the checked codes (or the first match when none is checked);
// Escape closes and gives the selection back.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { Code } from '../../../../shared/contract/fieldwork';
import { polarities } from '../../../../shared/template/types';
import { Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { useFormat } from '../../i18n';
import { codeColour } from './CodedText';
import type { CodingSelection } from './selection';

const width = 360;
const height = 420;

export function CodePicker(props: {
  readonly selection: CodingSelection;
  readonly codes: readonly Code[] | null;
  readonly position: { top: number; left: number };
  readonly onApply: (codeIds: readonly string[]) => Promise<void>;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { language } = format;
  const [filter, setFilter] = useState('');
  const [checked, setChecked] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();

  useEffect(() => {
    input.current?.focus();
  }, []);

  const label = (code: Code) => code.label[language] || code.label.nl;
  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase(format.locale);
    return (props.codes ?? []).filter((code) => !needle || `${code.code} ${label(code)}`.toLocaleLowerCase(format.locale).includes(needle));
  }, [props.codes, filter, language, format.locale]);

  // Enter pressed before the codebook arrived applies once it is there.
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (waiting && props.codes !== null) {
      setWaiting(false);
      void submit();
    }
  });

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (props.codes === null) return setWaiting(true);
    const ids = checked.length > 0 ? checked : visible.slice(0, 1).map((code) => code.id);
    if (ids.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      await props.onApply(ids);
    } catch (failure) {
      setError(failure as ErrorInfo);
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onClose();
    }
  }

  const top = Math.max(8, Math.min(window.innerHeight - height - 8, props.position.top + 44 + (props.selection.element instanceof HTMLTextAreaElement ? props.selection.rect.bottom - props.selection.rect.top : 20)));
  const left = Math.max(8, Math.min(window.innerWidth - width - 8, props.position.left));
  const toggle = (id: string) => setChecked((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));

  return (
    <div className="coding-picker" role="dialog" aria-labelledby={titleId} style={{ top, left, width }} onKeyDown={onKeyDown} data-testid="code-picker">
      <form onSubmit={(event) => void submit(event)} className="coding-picker-form">
        <p id={titleId} className="coding-picker-title">
          {t('coding.pickerTitle')}
        </p>
        <blockquote className="coding-picker-text" dir="auto">
          {props.selection.text.length > 160 ? `${props.selection.text.slice(0, 160)}…` : props.selection.text}
        </blockquote>
        <input
          ref={input}
          className="input coding-picker-filter"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder={t('coding.filterPlaceholder')}
          aria-label={t('coding.filter')}
          data-testid="code-picker-filter"
        />
        {error ? (
          <Message tone="error" role="alert">
            {format.error(error)}
          </Message>
        ) : null}
        <div className="coding-picker-list" role="group" aria-label={t('coding.codes')}>
          {props.codes === null ? <p className="text-placeholder">{t('coding.loadingCodes')}</p> : null}
          {props.codes !== null && visible.length === 0 ? <p className="text-placeholder">{t('coding.noCodes')}</p> : null}
          {polarities.map((polarity) => {
            const group = visible.filter((code) => code.polarity === polarity);
            if (group.length === 0) return null;
            return (
              <fieldset key={polarity} className="coding-picker-group">
                <legend className="coding-picker-legend">{t(`themes.polarity.${polarity}`)}</legend>
                {group.map((code) => (
                  <label key={code.id} className="coding-picker-option" data-testid="code-picker-option" data-code={code.code}>
                    <input type="checkbox" checked={checked.includes(code.id)} onChange={() => toggle(code.id)} />
                    <span className="polarity-swatch" style={{ background: codeColour({ code: code.code, label: '', colour: code.colour }) }} aria-hidden />
                    <span className="code-mono">{code.code}</span>
                    <span className="coding-picker-label">{label(code)}</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
        <div className="coding-picker-actions">
          <span className="coding-picker-hint">{checked.length > 0 ? t('coding.checked', { count: checked.length }) : t('coding.enterHint')}</span>
          <Button className="button-small" variant="ghost" onClick={props.onClose}>
            {t('coding.cancel')}
          </Button>
          <Button type="submit" className="button-small" variant="primary" busy={busy} data-testid="code-picker-apply">
            {t('coding.apply')}
          </Button>
        </div>
      </form>
    </div>
  );
}
