// Words the core itself writes for sharing, in both languages: the suffixes of file names it proposes.
import type { Language } from './languages';

export interface ShareStrings {
  /** "Foodvalley (gedeeld).inventaris": the proposed name of a share copy. */
  readonly shareSuffix: string;
  /** "Foodvalley (geopend).inventaris": where an encrypted copy is opened. */
  readonly openedSuffix: string;
  /** "Foodvalley (kopie Anna).inventaris": a personal copy instead of writing a file someone else has open. */
  readonly personalSuffix: (author: string) => string;
}

const strings: Readonly<Record<Language, ShareStrings>> = {
  nl: { shareSuffix: 'gedeeld', openedSuffix: 'geopend', personalSuffix: (author) => (author.trim() ? `kopie ${author.trim()}` : 'eigen kopie') },
  en: { shareSuffix: 'shared', openedSuffix: 'opened', personalSuffix: (author) => (author.trim() ? `copy ${author.trim()}` : 'own copy') },
};

export function shareStrings(language: Language): ShareStrings {
  return strings[language];
}

const tableLabels: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  nl: {
    organisations: 'organisaties',
    respondents: 'respondenten',
    interviews: 'interviews',
    answers: 'antwoorden',
    notes: 'notities',
    knowledge_sessions: 'kennissessies',
    recommendations: 'aanbevelingen',
    guide_sections: 'onderdelen leidraad',
    guide_questions: 'vragen',
    codebook_codes: 'codes',
    maturity_dimensions: 'dimensies',
  },
  en: {
    organisations: 'organisations',
    respondents: 'respondents',
    interviews: 'interviews',
    answers: 'answers',
    notes: 'notes',
    knowledge_sessions: 'knowledge sessions',
    recommendations: 'recommendations',
    guide_sections: 'guide sections',
    guide_questions: 'questions',
    codebook_codes: 'codes',
    maturity_dimensions: 'dimensions',
  },
};

/** The tables a backup's counts are shown for, in this order; other tables are left out of the summary. */
export const summaryTables = ['organisations', 'respondents', 'interviews', 'notes', 'guide_questions', 'codebook_codes'] as const;

/** A table's name in words, for backup counts ("12 respondenten"). */
export function tableLabel(table: string, language: Language): string {
  return tableLabels[language][table] ?? table.replace(/_/g, ' ');
}
