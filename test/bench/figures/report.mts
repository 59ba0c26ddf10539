// demoReport and largeReport: exporting the Word report (model, charts, docx, pack, atomic write). `overhead` is the
// median time of a whole export divided by the median time docx's Packer.toBuffer alone takes to pack the same
// finished document, both in the same run. The export packs with docx's compiler and a zip step of its own (pack.ts),
// so the baseline is measured apart, on the latest export's Document (`docxPackMs` is its median). The two are
// measured in alternating rounds, so that a slower or faster spell of the machine falls on both: each round exports
// `perRound` + 1 times, then packs `perRound` + 1 times, and the first of each is not counted, since it collects the
// garbage the other left (an export right after a docx pack took about 35 ms longer). `firstMs` and `firstPackMs`
// are the first export's and its packing's (a cold start: the JIT has not yet compiled our code or docx's for this
// inventory's sizes); `stagesMs` are the medians of the stages.
import path from 'node:path';
import { Packer } from 'docx';
import { createDemoInventory } from '../../../electron/core/demo';
import { openInventoryFile } from '../../../electron/core/db/file';
import { exportReport } from '../../../electron/core/report/export';
import { median, ms, timeMs, type BenchContext, type Figure } from '../harness.mts';
import { large } from './large.mts';

/**
 * Exports `warmUp` times to warm up, then `rounds` rounds of exports and docx packs. The docx build of one and the
 * same model takes from about 75 down to about 28 ms over its first exports as V8 optimises the code, so a median
 * taken over the first few exports measures warming up, not an export.
 */
async function exportRuns(ctx: BenchContext, file: string, warmUp: number, rounds: number, perRound: number) {
  const opened = openInventoryFile(file, { deviceId: 'bench-report', readOnly: true });
  try {
    const totals: number[] = [];
    const docxPacks: number[] = [];
    const stages: Record<'collect' | 'model' | 'document' | 'pack' | 'write', number[]> = { collect: [], model: [], document: [], pack: [], write: [] };
    let bytes = 0;
    let first = { total: 0, pack: 0 };
    let document: Awaited<ReturnType<typeof exportReport>>['document'] | undefined;
    let exports = 0;
    const exportOnce = async (counted: boolean) => {
      let packMs = 0;
      const at = new Map<string, number>();
      let started = 0;
      const total = await timeMs(async () => {
        started = performance.now();
        const result = await exportReport(opened.db, path.join(ctx.dir, `report-${exports}.docx`), { onProgress: (stage) => at.set(stage, performance.now()) });
        packMs = result.packMs;
        bytes = result.bytes;
        document = result.document;
      });
      if (exports === 0) first = { total, pack: packMs };
      exports += 1;
      if (!counted) return;
      totals.push(total);
      // Where the time goes, from the export's progress reports: reading the file, the model (with the scores and
      // quotes), the docx objects (and any wait for the charts), packing, writing.
      stages.collect.push(at.get('collect')! - started);
      stages.model.push(at.get('charts')! - at.get('collect')!);
      stages.document.push(at.get('document')! - at.get('charts')!);
      stages.pack.push(packMs);
      stages.write.push(at.get('done')! - at.get('write')!);
    };
    for (let i = 0; i < warmUp; i += 1) await exportOnce(false);
    // docx's own zip step is not used by the export, so the baseline warms up too.
    for (let i = 0; i < 2; i += 1) await Packer.toBuffer(document!);
    for (let round = 0; round < rounds; round += 1) {
      for (let i = 0; i <= perRound; i += 1) await exportOnce(i > 0);
      for (let i = 0; i <= perRound; i += 1) {
        const packed = await timeMs(() => Packer.toBuffer(document!));
        if (i > 0) docxPacks.push(packed);
      }
    }
    const baseline = median(docxPacks);
    // The first export of a run is also reported on its own: it includes warming up (JIT) on this inventory's sizes.
    const round = (value: number) => Math.round(value * 100) / 100;
    const stagesMs = Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, ms(median(values))]));
    return {
      ms: ms(median(totals)),
      overhead: round(median(totals) / baseline),
      docxPackMs: ms(baseline),
      firstMs: ms(first.total),
      firstPackMs: ms(first.pack),
      stagesMs,
      bytes,
      warmUp,
      n: totals.length,
    };
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
    return exportRuns(ctx, file, 5, 4, 3);
  },
};

export const largeReportFigure: Figure = {
  key: 'largeReport',
  async run(ctx) {
    const facts = await large(ctx);
    ctx.log('largeReport: exporting the report of the Large inventory');
    // Five exports to warm up, then four rounds of three exports and three docx packs counted: a single export's
    // time varies by about ±10% with the garbage collector and the machine, so the medians need that many.
    return exportRuns(ctx, facts.path, 5, 4, 3);
  },
};
