// Guide content (questions, dimensions, codes) is stored in Dutch and English; the UI shows the UI language's text.
// An empty translation falls back to the other language and is marked, so a missing translation is visible.
import { useTranslation } from 'react-i18next';
import { pickText, type BilingualText } from '../app/bilingual-text';
import { useFormat } from '../i18n';

/** Picks the text in the UI language (or its fallback) as a plain string, e.g. for titles and sorting. */
export function useContentText(): (value: BilingualText) => string {
  const { language } = useFormat();
  return (value) => pickText(value, language).text;
}

/** Text in the UI language; a fallback gets a small language tag, an empty text the placeholder. */
export function Localized(props: { readonly value: BilingualText; readonly placeholder?: string; readonly className?: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const picked = pickText(props.value, language);
  if (!picked.text) return <span className={`text-placeholder${props.className ? ` ${props.className}` : ''}`}>{props.placeholder ?? t('components.localized.empty')}</span>;
  if (!picked.fallbackFrom)
    return (
      <span className={props.className} dir="auto">
        {picked.text}
      </span>
    );
  return (
    <span className={props.className} lang={picked.fallbackFrom} dir="auto">
      {picked.text}
      <span className="fallback-mark" title={t('components.localized.untranslated')}>
        <span className="visually-hidden"> (</span>
        {picked.fallbackFrom.toUpperCase()}
        <span className="visually-hidden">, {t('components.localized.untranslated')})</span>
      </span>
    </span>
  );
}
