// `inventaris info <file> [--json]`: the facts of an inventory, read through a read-only handle so the file stays byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Inventory } from '../../../shared/contract/schemas';
import { inspectHeader, openInventoryFile } from '../../core/db/file';
import { latestSchemaVersion } from '../../core/db/migrations';
import { countEntities, getInventory } from '../../core/inventories/inventory';
import { z } from '../../../shared/zod';
import { CliFailure, EXIT_FAILED, EXIT_OK, parseOptions, parsePath, type CliContext } from '../context';
import { cliCatalogues, type MessageKey } from '../messages';
import { runAction, type CliCommand, type Done } from './command';

/** Read-only opens never tick the clock, so no real device id is needed (and the settings folder is not touched). */
const READ_ONLY_DEVICE = 'inventaris-cli-read-only';

export interface InventoryInfo {
  readonly path: string;
  readonly title: string;
  readonly client: string;
  readonly region: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly language: Inventory['language'];
  readonly schemaVersion: number;
  readonly fileSize: number;
  readonly counts: Readonly<Record<string, number>>;
  /** Whether this user could write the file (info itself never does). */
  readonly readOnly: boolean;
}

function canWrite(file: string): boolean {
  try {
    // root ignores permission bits, so look at them as well as asking access().
    if ((fs.statSync(file).mode & 0o222) === 0) return false;
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function readInfo(ctx: CliContext, file: string): InventoryInfo {
  const absolute = path.resolve(file);
  const header = inspectHeader(absolute);
  if (header.userVersion < latestSchemaVersion) {
    throw new CliFailure(EXIT_FAILED, ctx.t('info.olderSchema', { path: absolute, found: header.userVersion, supported: latestSchemaVersion }));
  }
  const opened = openInventoryFile(absolute, { deviceId: READ_ONLY_DEVICE, readOnly: true });
  try {
    const inventory = getInventory(opened.db);
    return {
      path: absolute,
      title: inventory.title,
      client: inventory.client,
      region: inventory.region,
      periodStart: inventory.periodStart,
      periodEnd: inventory.periodEnd,
      language: inventory.language,
      schemaVersion: opened.schemaVersion,
      fileSize: fs.statSync(absolute).size,
      counts: countEntities(opened.db),
      readOnly: !canWrite(absolute),
    };
  } finally {
    opened.db.close();
  }
}

/** The words for a count in `info`; the JSON output keeps the stable English keys. */
export function countLabel(ctx: CliContext, entity: string): string {
  const key = `info.count.${entity}`;
  if (!(key in cliCatalogues[ctx.language])) throw new Error(`no CLI label for the count "${entity}"; add ${key} to electron/cli/messages.ts`);
  return ctx.t(key as MessageKey);
}

function formatText(ctx: CliContext, info: InventoryInfo): string[] {
  const orNone = (value: string) => value || ctx.t('info.none');
  const locale = ctx.language === 'nl' ? 'nl-NL' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = (iso: string) => (iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : '…');
  const period = info.periodStart || info.periodEnd ? `${day(info.periodStart)} – ${day(info.periodEnd)}` : ctx.t('info.none');
  const size = new Intl.NumberFormat(locale).format(info.fileSize);
  const count = new Intl.NumberFormat(locale);
  const rows: [string, string][] = [
    [ctx.t('info.title'), info.title],
    [ctx.t('info.client'), orNone(info.client)],
    [ctx.t('info.region'), orNone(info.region)],
    [ctx.t('info.period'), period],
    [ctx.t('info.language'), ctx.t(`info.language.${info.language}`)],
    [ctx.t('info.schemaVersion'), String(info.schemaVersion)],
    [ctx.t('info.fileSize'), ctx.t('info.bytes', { size })],
    [ctx.t('info.counts'), Object.entries(info.counts).map(([entity, n]) => `${countLabel(ctx, entity)} ${count.format(n)}`).join(', ')],
    [ctx.t('info.readOnly'), info.readOnly ? ctx.t('info.yes') : ctx.t('info.no')],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return [info.path, ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(width + 1)} ${value}`)];
}

const optionsSchema = z.object({ json: z.boolean().optional() }).strict();

export function showInfo(ctx: CliContext, rawFile: unknown, rawOptions: unknown): number {
  const file = parsePath(ctx, rawFile);
  const { json } = parseOptions(ctx, optionsSchema, rawOptions);
  const info = readInfo(ctx, file);
  if (json) ctx.io.out(JSON.stringify(info, null, 2));
  else for (const line of formatText(ctx, info)) ctx.io.out(line);
  return EXIT_OK;
}

export const infoCommand: CliCommand = {
  name: 'info',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('info')
      .description(ctx.t('info.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('info.file'))
      .option('--json', ctx.t('info.json'))
      .action((file: string, options: Record<string, unknown>) => runAction(ctx, done, () => showInfo(ctx, file, options)));
  },
};
