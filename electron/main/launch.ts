// Files the app is asked to open from outside: a command line (first or second launch, file association on
// Windows and Linux) or macOS's open-file event. Pure decisions, so they are tested without Electron.
import path from 'node:path';
import { FILE_EXTENSION } from '../core/db/file';

/**
 * The .inventaris files named on a command line, as absolute paths. Flags (Chromium adds some, e.g.
 * `--original-process-start-time`) and the executable, `.` or the app path are not files to open.
 */
export function filesFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(FILE_EXTENSION))
    .map((arg) => path.resolve(workingDirectory, arg));
}

export interface WindowSlot {
  readonly id: number;
  /** The file open in this window, or null. */
  readonly openPath: string | null;
}

/**
 * Where to open a file: the window that already has it, else the focused window if it has nothing open, else any
 * empty window, else a new window (so opening a file never closes the user's current work).
 */
export function chooseWindowForFile(windows: readonly WindowSlot[], focusedId: number | null, file: string): number | 'new' {
  const same = windows.find((slot) => slot.openPath !== null && path.resolve(slot.openPath) === path.resolve(file));
  if (same) return same.id;
  const focused = windows.find((slot) => slot.id === focusedId);
  if (focused && focused.openPath === null) return focused.id;
  const empty = windows.find((slot) => slot.openPath === null);
  if (empty) return empty.id;
  return 'new';
}
