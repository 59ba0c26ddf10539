// NL | EN: switches the UI language at once and keeps the choice in the settings.
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/i18n/languages';
import { useApp } from '../app/AppProvider';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const app = useApp();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {languages.map((language: Language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="segmented-item"
          aria-pressed={i18n.language === language}
          title={t(`language.${language}`)}
          onClick={() => void app.setLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
