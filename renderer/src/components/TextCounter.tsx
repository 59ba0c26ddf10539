// How much of a long text field's limit is used, shown once the text comes near it (so the limit is never a
// surprise) and in the error colour past it: "41.200 van 50.000 tekens" or "10.000 tekens te veel".
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n';

/** From this share of the limit on, the counter shows. */
const nearShare = 0.8;

export function TextCounter(props: { readonly length: number; readonly max: number; readonly id?: string; readonly className?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (props.length < props.max * nearShare) return null;
  const over = props.length - props.max;
  return (
    <p id={props.id} className={`text-counter${over > 0 ? ' text-counter-over' : ''}${props.className ? ` ${props.className}` : ''}`} data-testid="text-counter" aria-live="polite">
      {over > 0
        ? t('components.textCounter.over', { over: format.number(over), max: format.number(props.max) })
        : t('components.textCounter.used', { used: format.number(props.length), max: format.number(props.max) })}
    </p>
  );
}
