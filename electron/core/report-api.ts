// Handlers of the report methods: options and narratives (written through the entity gateway), the preview model,
// the house style, and export with progress events and cancel.
import fs from 'node:fs';
import path from 'node:path';
import type { MethodName } from '../../shared/contract/methods';
import { AppError } from '../../shared/contract/errors';
import type { Handler } from './registry';
import { exportReport, previewModel, withDocxExtension } from './report/export';
import { readHouseStyle } from './report/house-style';
import { getReportOptions, listNarratives, restoreHouseStyle, updateNarrative, updateReportOptions } from './report/store';
import { read, write } from './unit-of-work';
import { fileNameForTitle } from './files/browse';
import { FILE_EXTENSION } from './db/file';
import { getInventory } from './inventories/inventory';

type ReportMethod = Extract<MethodName, `report.${string}`>;

/** Exports running now, by job id; cancel flips the flag and the export stops at its next stage. */
const running = new Map<string, { cancelled: boolean }>();

export const reportHandlers: { readonly [M in ReportMethod]: Handler<M> } = {
  'report.getOptions': (_, s) => getReportOptions(read(s)),
  'report.updateOptions': ({ patch, base }, s) => write(s, ['report'], (ctx) => updateReportOptions(ctx, patch, base)),
  'report.setHouseStyle': ({ path: file }, s) => {
    const style = readHouseStyle(file);
    return write(s, ['report'], (ctx) => updateReportOptions(ctx, { houseStyleName: style.name, houseStyleXml: style.xml }));
  },
  'report.clearHouseStyle': (_, s) => write(s, ['report'], (ctx) => updateReportOptions(ctx, { houseStyleName: '', houseStyleXml: '' })),
  'report.restoreHouseStyle': (_, s) => write(s, ['report'], (ctx) => restoreHouseStyle(ctx)),
  'report.getNarratives': (_, s) => listNarratives(read(s)),
  'report.updateNarrative': ({ chapter, body, base }, s) => write(s, ['report'], (ctx) => updateNarrative(ctx, chapter, body, base)),
  'report.preview': (_, s) => previewModel(read(s)),
  'report.suggestPath': (_, s) => {
    const file = s.requireFile();
    const options = getReportOptions(file.db);
    const base = fileNameForTitle(options.title || getInventory(file.db).title).slice(0, -FILE_EXTENSION.length);
    return { path: path.join(path.dirname(file.path), `${base}-${options.language === 'en' ? 'report' : 'rapport'}.docx`) };
  },
  'report.export': async ({ path: target, jobId }, s) => {
    if (running.has(jobId)) throw new AppError('BAD_INPUT', { detail: `jobId: ${jobId}` });
    const job = { cancelled: false };
    running.set(jobId, job);
    try {
      const result = await exportReport(read(s), target, {
        isCancelled: () => job.cancelled,
        onProgress: (stage, fraction) => s.env.emit('export.progress', { jobId, stage, fraction }),
      });
      return { path: result.path, bytes: result.bytes, folder: path.dirname(result.path), canOpen: typeof s.env.dialogs.openPath === 'function' };
    } finally {
      running.delete(jobId);
    }
  },
  'report.cancelExport': ({ jobId }) => {
    const job = running.get(jobId);
    if (job) job.cancelled = true;
    return { cancelled: !!job };
  },
  'report.open': async ({ path: file, what }, s) => {
    const absolute = withDocxExtension(path.resolve(file));
    if (!fs.existsSync(absolute)) throw new AppError('FILE_NOT_FOUND', { path: absolute });
    if (!s.env.dialogs.openPath) throw new AppError('UNSUPPORTED', { what: 'open' });
    return { opened: await s.env.dialogs.openPath(absolute, what) };
  },
};
