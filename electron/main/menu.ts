// The native application menu as a pure template builder: same structure in Dutch and English, rebuilt by main.ts
// whenever the language or the recent-files list changes. Commands arrive through `MenuHandlers`.
import type { MenuItemConstructorOptions } from 'electron';
import { desktopStrings } from '../../shared/i18n/menu';
import type { Language } from '../../shared/i18n/languages';

export interface MenuHandlers {
  newInventory(): void;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  saveCopy(): void;
  /** Merge a colleague's copy of the open inventory. */
  merge(): void;
  close(): void;
  about(): void;
}

export interface MenuState {
  readonly recent: readonly { readonly path: string; readonly title: string }[];
  /** Developer tools only in a development run, never in an installed app. */
  readonly showDevTools: boolean;
  readonly platform: NodeJS.Platform;
}

/** Menu accelerators of our own commands; the edit and view roles bring their platform defaults. */
export const accelerators = {
  newInventory: 'CmdOrCtrl+N',
  open: 'CmdOrCtrl+O',
  saveCopy: 'CmdOrCtrl+Shift+S',
  close: 'CmdOrCtrl+W',
  quit: 'CmdOrCtrl+Q',
} as const;

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(language: Language, handlers: MenuHandlers, state: MenuState): MenuItemConstructorOptions[] {
  const t = desktopStrings(language);
  const mac = state.platform === 'darwin';

  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: t.noRecentFiles, enabled: false }]
      : state.recent.map((entry) => ({
          // The title alone can repeat across engagements; the path tells them apart.
          label: entry.title ? `${entry.title} (${entry.path})` : entry.path,
          click: () => handlers.openRecent(entry.path),
        }));

  const fileMenu: MenuItemConstructorOptions = {
    label: t.fileMenu,
    submenu: [
      { id: 'new', label: t.newInventory, accelerator: accelerators.newInventory, click: () => handlers.newInventory() },
      { id: 'open', label: t.open, accelerator: accelerators.open, click: () => handlers.open() },
      {
        id: 'openRecent',
        label: t.openRecent,
        submenu: [
          ...recentItems,
          separator,
          { id: 'clearRecent', label: t.clearRecent, enabled: state.recent.length > 0, click: () => handlers.clearRecent() },
        ],
      },
      separator,
      { id: 'saveCopy', label: t.saveCopyAs, accelerator: accelerators.saveCopy, click: () => handlers.saveCopy() },
      { id: 'merge', label: t.mergeFile, click: () => handlers.merge() },
      separator,
      { id: 'close', label: t.close, accelerator: accelerators.close, click: () => handlers.close() },
      // On macOS, Quit lives in the application menu.
      ...(mac ? [] : [separator, { id: 'quit', label: t.quit, role: 'quit', accelerator: accelerators.quit } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.editMenu,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'pasteAndMatchStyle', label: t.pasteAndMatchStyle },
      { role: 'delete', label: t.delete },
      separator,
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t.viewMenu,
    submenu: [
      { role: 'reload', label: t.reload },
      ...(state.showDevTools ? [{ role: 'toggleDevTools', label: t.toggleDevTools } satisfies MenuItemConstructorOptions] : []),
      separator,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t.windowMenu,
    submenu: [{ role: 'minimize', label: t.minimize }, ...(mac ? [{ role: 'zoom' } satisfies MenuItemConstructorOptions] : [])],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t.helpMenu,
    // 'help' makes macOS add its search field; the about box itself is drawn by the renderer.
    role: 'help',
    submenu: [{ id: 'about', label: t.about, click: () => handlers.about() }],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Inventaris',
    submenu: [
      { id: 'aboutApp', label: t.about, click: () => handlers.about() },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { id: 'quit', label: t.quit, role: 'quit', accelerator: accelerators.quit },
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
