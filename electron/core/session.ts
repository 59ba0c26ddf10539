// A session is one window's (or one web host's, or one CLI run's) view of the app: at most one open inventory file.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { EventName, EventPayload } from '../../shared/contract/events';
import type { InventoryFields, OpenFile, PickedPath } from '../../shared/contract/schemas';
import type { Language } from '../../shared/i18n/languages';
import type { Author } from './db/changes';
import { createInventoryFile, openInventoryFile, type InventoryFile } from './db/file';
import { ConfigStore, defaultDocumentsDir } from './config';
import { defaultInventoryFields, getInventory, insertInventory } from './inventories/inventory';
import { applyTemplate, seedLevels } from './guides/guide';
import { defaultTemplate } from '../../shared/template/default-template';
import { backupOptionsFor, backupsToKeep, createBackup } from './exchange/backups';
import { isEncryptedContainer } from './exchange/container';
import { PresenceMarkerWriter, readPresence, type PresenceReport } from './exchange/presence';

/** Native file dialogs where the transport has them (Electron); the web host and CLI have none. */
export interface Dialogs {
  pickOpenPath(): Promise<PickedPath>;
  pickSavePath(suggestedName: string): Promise<PickedPath>;
  /** A Word document or template (.docx, .dotx) to take the report's house style from. */
  pickWordPath(): Promise<PickedPath>;
  /** Opens a written document, or shows it in its folder, with the system's apps (Electron only). */
  openPath?(file: string, what: 'document' | 'folder'): Promise<boolean>;
}

export const noDialogs: Dialogs = {
  pickOpenPath: async () => ({ path: null, native: false }),
  pickSavePath: async () => ({ path: null, native: false }),
  pickWordPath: async () => ({ path: null, native: false }),
};

export type Transport = 'electron' | 'web' | 'in-process';

export interface CoreEnv {
  readonly config: ConfigStore;
  readonly transport: Transport;
  readonly appVersion: string;
  readonly dialogs: Dialogs;
  /** Delivers an event to this session's renderer(s). */
  readonly emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

export class Session {
  private file: InventoryFile | null = null;
  /** Why the automatic backup on opening the current file failed, if it did; the Back-ups view shows it. */
  backupProblem: AppError | null = null;
  /** This session's presence marker beside the open file (shared and synced folders). */
  private marker: PresenceMarkerWriter | null = null;

  constructor(readonly env: CoreEnv) {}

  get language(): Language {
    return this.env.config.get().language;
  }

  get author(): Author {
    return { deviceId: this.env.config.get().deviceId, name: this.env.config.authorName() };
  }

  get documentsDir(): string {
    return this.env.config.get().lastDir ?? defaultDocumentsDir();
  }

  /** The open file, or NO_FILE_OPEN. */
  requireFile(): InventoryFile {
    if (!this.file) throw new AppError('NO_FILE_OPEN');
    return this.file;
  }

  get current(): InventoryFile | null {
    return this.file;
  }

  describe(): OpenFile | null {
    const file = this.file;
    if (!file) return null;
    return {
      path: file.path,
      fileName: path.basename(file.path),
      readOnly: file.readOnly,
      schemaVersion: file.schemaVersion,
      backupPath: file.backupPath,
      inventory: getInventory(file.db),
    };
  }

  private adopt(file: InventoryFile): OpenFile {
    this.release();
    this.file = file;
    this.marker = new PresenceMarkerWriter(file.path, { author: this.author.name, deviceId: this.author.deviceId, readOnly: file.readOnly }).start();
    const described = this.describe()!;
    this.env.config.rememberRecent({ path: file.path, title: described.inventory.title, openedAt: new Date().toISOString() });
    this.env.emit('file.changed', described);
    return described;
  }

  open(filePath: string, options: { readOnly?: boolean } = {}): OpenFile {
    const absolute = path.resolve(filePath);
    if (this.file?.path === absolute) return this.describe()!;
    // A sealed share copy is opened with its passphrase (share.openEncrypted).
    if (isEncryptedContainer(absolute)) throw new AppError('PASSPHRASE_REQUIRED', { path: absolute });
    const config = this.env.config;
    const file = openInventoryFile(absolute, {
      deviceId: this.author.deviceId,
      readOnly: options.readOnly,
      // An older file is migrated only after a backup in the app's data folder; no backup, no migration.
      backupBeforeMigration: (db, source) => createBackup({ db, path: source }, 'migration', backupOptionsFor(config)).path,
    });
    this.backupOnOpen(file);
    return this.adopt(file);
  }

  /** A rolling backup each time a writable file is opened (skipped when the newest backup holds the same content). */
  private backupOnOpen(file: InventoryFile): void {
    this.backupProblem = null;
    if (file.readOnly || backupsToKeep(this.env.config) === 0) return;
    try {
      createBackup(file, 'open', backupOptionsFor(this.env.config, { skipIfUnchanged: true }));
    } catch (error) {
      // Opening still works; the user is told in the Back-ups view. Any unexpected failure is a bug and surfaces.
      if (!(error instanceof AppError)) throw error;
      this.backupProblem = error;
    }
  }

  /** Creates a new file, seeded with the default circular-procurement template or only the maturity level names. */
  create(filePath: string, fields: Partial<InventoryFields> & { title: string }, template: 'default' | 'empty' = 'default'): OpenFile {
    const absolute = path.resolve(filePath);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    const author = this.author;
    const file = createInventoryFile(absolute, { deviceId: author.deviceId }, (db, clock) => {
      insertInventory(db, clock, author, { ...defaultInventoryFields, language: this.language, ...fields });
      const ctx = { db, clock, author };
      if (template === 'default') applyTemplate(ctx, defaultTemplate);
      else seedLevels(ctx, defaultTemplate.levelNames);
    });
    return this.adopt(file);
  }

  /** Keeps the recent-files entry of the open file in step with its title. */
  touchRecent(): void {
    const described = this.describe();
    if (!described) return;
    this.env.config.rememberRecent({ path: described.path, title: described.inventory.title, openedAt: new Date().toISOString() });
  }

  close(): void {
    if (!this.file) return;
    this.touchRecent();
    this.release();
    this.env.emit('file.changed', null);
  }

  /** Closes the open file's handle and removes its presence marker. */
  private release(): void {
    this.marker?.stop();
    this.marker = null;
    this.file?.db.close();
    this.file = null;
  }

  /** Who else has the open file open, from the presence markers beside it. */
  presence(): PresenceReport {
    const file = this.requireFile();
    return readPresence(file.path, this.author.deviceId, this.marker?.markerFile ?? null);
  }

  /**
   * Closes the open file, lets `work` replace its content (a restore), and opens it again (migrating an older
   * content after its backup). The file is reopened even when `work` fails.
   */
  async replaceContent(work: () => Promise<void> | void, options: { readOnly?: boolean } = {}): Promise<OpenFile> {
    const file = this.requireFile();
    const target = file.path;
    const readOnly = options.readOnly ?? file.readOnly;
    this.release();
    try {
      await work();
    } finally {
      this.adopt(
        openInventoryFile(target, {
          deviceId: this.author.deviceId,
          readOnly,
          backupBeforeMigration: (db, source) => createBackup({ db, path: source }, 'migration', backupOptionsFor(this.env.config)).path,
        }),
      );
    }
    return this.describe()!;
  }

  /** Announces a change of data in the open file. */
  changed(...entities: string[]): void {
    this.env.emit('db.changed', { entities, origin: null });
  }
}
