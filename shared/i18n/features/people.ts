// UI strings of the people feature (namespace 'people'), Dutch first; English must have every Dutch key.
import type { Catalogue } from './types';

export const peopleNl = {
  title: 'TODO',
} as const;

export const peopleEn: Catalogue<typeof peopleNl> = {
  title: 'TODO',
};
