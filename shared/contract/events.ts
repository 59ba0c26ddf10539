// Events the main side pushes to the renderer.
import { z } from '../zod';
import { openFileSchema, settingsSchema } from './schemas';
import { exportProgressSchema } from './report';

export const events = {
  /** Data in the open file changed (by this window, another window, or a merge). */
  'db.changed': z.object({ entities: z.array(z.string()), origin: z.string().nullable() }),
  /** A file was opened, closed or re-opened; null when closed. */
  'file.changed': openFileSchema.nullable(),
  'settings.changed': settingsSchema,
  /** A menu command the renderer carries out (Electron only). */
  'menu.command': z.object({ command: z.enum(['new', 'open', 'saveCopy', 'merge', 'close', 'about']) }),
  /** Progress of a long export (the Word report). */
  'export.progress': exportProgressSchema,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const eventNames = Object.keys(events) as readonly EventName[];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(events, value);
}
