// The page's one way to learn a file-system path (Electron only): the path of a file dropped onto the window, so a
// colleague's file can be merged by drag and drop. The preload exposes it; the web host has no such global.
export const droppedFilesGlobalName = 'inventarisDroppedFiles';

export interface DroppedFiles {
  /** The path of a dropped File object, or '' when it has none (text dragged from another app, say). */
  pathOf(file: unknown): string;
}
