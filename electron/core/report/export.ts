// Export of the Word report: collect → model → charts → document → pack → write, with progress after each stage
// and a cancel check between them. The file is written to a temporary file in the target folder and renamed over
// the target, so a failure (read-only folder, the previous report still open in Word) leaves the old report intact.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'docx';
import { AppError } from '../../../shared/contract/errors';
import type { ExportProgress, ReportModel, ReportOptionsFields } from '../../../shared/contract/report';
import type { ReadableDb } from '../db/file';
import { drawingChartMaker, reportChartMaker } from './chart-maker';
import { collectReportData, type ReportData } from './data';
import { reportDocument } from './docx-writer';
import { buildReportModel } from './model';
import { packDocument } from './pack';
import { startOpportunityCharts } from './model-chapters';
import { drawWaitingChartsNow, rasteriseFigureAsync } from './raster';

export interface ExportOptions {
  readonly onProgress?: (stage: ExportProgress['stage'], fraction: number) => void;
  readonly isCancelled?: () => boolean;
  /** Overrides the stored house style (the CLI's --template); empty string means our default style. */
  readonly houseStyleXml?: string;
  /** Options that take the place of the stored ones for this export (the CLI's --lang and --names). */
  readonly overrides?: Partial<ReportOptionsFields>;
  /** For tests: how the temporary file is moved over the target. */
  readonly rename?: (from: string, to: string) => void;
}

export function previewModel(db: ReadableDb): ReportModel {
  return buildReportModel(collectReportData(db), reportChartMaker());
}

/** The report of `data` as docx bytes; also returns the model, the finished Document and the time packing alone took. */
export async function renderReport(
  data: ReportData,
  options: Pick<ExportOptions, 'onProgress' | 'isCancelled' | 'houseStyleXml'> & {
    /** Charts already asked for while the file was read (see exportReport); otherwise they are asked for here. */
    readonly charts?: ReturnType<typeof drawingChartMaker>;
  } = {},
): Promise<{ model: ReportModel; document: Document; bytes: Buffer; packMs: number }> {
  const step = (stage: ExportProgress['stage'], fraction: number) => {
    if (options.isCancelled?.()) throw new AppError('CANCELLED');
    options.onProgress?.(stage, fraction);
  };
  step('collect', 0.1);
  // The charts are drawn (on the chart worker, see raster.ts) from the moment their counts are known, then placed
  // when the document is built around them.
  let charts = options.charts;
  if (!charts) {
    charts = drawingChartMaker(rasteriseFigureAsync);
    startOpportunityCharts(data, charts);
  }
  const drawn = charts;
  const model = buildReportModel(data, drawn);
  step('charts', 0.3);
  const document = await reportDocument(model, {
    houseStyleXml: options.houseStyleXml ?? data.houseStyleXml,
    figure: (block) => drawn.drawing(block.svg) ?? rasteriseFigureAsync(block),
    // The charts are drawn one after another on their worker thread while the document is built; those not started
    // by the time it is built are drawn side by side on the pool.
    waitingForFigures: () => drawWaitingChartsNow(),
  });
  step('document', 0.5);
  step('pack', 0.6);
  const started = performance.now();
  const bytes = await packDocument(document);
  const packMs = performance.now() - started;
  step('write', 0.9);
  return { model, document, bytes, packMs };
}

function unwritable(target: string): AppError {
  return new AppError('REPORT_UNWRITABLE', { path: target });
}

/** Writes `bytes` to `target` through a temporary file in the same folder; the old file survives any failure. */
export function writeAtomically(target: string, bytes: Uint8Array, rename: (from: string, to: string) => void = fs.renameSync): void {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.~${path.basename(target)}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw unwritable(target);
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    rename(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw unwritable(target);
  }
}

/** Exports the open file's report to `target` (.docx added when missing). */
export async function exportReport(
  db: ReadableDb,
  target: string,
  options: ExportOptions = {},
): Promise<{ path: string; bytes: number; model: ReportModel; document: Document; packMs: number }> {
  const absolute = withDocxExtension(path.resolve(target));
  if (!fs.existsSync(path.dirname(absolute))) throw unwritable(absolute);
  // The charts are asked for the moment the code counts are read, so they are drawn while the rest is read and built.
  const charts = drawingChartMaker(rasteriseFigureAsync);
  const data = collectReportData(db, undefined, { overrides: options.overrides, onCounts: (counts) => startOpportunityCharts(counts, charts) });
  const { model, document, bytes, packMs } = await renderReport(data, { ...options, charts });
  if (options.isCancelled?.()) throw new AppError('CANCELLED');
  writeAtomically(absolute, bytes, options.rename);
  options.onProgress?.('done', 1);
  return { path: absolute, bytes: bytes.length, model, document, packMs };
}

export function withDocxExtension(file: string): string {
  return file.toLowerCase().endsWith('.docx') ? file : `${file}.docx`;
}
