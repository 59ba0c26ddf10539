// The native menu: the same structure and shortcuts in Dutch and English, and commands reach their handlers.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { desktopCatalogues } from '../../shared/i18n/menu';
import { accelerators, buildMenuTemplate, type MenuHandlers, type MenuState } from '../../electron/main/menu';

function recordingHandlers() {
  const calls: string[] = [];
  const handlers: MenuHandlers = {
    newInventory: () => calls.push('new'),
    open: () => calls.push('open'),
    openRecent: (file) => calls.push(`openRecent:${file}`),
    clearRecent: () => calls.push('clearRecent'),
    saveCopy: () => calls.push('saveCopy'),
    merge: () => calls.push('merge'),
    close: () => calls.push('close'),
    about: () => calls.push('about'),
  };
  return { calls, handlers };
}

const state: MenuState = {
  recent: [{ path: '/home/anna/Foodvalley.inventaris', title: 'Regio Foodvalley' }],
  showDevTools: false,
  platform: 'linux',
};

/** The shape of a menu without its labels: ids, roles, types, accelerators and nesting. */
function structure(items: readonly MenuItemConstructorOptions[]): unknown[] {
  return items.map((item) => ({
    id: item.id,
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    enabled: item.enabled,
    submenu: Array.isArray(item.submenu) ? structure(item.submenu) : undefined,
  }));
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byId(items: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('the application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`has the same structure and shortcuts in Dutch and English on ${platform}`, () => {
      const { handlers } = recordingHandlers();
      const nl = buildMenuTemplate('nl', handlers, { ...state, platform });
      const en = buildMenuTemplate('en', handlers, { ...state, platform });
      expect(structure(nl)).toEqual(structure(en));
    });
  }

  it('is labelled in Dutch and in English', () => {
    const { handlers } = recordingHandlers();
    const nl = buildMenuTemplate('nl', handlers, state);
    const en = buildMenuTemplate('en', handlers, state);
    expect(nl.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(en.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(byId(nl, 'new').label).toBe('Nieuwe inventarisatie');
    expect(byId(en, 'new').label).toBe('New inventory');
    expect(byId(nl, 'open').label).toBe('Openen…');
    expect(byId(nl, 'openRecent').label).toBe('Recent openen');
    expect(byId(nl, 'clearRecent').label).toBe('Lijst wissen');
    expect(byId(nl, 'saveCopy').label).toBe('Kopie delen…');
    expect(byId(nl, 'close').label).toBe('Sluiten');
    expect(byId(nl, 'quit').label).toBe('Afsluiten');
    expect(byId(nl, 'about').label).toBe('Over Inventaris');
    expect(byId(en, 'about').label).toBe('About Inventaris');
  });

  it('gives every file command its shortcut', () => {
    const { handlers } = recordingHandlers();
    const menu = buildMenuTemplate('nl', handlers, state);
    expect(byId(menu, 'new').accelerator).toBe('CmdOrCtrl+N');
    expect(byId(menu, 'open').accelerator).toBe('CmdOrCtrl+O');
    expect(byId(menu, 'saveCopy').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byId(menu, 'close').accelerator).toBe('CmdOrCtrl+W');
    expect(byId(menu, 'quit').accelerator).toBe(accelerators.quit);
    const shortcuts = flatten(menu).flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []));
    expect(new Set(shortcuts).size, 'no shortcut is used twice').toBe(shortcuts.length);
  });

  it('has the same keys in both catalogues, none left empty', () => {
    expect(Object.keys(desktopCatalogues.en).sort()).toEqual(Object.keys(desktopCatalogues.nl).sort());
    for (const catalogue of Object.values(desktopCatalogues)) {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('sends each command to its handler and opens a recent file by its path', () => {
    const { calls, handlers } = recordingHandlers();
    const menu = buildMenuTemplate('en', handlers, state);
    for (const id of ['new', 'open', 'saveCopy', 'close', 'about']) click(byId(menu, id));
    const recentItem = (byId(menu, 'openRecent').submenu as MenuItemConstructorOptions[])[0]!;
    expect(recentItem.label).toContain('Regio Foodvalley');
    click(recentItem);
    click(byId(menu, 'clearRecent'));
    expect(calls).toEqual(['new', 'open', 'saveCopy', 'close', 'about', 'openRecent:/home/anna/Foodvalley.inventaris', 'clearRecent']);
  });

  it('shows a disabled placeholder and cannot clear an empty recent list', () => {
    const { handlers } = recordingHandlers();
    const menu = buildMenuTemplate('nl', handlers, { ...state, recent: [] });
    const recent = byId(menu, 'openRecent').submenu as MenuItemConstructorOptions[];
    expect(recent[0]).toMatchObject({ label: 'Geen recente bestanden', enabled: false });
    expect(byId(menu, 'clearRecent').enabled).toBe(false);
  });

  it('offers the developer tools only in a development run', () => {
    const { handlers } = recordingHandlers();
    const roles = (showDevTools: boolean) =>
      flatten(buildMenuTemplate('nl', handlers, { ...state, showDevTools })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('has the edit roles the text fields need', () => {
    const { handlers } = recordingHandlers();
    const roles = flatten(buildMenuTemplate('nl', handlers, state)).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) {
      expect(roles).toContain(role);
    }
  });

  it('puts Quit and About in the application menu on macOS', () => {
    const { handlers } = recordingHandlers();
    const menu = buildMenuTemplate('nl', handlers, { ...state, platform: 'darwin' });
    expect(menu[0]!.label).toBe('Inventaris');
    const appItems = menu[0]!.submenu as MenuItemConstructorOptions[];
    expect(appItems.map((item) => item.id)).toContain('quit');
    expect((menu[1]!.submenu as MenuItemConstructorOptions[]).map((item) => item.id)).not.toContain('quit');
  });
});
