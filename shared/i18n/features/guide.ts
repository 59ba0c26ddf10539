// UI strings of the guide feature (namespace 'guide'), Dutch first; English must have every Dutch key.
import type { Catalogue } from './types';

export const guideNl = {
  title: 'TODO',
} as const;

export const guideEn: Catalogue<typeof guideNl> = {
  title: 'TODO',
};
