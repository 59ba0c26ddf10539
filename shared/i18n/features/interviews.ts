// UI strings of the interviews feature (namespace 'interviews'), Dutch first; English must have every Dutch key.
import type { Catalogue } from './types';

export const interviewsNl = {
  title: 'TODO',
} as const;

export const interviewsEn: Catalogue<typeof interviewsNl> = {
  title: 'TODO',
};
