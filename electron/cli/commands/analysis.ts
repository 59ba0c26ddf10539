// `inventaris analyse <file>`, `inventaris export <file>` and `inventaris search <file> <query>`: the analysis on the
// command line. Each opens the file read-only, so it stays byte-identical, and calls the same core functions as the app.
import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { exportFormats, exportWhats, scoreRoles, type Heatmap, type Themes } from '../../../shared/contract/analysis';
import { z } from '../../../shared/zod';
import { AppError } from '../../../shared/contract/errors';
import { inspectHeader, openInventoryFile, type ReadableDb } from '../../core/db/file';
import { latestSchemaVersion } from '../../core/db/migrations';
import { computeHeatmap } from '../../core/analysis/scores';
import { computeThemes } from '../../core/analysis/themes';
import { writeExport } from '../../core/analysis/exports';
import { search } from '../../core/search/search';
import { CliFailure, EXIT_FAILED, EXIT_OK, parseOptions, parsePath, usageFailure, type CliContext } from '../context';
import { runAction, type CliCommand, type Done } from './command';

const READ_ONLY_DEVICE = 'inventaris-cli-read-only';

/** Opens an inventory read-only for `work`; an older schema is refused with the advice to open it in the app first. */
async function withInventory<T>(ctx: CliContext, command: string, file: string, work: (db: ReadableDb) => T | Promise<T>): Promise<T> {
  const absolute = path.resolve(file);
  const header = inspectHeader(absolute);
  if (header.userVersion < latestSchemaVersion) {
    throw new CliFailure(EXIT_FAILED, ctx.t('analysis.olderSchema', { command, path: absolute, found: header.userVersion, supported: latestSchemaVersion }));
  }
  const opened = openInventoryFile(absolute, { deviceId: READ_ONLY_DEVICE, readOnly: true });
  try {
    return await work(opened.db);
  } finally {
    opened.db.close();
  }
}

// analyse -----------------------------------------------------------------------------------------------------

const analyseOptions = z.object({ json: z.boolean().optional(), role: z.enum(scoreRoles).optional() }).strict();

const TOP_IN_TEXT = 3;

function heatmapLines(ctx: CliContext, heatmap: Heatmap): string[] {
  const nameWidth = Math.max(ctx.t('analyse.regional').length, ...heatmap.organisations.map((o) => o.name.length));
  const columns = heatmap.dimensions.map((d) => Math.max(d.code.length, 3));
  const cell = new Map(heatmap.cells.map((c) => [`${c.organisationId}|${c.dimensionId}`, c]));
  const format = new Intl.NumberFormat(ctx.language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  const row = (label: string, values: string[]) => `  ${label.padEnd(nameWidth)}  ${values.map((v, i) => v.padStart(columns[i]!)).join('  ')}`;
  const lines = [row('', heatmap.dimensions.map((d) => d.code))];
  for (const organisation of heatmap.organisations) {
    lines.push(
      row(
        organisation.name,
        heatmap.dimensions.map((d) => {
          const c = cell.get(`${organisation.id}|${d.id}`);
          if (!c || c.score === null) return '–';
          return `${c.override !== null ? '*' : ''}${c.score}`;
        }),
      ),
    );
  }
  lines.push(row(ctx.t('analyse.regional'), heatmap.regional.map((r) => (r.median === null ? '–' : format.format(r.median)))));
  return lines;
}

function themeLines(ctx: CliContext, themes: Themes): string[] {
  const byId = new Map(themes.codes.map((c) => [c.codeId, c]));
  // With --role, `themes` counts only that role's interviews, so its overall lists are the role's lists.
  const lines: string[] = [];
  for (const [heading, ids, lean] of [
    [ctx.t('analyse.topKnelpunten'), themes.top.knelpunten, 'asKnelpunt'],
    [ctx.t('analyse.topKansen'), themes.top.kansen, 'asKans'],
  ] as const) {
    lines.push('', heading);
    if (ids.length === 0) lines.push(`  ${ctx.t('analyse.noThemes')}`);
    ids.slice(0, TOP_IN_TEXT).forEach((id, index) => {
      const theme = byId.get(id)!;
      lines.push(`  ${index + 1}. ${theme.code} ${theme.label}: ${ctx.t('analyse.themeCounts', { segments: theme[lean].segments, organisations: theme[lean].organisations })}`);
    });
  }
  return lines;
}

export async function analyse(ctx: CliContext, rawFile: unknown, rawOptions: unknown): Promise<number> {
  const file = parsePath(ctx, rawFile);
  const { json, role } = parseOptions(ctx, analyseOptions, rawOptions);
  const { heatmap, themes } = await withInventory(ctx, 'analyse', file, (db) => ({
    heatmap: computeHeatmap(db, { view: role ?? 'all', language: ctx.language }),
    themes: computeThemes(db, { role, language: ctx.language }),
  }));
  if (json) {
    const themeList = themes.codes.map(({ codeId, code, label, polarity, segments, organisations, asKnelpunt, asKans, byRole }) => ({ codeId, code, label, polarity, segments, organisations, asKnelpunt, asKans, byRole }));
    ctx.io.out(JSON.stringify({ role: role ?? null, heatmap, themes: themeList, themeCells: themes.cells, top: themes.top }, null, 2));
    return EXIT_OK;
  }
  ctx.io.out(role ? ctx.t('analyse.headingRole', { role: ctx.t(`analyse.role.${role}`) }) : ctx.t('analyse.heading'));
  for (const line of heatmapLines(ctx, heatmap)) ctx.io.out(line);
  if (heatmap.cells.some((c) => c.override !== null)) ctx.io.out(`  ${ctx.t('analyse.overrideMark')}`);
  for (const line of themeLines(ctx, themes)) ctx.io.out(line);
  return EXIT_OK;
}

// export ------------------------------------------------------------------------------------------------------

const exportOptions = z
  .object({ what: z.enum(exportWhats), format: z.enum(exportFormats), out: z.string().min(1).max(4096), force: z.boolean().optional() })
  .strict();

export async function exportAnalysis(ctx: CliContext, rawFile: unknown, rawOptions: unknown): Promise<number> {
  const file = parsePath(ctx, rawFile);
  const { what, format, out, force } = parseOptions(ctx, exportOptions, rawOptions);
  const target = path.resolve(out.toLowerCase().endsWith(`.${format}`) ? out : `${out}.${format}`);
  if (!force && fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
  if (!fs.existsSync(path.dirname(target))) throw new AppError('FILE_NOT_FOUND', { path: path.dirname(target) });
  const written = await withInventory(ctx, 'export', file, (db) => writeExport(db, { what, format, path: target, language: ctx.language }));
  ctx.io.out(ctx.t('export.written', { path: written.path, rows: written.rows }));
  return EXIT_OK;
}

// search ------------------------------------------------------------------------------------------------------

const searchOptions = z.object({ json: z.boolean().optional() }).strict();

export async function searchInventory(ctx: CliContext, rawFile: unknown, rawQuery: unknown, rawOptions: unknown): Promise<number> {
  const file = parsePath(ctx, rawFile);
  const { json } = parseOptions(ctx, searchOptions, rawOptions);
  if (typeof rawQuery !== 'string' || rawQuery.length > 10_000) throw usageFailure(ctx, ctx.t('search.badQuery'));
  const found = await withInventory(ctx, 'search', file, (db) => search(db, { query: rawQuery }));
  if (json) {
    ctx.io.out(JSON.stringify(found, null, 2));
    return EXIT_OK;
  }
  if (found.results.length === 0) ctx.io.out(ctx.t('search.none', { query: found.terms.join(' ') }));
  for (const result of found.results) {
    const snippet = result.snippet.map((p) => (p.hit ? `«${p.text}»` : p.text)).join('').replace(/\s+/g, ' ');
    const where = result.organisationName ? `${result.organisationName} · ` : '';
    ctx.io.out(`[${ctx.t(`search.kind.${result.kind}`)}] ${where}${snippet}`);
  }
  return EXIT_OK;
}

export const analyseCommand: CliCommand = {
  name: 'analyse',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('analyse')
      .description(ctx.t('analyse.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('analyse.file'))
      .option('--json', ctx.t('analyse.json'))
      .addOption(new Option(`--role <${ctx.t('term.role')}>`, ctx.t('analyse.roleOption')).choices(scoreRoles))
      .action((file: string, options: Record<string, unknown>) => runAction(ctx, done, () => analyse(ctx, file, options)));
  },
};

export const exportCommand: CliCommand = {
  name: 'export',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('export')
      .description(ctx.t('export.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('analyse.file'))
      .addOption(new Option(`--what <${ctx.t('term.what')}>`, ctx.t('export.what')).choices(exportWhats).makeOptionMandatory())
      .addOption(new Option(`--format <${ctx.t('term.format')}>`, ctx.t('export.format')).choices(exportFormats).makeOptionMandatory())
      .requiredOption(`--out <${ctx.t('term.path')}>`, ctx.t('export.out'))
      .option('--force', ctx.t('export.force'))
      .action((file: string, options: Record<string, unknown>) => runAction(ctx, done, () => exportAnalysis(ctx, file, options)));
  },
};

export const searchCommand: CliCommand = {
  name: 'search',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('search')
      .description(ctx.t('search.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('analyse.file'))
      .argument(`<${ctx.t('term.query')}>`, ctx.t('search.query'))
      .option('--json', ctx.t('search.json'))
      .action((file: string, query: string, options: Record<string, unknown>) => runAction(ctx, done, () => searchInventory(ctx, file, query, options)));
  },
};
