// demoReport and largeReport: exporting the Word report (model, charts, docx, pack, atomic write). `overhead` is the
// whole export's time divided by the time docx's Packer.toBuffer alone took on the same finished document, as the
// median of several exports; `firstMs` and `firstOverhead` are the first export's, which includes warming up;
// `stagesMs` are the medians of the export's stages.
import path from 'node:path';
import { createDemoInventory } from '../../../electron/core/demo';
import { openInventoryFile } from '../../../electron/core/db/file';
import { exportReport } from '../../../electron/core/report/export';
import { median, ms, timeMs, type BenchContext, type Figure } from '../harness.mts';
import { large } from './large.mts';

async function exportRuns(ctx: BenchContext, file: string, runs: number) {
  const opened = openInventoryFile(file, { deviceId: 'bench-report', readOnly: true });
  try {
    const totals: number[] = [];
    const ratios: number[] = [];
    const stages: Record<'collect' | 'model' | 'document' | 'pack' | 'write', number[]> = { collect: [], model: [], document: [], pack: [], write: [] };
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      let packMs = 0;
      const at = new Map<string, number>();
      let started = 0;
      const total = await timeMs(async () => {
        started = performance.now();
        const result = await exportReport(opened.db, path.join(ctx.dir, `report-${i}.docx`), { onProgress: (stage) => at.set(stage, performance.now()) });
        packMs = result.packMs;
        bytes = result.bytes;
      });
      totals.push(total);
      ratios.push(total / packMs);
      // Where the time goes, from the export's progress reports: reading the file, the model (with the scores and
      // quotes), the docx objects (and any wait for the charts), packing, writing.
      stages.collect.push(at.get('collect')! - started);
      stages.model.push(at.get('charts')! - at.get('collect')!);
      stages.document.push(at.get('document')! - at.get('charts')!);
      stages.pack.push(packMs);
      stages.write.push(at.get('done')! - at.get('write')!);
    }
    // The first export of a run is also reported on its own: it includes warming up (JIT) on this inventory's sizes.
    const round = (value: number) => Math.round(value * 100) / 100;
    const stagesMs = Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, ms(median(values))]));
    return { ms: ms(median(totals)), overhead: round(median(ratios)), firstMs: ms(totals[0]!), firstOverhead: round(ratios[0]!), stagesMs, bytes, n: runs };
  } finally {
    opened.db.close();
  }
}

export const demoReportFigure: Figure = {
  key: 'demoReport',
  async run(ctx) {
    const file = path.join(ctx.dir, 'demo.inventaris');
    await createDemoInventory(file, { configDir: ctx.configDir });
    ctx.log('demoReport: exporting the demo report');
    return exportRuns(ctx, file, 7);
  },
};

export const largeReportFigure: Figure = {
  key: 'largeReport',
  async run(ctx) {
    const facts = await large(ctx);
    ctx.log('largeReport: exporting the report of the Large inventory');
    // Seven exports, as for the demo: the median then measures an export once warmed up, not the warming up.
    return exportRuns(ctx, facts.path, 7);
  },
};
