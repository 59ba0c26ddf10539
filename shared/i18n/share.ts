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
