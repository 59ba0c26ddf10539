// The renderer's i18next instance: Dutch by default, UI strings from shared/i18n, and Intl formatters that
// follow the UI language. The language itself lives in the settings (settings.get / settings.update).
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/contract/errors';
import { errorMessage } from '../../../shared/i18n/errors';
import { defaultLanguage, isLanguage, type Language } from '../../../shared/i18n/languages';
import { uiEn } from '../../../shared/i18n/ui.en';
import { uiNl } from '../../../shared/i18n/ui.nl';
import { guideEn, guideNl } from '../../../shared/i18n/features/guide';
import { interviewsEn, interviewsNl } from '../../../shared/i18n/features/interviews';
import { peopleEn, peopleNl } from '../../../shared/i18n/features/people';
import { sessionsEn, sessionsNl } from '../../../shared/i18n/features/sessions';
import { settingsEn, settingsNl } from '../../../shared/i18n/features/settings';
import { analysisViewsEn, analysisViewsNl } from '../../../shared/i18n/features/analysis-views';
import { reportEn, reportNl } from '../../../shared/i18n/features/report';
import { shareEn, shareNl } from '../../../shared/i18n/features/share';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof uiNl;
      people: typeof peopleNl;
      guide: typeof guideNl;
      interviews: typeof interviewsNl;
      sessions: typeof sessionsNl;
      settings: typeof settingsNl;
      analysisViews: typeof analysisViewsNl;
      report: typeof reportNl;
      share: typeof shareNl;
    };
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    nl: { ui: uiNl, people: peopleNl, guide: guideNl, interviews: interviewsNl, sessions: sessionsNl, settings: settingsNl, analysisViews: analysisViewsNl, share: shareNl, report: reportNl },
    en: { ui: uiEn, people: peopleEn, guide: guideEn, interviews: interviewsEn, sessions: sessionsEn, settings: settingsEn, analysisViews: analysisViewsEn, share: shareEn, report: reportEn },
  },
  lng: defaultLanguage,
  fallbackLng: false,
  supportedLngs: ['nl', 'en'],
  ns: ['ui', 'people', 'guide', 'interviews', 'sessions', 'settings', 'analysisViews', 'share', 'report'],
  defaultNS: 'ui',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

/** The current UI language. */
export function currentLanguage(): Language {
  const language = i18n.language;
  if (!isLanguage(language)) throw new Error(`UI language "${language}" is not supported`);
  return language;
}

export async function applyLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

const locales: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: Language): string {
  return locales[language];
}

/** Translates an error by its code, so it follows the UI language even if the core answered in another one. */
export function translateError(info: ErrorInfo, language: Language = currentLanguage()): string {
  return errorMessage(info.code, language, info.params);
}

/** Intl formatters for the current UI language; components re-render on a language switch via useTranslation. */
export function useFormat() {
  const { i18n: instance } = useTranslation();
  const language = isLanguage(instance.language) ? instance.language : defaultLanguage;
  const locale = locales[language];
  return {
    language,
    locale,
    /** e.g. "28 nov 2026, 18:23"; "" stays "". */
    dateTime(iso: string): string {
      if (!iso) return '';
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    },
    number(value: number): string {
      return new Intl.NumberFormat(locale).format(value);
    },
    list(items: readonly string[]): string {
      return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
    },
    error(info: ErrorInfo): string {
      return translateError(info, language);
    },
  };
}
