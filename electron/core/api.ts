// The core's implementation of the contract: plain functions over the session. Transports only carry these.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { latestSchemaVersion } from './db/migrations';
import { FILE_EXTENSION, refuseExisting, saveCopy, writable } from './db/file';
import { browseFolder, freePathFor } from './files/browse';
import { getInventory, updateInventory } from './inventories/inventory';
import { createDemoInventory } from './demo';
import { fieldworkHandlers } from './fieldwork-api';
import { reportHandlers } from './report-api';
import { exchangeHandlers } from './exchange-api';
import { shareHandlers } from './share-api';
import { analysisHandlers } from './analysis-api';
import { Registry, type Handlers } from './registry';
import type { Session } from './session';

function requireExtension(file: string): string {
  const absolute = path.resolve(file);
  return absolute.toLowerCase().endsWith(FILE_EXTENSION) ? absolute : `${absolute}${FILE_EXTENSION}`;
}

export const handlers: Handlers = {
  'app.info': (_, session) => ({
    name: 'Inventaris',
    version: session.env.appVersion,
    schemaVersion: latestSchemaVersion,
    transport: session.env.transport,
    documentsDir: session.documentsDir,
    deviceId: session.author.deviceId,
  }),

  'settings.get': (_, session) => session.env.config.settings(),
  'settings.update': (patch, session) => {
    const settings = session.env.config.updateSettings(patch);
    session.env.emit('settings.changed', settings);
    return settings;
  },

  'files.current': (_, session) => session.describe(),
  'files.recent': (_, session) =>
    session.env.config.get().recent.map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) })),
  'files.forgetRecent': ({ path: file }, session) => {
    session.env.config.forgetRecent(file);
    return handlers['files.recent']({}, session) as ReturnType<Handlers['files.recent']>;
  },
  'files.create': ({ path: file, fields, template }, session) => session.create(requireExtension(file), fields, template ?? 'default'),
  'files.open': ({ path: file }, session) => session.open(file),
  'files.createDemo': async ({ path: file }, session) => {
    const target = requireExtension(file);
    refuseExisting(target);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await createDemoInventory(target, { language: session.language, configDir: session.env.config.dir });
    return session.open(target);
  },
  'files.close': (_, session) => {
    session.close();
    return null;
  },
  'files.saveCopy': ({ path: target }, session) => ({ path: saveCopy(session.requireFile(), requireExtension(target)) }),
  'files.browse': ({ dir, files }, session) => browseFolder(dir ?? ensureDir(session.documentsDir), files),
  'files.suggestPath': ({ title }, session) => ({ path: freePathFor(ensureDir(session.documentsDir), title) }),

  'dialog.pickOpenPath': (_, session) => session.env.dialogs.pickOpenPath(),
  'dialog.pickWordPath': (_, session) => session.env.dialogs.pickWordPath(),
  'dialog.pickSavePath': ({ suggestedName }, session) => session.env.dialogs.pickSavePath(suggestedName),

  'inventory.get': (_, session) => getInventory(session.requireFile().db),
  'inventory.update': ({ patch, base }, session) => {
    const file = session.requireFile();
    const inventory = updateInventory(writable(file), file.clock, session.author, patch, base);
    if (patch.title !== undefined) session.touchRecent();
    session.changed('inventory');
    return inventory;
  },

  ...fieldworkHandlers,
  ...reportHandlers,
  ...exchangeHandlers,
  ...shareHandlers,
  ...analysisHandlers,
};

function ensureDir(dir: string): string {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  return dir;
}

export function createRegistry(): Registry {
  return new Registry().registerAll(handlers);
}
