// UI strings of the sessions feature (namespace 'sessions'), Dutch first; English must have every Dutch key.
import type { Catalogue } from './types';

export const sessionsNl = {
  title: 'TODO',
} as const;

export const sessionsEn: Catalogue<typeof sessionsNl> = {
  title: 'TODO',
};
