// Native open/save dialogs for one window's session, filtered to .inventaris files and labelled in the UI language.
// Electron's `dialog` and the window are passed in, so this module never loads Electron itself.
import path from 'node:path';
import type { BaseWindow, Dialog, FileFilter } from 'electron';
import { desktopStrings } from '../../shared/i18n/menu';
import type { Language } from '../../shared/i18n/languages';
import { FILE_EXTENSION } from '../core/db/file';
import type { Dialogs } from '../core/session';

export interface DialogContext {
  readonly window: BaseWindow;
  /** Read at the moment a dialog opens, so a language change applies at once. */
  language(): Language;
  /** The folder dialogs start in. */
  startDir(): string;
}

export function inventoryFileFilters(language: Language): FileFilter[] {
  return [{ name: desktopStrings(language).fileTypeName, extensions: [FILE_EXTENSION.slice(1)] }];
}

/** `suggestedName` as a file name with our extension: "Regio Foodvalley" -> "Regio Foodvalley.inventaris". */
export function withInventoryExtension(suggestedName: string): string {
  const name = path.basename(suggestedName.trim()) || 'inventarisatie';
  return name.toLowerCase().endsWith(FILE_EXTENSION) ? name : `${name}${FILE_EXTENSION}`;
}

export function createNativeDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, context: DialogContext): Dialogs {
  return {
    async pickOpenPath() {
      const language = context.language();
      const result = await dialog.showOpenDialog(context.window, {
        title: desktopStrings(language).openDialogTitle,
        defaultPath: context.startDir(),
        properties: ['openFile'],
        filters: inventoryFileFilters(language),
      });
      return { path: result.canceled ? null : (result.filePaths[0] ?? null), native: true };
    },
    async pickWordPath() {
      const language = context.language();
      const strings = desktopStrings(language);
      const result = await dialog.showOpenDialog(context.window, {
        title: strings.houseStyleDialogTitle,
        defaultPath: context.startDir(),
        properties: ['openFile'],
        filters: [{ name: strings.wordFileTypeName, extensions: ['docx', 'dotx'] }],
      });
      return { path: result.canceled ? null : (result.filePaths[0] ?? null), native: true };
    },
    async pickSavePath(suggestedName) {
      const language = context.language();
      const result = await dialog.showSaveDialog(context.window, {
        title: desktopStrings(language).saveDialogTitle,
        defaultPath: path.join(context.startDir(), withInventoryExtension(suggestedName)),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        filters: inventoryFileFilters(language),
      });
      return { path: result.canceled || !result.filePath ? null : result.filePath, native: true };
    },
  };
}
