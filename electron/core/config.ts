// Per-installation settings kept outside any inventory file: UI language, the user's name and initials (recorded with
// every change), default interviewer, how many automatic backups to keep, device id, recent files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from '../../shared/zod';
import { languageSchema, settingsSchema, type Settings, type SettingsPatch } from '../../shared/contract/schemas';
import { languageFromLocale, type Language } from '../../shared/i18n/languages';
import { newId } from './db/ids';

const MAX_RECENT = 12;

/** Automatic backups kept per file unless the user chooses otherwise. */
export const DEFAULT_BACKUPS_TO_KEEP = 10;

const recentEntrySchema = z.object({ path: z.string(), title: z.string(), openedAt: z.string() });

const configSchema = z.object({
  deviceId: z.string().min(8),
  language: languageSchema,
  authorName: z.string(),
  authorInitials: settingsSchema.shape.authorInitials,
  defaultInterviewer: settingsSchema.shape.defaultInterviewer,
  backupsToKeep: settingsSchema.shape.backupsToKeep,
  identityConfirmed: z.boolean(),
  recent: z.array(recentEntrySchema),
  lastDir: z.string().nullable(),
});
export type AppConfig = z.infer<typeof configSchema>;
export type RecentEntry = z.infer<typeof recentEntrySchema>;

/** The folder for settings: INVENTARIS_HOME, else the platform's config folder. */
export function defaultConfigDir(): string {
  if (process.env.INVENTARIS_HOME) return path.resolve(process.env.INVENTARIS_HOME);
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'Inventaris');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Inventaris');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'inventaris');
}

/** Where new inventories go by default: ~/Documents/Inventaris (created on demand). */
export function defaultDocumentsDir(): string {
  if (process.env.INVENTARIS_DOCUMENTS) return path.resolve(process.env.INVENTARIS_DOCUMENTS);
  return path.join(os.homedir(), 'Documents', 'Inventaris');
}

/** The login name: the author of changes made before the user has given a name (e.g. from the command line). */
export function loginName(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

function systemLanguage(): Language {
  return languageFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

export class ConfigStore {
  private config: AppConfig;
  readonly file: string;

  constructor(readonly dir: string = defaultConfigDir()) {
    this.file = path.join(dir, 'config.json');
    this.config = this.load();
  }

  private load(): AppConfig {
    const fresh: AppConfig = {
      deviceId: newId(),
      language: systemLanguage(),
      authorName: '',
      authorInitials: '',
      defaultInterviewer: '',
      backupsToKeep: DEFAULT_BACKUPS_TO_KEEP,
      identityConfirmed: false,
      recent: [],
      lastDir: null,
    };
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      this.write(fresh);
      return fresh;
    }
    try {
      const parsed = configSchema.partial().parse(JSON.parse(text));
      const config = { ...fresh, ...parsed };
      // Older settings stored the login name as the author without asking; that is not a name the user gave.
      if (!config.identityConfirmed && config.authorName === loginName()) config.authorName = '';
      if (!parsed.deviceId) this.write(config);
      return config;
    } catch {
      // A damaged settings file is kept aside for inspection, never silently overwritten.
      fs.renameSync(this.file, `${this.file}.damaged-${Date.now()}`);
      this.write(fresh);
      return fresh;
    }
  }

  private write(config: AppConfig): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`);
    fs.renameSync(temp, this.file);
  }

  get(): Readonly<AppConfig> {
    return this.config;
  }

  update(patch: Partial<AppConfig>): Readonly<AppConfig> {
    this.config = configSchema.parse({ ...this.config, ...patch });
    this.write(this.config);
    return this.config;
  }

  /** The settings as the contract shows them. */
  settings(): Settings {
    const { language, authorName, authorInitials, defaultInterviewer, backupsToKeep, identityConfirmed } = this.config;
    return { language, authorName, authorInitials, defaultInterviewer, backupsToKeep, identityConfirmed };
  }

  /** Applies a validated settings patch; giving a name confirms the user's identity. */
  updateSettings(patch: SettingsPatch): Settings {
    this.update(patch.authorName !== undefined ? { ...patch, identityConfirmed: true } : patch);
    return this.settings();
  }

  /** The name recorded with changes: the user's own, else the login name. */
  authorName(): string {
    return this.get().authorName.trim() || loginName();
  }

  rememberRecent(entry: RecentEntry): void {
    const recent = [entry, ...this.config.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
    this.update({ recent, lastDir: path.dirname(entry.path) });
  }

  forgetRecent(file: string): void {
    this.update({ recent: this.config.recent.filter((r) => r.path !== file) });
  }
}
