// Files handed to the app from outside, and the native dialogs: which files, which window, which filters.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaseWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { createNativeDialogs, inventoryFileFilters, withInventoryExtension } from '../../electron/main/dialogs';
import { chooseWindowForFile, filesFromArgv } from '../../electron/main/launch';

describe('files on a command line', () => {
  it('are the .inventaris arguments, made absolute against the working directory', () => {
    const argv = ['/opt/Inventaris/inventaris', '--original-process-start-time=1', 'Foodvalley.inventaris', '/data/Ede.INVENTARIS', 'notes.txt'];
    expect(filesFromArgv(argv, '/home/anna')).toEqual([path.resolve('/home/anna/Foodvalley.inventaris'), path.resolve('/data/Ede.INVENTARIS')]);
  });

  it('in a development run skip electron and the app folder', () => {
    expect(filesFromArgv(['/x/electron', '.', 'a.inventaris'], '/w')).toEqual([path.resolve('/w/a.inventaris')]);
    expect(filesFromArgv(['/x/electron', '.'], '/w')).toEqual([]);
  });

  it('never include flags, even ones ending in .inventaris', () => {
    expect(filesFromArgv(['/app', '--open=x.inventaris'], '/w')).toEqual([]);
  });
});

describe('the window a file opens in', () => {
  const windows = [
    { id: 1, openPath: '/data/a.inventaris' },
    { id: 2, openPath: null },
    { id: 3, openPath: '/data/b.inventaris' },
  ];

  it('is the window that already has it open', () => {
    expect(chooseWindowForFile(windows, 1, '/data/b.inventaris')).toBe(3);
  });

  it('is the focused window when it has nothing open', () => {
    expect(chooseWindowForFile(windows, 2, '/data/c.inventaris')).toBe(2);
  });

  it('is an empty window rather than the focused one with work open', () => {
    expect(chooseWindowForFile(windows, 1, '/data/c.inventaris')).toBe(2);
  });

  it('is a new window when every window has work open', () => {
    expect(chooseWindowForFile([windows[0]!, windows[2]!], 1, '/data/c.inventaris')).toBe('new');
    expect(chooseWindowForFile([], null, '/data/c.inventaris')).toBe('new');
  });
});

describe('the native dialogs', () => {
  function fakeDialog(answer: { canceled: boolean; path?: string }) {
    const asked: (OpenDialogOptions | SaveDialogOptions)[] = [];
    const dialog = {
      showOpenDialog: async (_window: BaseWindow, options: OpenDialogOptions) => {
        asked.push(options);
        return { canceled: answer.canceled, filePaths: answer.path ? [answer.path] : [] };
      },
      showSaveDialog: async (_window: BaseWindow, options: SaveDialogOptions) => {
        asked.push(options);
        return { canceled: answer.canceled, filePath: answer.path ?? '' };
      },
    };
    return { dialog: dialog as unknown as Parameters<typeof createNativeDialogs>[0], asked };
  }

  const context = (language: 'nl' | 'en') => ({ window: {} as BaseWindow, language: () => language, startDir: () => '/home/anna/Documents/Inventaris' });

  it('filter on .inventaris files, named in the UI language', () => {
    expect(inventoryFileFilters('nl')).toEqual([{ name: 'Inventaris-bestand', extensions: ['inventaris'] }]);
    expect(inventoryFileFilters('en')).toEqual([{ name: 'Inventaris file', extensions: ['inventaris'] }]);
  });

  it('open in the start folder and return the chosen file as a native pick', async () => {
    const fake = fakeDialog({ canceled: false, path: '/home/anna/a.inventaris' });
    const dialogs = createNativeDialogs(fake.dialog, context('nl'));
    expect(await dialogs.pickOpenPath()).toEqual({ path: '/home/anna/a.inventaris', native: true });
    expect(fake.asked[0]).toMatchObject({ title: 'Inventarisatie openen', defaultPath: '/home/anna/Documents/Inventaris', properties: ['openFile'] });
  });

  it('open a house-style file filtered on Word documents and templates', async () => {
    const fake = fakeDialog({ canceled: false, path: '/home/anna/huisstijl.dotx' });
    const dialogs = createNativeDialogs(fake.dialog, context('nl'));
    expect(await dialogs.pickWordPath()).toEqual({ path: '/home/anna/huisstijl.dotx', native: true });
    expect(fake.asked[0]).toMatchObject({
      title: 'Huisstijl voor het rapport kiezen',
      properties: ['openFile'],
      filters: [{ name: 'Word-document of -sjabloon', extensions: ['docx', 'dotx'] }],
    });
  });

  it('suggest the name with the extension when saving, and report a cancel as null', async () => {
    const fake = fakeDialog({ canceled: true });
    const dialogs = createNativeDialogs(fake.dialog, context('en'));
    expect(await dialogs.pickSavePath('Regio Foodvalley')).toEqual({ path: null, native: true });
    expect(fake.asked[0]).toMatchObject({
      title: 'Save inventory',
      defaultPath: path.join('/home/anna/Documents/Inventaris', 'Regio Foodvalley.inventaris'),
      filters: [{ name: 'Inventaris file', extensions: ['inventaris'] }],
    });
  });

  it('keep a suggested name inside the start folder', () => {
    expect(withInventoryExtension('../../etc/Foodvalley')).toBe('Foodvalley.inventaris');
    expect(withInventoryExtension('Ede.inventaris')).toBe('Ede.inventaris');
    expect(withInventoryExtension('  ')).toBe('inventarisatie.inventaris');
  });
});
