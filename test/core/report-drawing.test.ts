// How the export draws the report's charts: each chart is asked for as soon as the code counts are known (before the
// scores and quotes are read) and drawn once; the finished document does not depend on which drawing came back first.
// They are drawn on a worker thread of their own, with the thread pool as the fallback: the same PNG either way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../shared/contract/report';
import { createDemoInventory } from '../../electron/core/demo';
import { openInventoryFile } from '../../electron/core/db/file';
import { drawingChartMaker, reportChartMaker } from '../../electron/core/report/chart-maker';
import { collectReportData, type ReportData } from '../../electron/core/report/data';
import type { RenderedFigure } from '../../electron/core/report/docx-blocks';
import { reportDocument } from '../../electron/core/report/docx-writer';
import { buildReportModel } from '../../electron/core/report/model';
import { startOpportunityCharts } from '../../electron/core/report/model-chapters';
import { ChartWorker } from '../../electron/core/report/chart-worker';
import { chartFonts, drawWaitingChartsNow, figurePlan, rasteriseFigureAsync, rasteriseOnPool } from '../../electron/core/report/raster';
import { tempDir } from './helpers';

type Figure = Extract<Block, { kind: 'figure' }>;

let data: ReportData;

beforeAll(async () => {
  const dir = tempDir();
  const file = path.join(dir, 'demo.inventaris');
  await createDemoInventory(file, { configDir: path.join(dir, 'config') });
  const opened = openInventoryFile(file, { deviceId: 'drawing-test', readOnly: true });
  data = collectReportData(opened.db, '2026-06-01');
}, 60_000);

const figuresOf = (model: ReturnType<typeof buildReportModel>): Figure[] =>
  model.chapters.flatMap((c) => c.blocks).filter((b): b is Figure => b.kind === 'figure');

describe('drawing the charts of the report', () => {
  it('asks early for exactly the charts the model places, and draws each once', async () => {
    const drawn: string[] = [];
    const charts = drawingChartMaker(async (figure) => {
      drawn.push(figure.svg);
      return { png: new Uint8Array([1]), width: figure.width, height: figure.height };
    });
    startOpportunityCharts(data, charts);
    const early = [...drawn];
    const model = buildReportModel(data, charts);
    const placed = figuresOf(model).map((f) => f.svg);
    expect(placed.length).toBeGreaterThan(0);
    expect(early).toEqual(placed);
    // The model's own requests found the drawings already under way.
    expect(drawn).toEqual(placed);
    for (const svg of placed) expect(charts.drawing(svg)).toBeDefined();
  });

  it('asks for nothing early when the chapter with the charts is switched off', () => {
    const drawn: string[] = [];
    const charts = drawingChartMaker(async (figure) => {
      drawn.push(figure.svg);
      return { png: new Uint8Array([1]), width: 1, height: 1 };
    });
    const off = { ...data, options: { ...data.options, chaptersOff: [...data.options.chaptersOff, 'opportunities' as const] } };
    startOpportunityCharts(off, charts);
    expect(drawn).toEqual([]);
    expect(figuresOf(buildReportModel(off, charts))).toEqual([]);
  });

  it('writes the same document whichever drawing comes back first', async () => {
    const model = buildReportModel(data, reportChartMaker());
    const figures = figuresOf(model);
    expect(figures.length).toBeGreaterThan(1);
    const rendered = new Map<Figure, RenderedFigure>();
    for (const figure of figures) rendered.set(figure, await rasteriseFigureAsync(figure));
    /** The document's XML when the drawings resolve in `order` (indexes into figures). */
    const documentXml = async (order: number[]) => {
      const release: (() => void)[] = [];
      const pending = reportDocument(model, {
        figure: (block) =>
          new Promise<RenderedFigure>((resolve) => {
            release[figures.indexOf(block)] = () => resolve(rendered.get(block)!);
          }),
      });
      for (const i of order) {
        release[i]!();
        await new Promise((resolve) => setImmediate(resolve));
      }
      const xml = strFromU8(unzipSync(await Packer.toBuffer(await pending), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
      // Drawing ids count up in the order the figures appear, whichever was drawn first.
      const drawingIds = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(drawingIds).toHaveLength(figures.length);
      expect(drawingIds).toEqual([...drawingIds].sort((a, b) => a - b));
      expect(new Set(drawingIds).size).toBe(figures.length);
      // Bookmark and drawing ids come from counters that run on from one document to the next in a process; number
      // them by first appearance to compare two documents.
      const renumber = (text: string, pattern: RegExp) => {
        const seen = new Map<string, number>();
        return text.replace(pattern, (_, head: string, id: string) => {
          if (!seen.has(id)) seen.set(id, seen.size + 1);
          return `${head}${seen.get(id)}"`;
        });
      };
      return renumber(renumber(xml, /(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g), /(<(?:wp:docPr|pic:cNvPr) id=")(\d+)"/g);
    };
    const forwards = figures.map((_, i) => i);
    const inOrder = await documentXml(forwards);
    const reversed = await documentXml([...forwards].reverse());
    const firstDifference = [...inOrder].findIndex((c, i) => reversed[i] !== c);
    expect(firstDifference === -1 ? '' : `${inOrder.slice(firstDifference - 80, firstDifference + 40)} ≠ ${reversed.slice(firstDifference - 80, firstDifference + 40)}`).toBe('');
    expect(reversed.length).toBe(inOrder.length);
  });

  it('draws a chart on the chart worker to the same PNG as on the thread pool, at 150 dpi', async () => {
    const figure = figuresOf(buildReportModel(data, reportChartMaker()))[0]!;
    const worker = new ChartWorker(require.resolve('@resvg/resvg-js'));
    try {
      const drawn = await rasteriseFigureAsync(figure, worker);
      expect(worker.usable).toBe(true);
      const onPool = await rasteriseOnPool(figure);
      expect(Buffer.from(drawn.png).equals(Buffer.from(onPool.png))).toBe(true);
      expect([drawn.width, drawn.height]).toEqual([onPool.width, onPool.height]);
      const png = Buffer.from(drawn.png);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // The pixel width is the width on the page (CSS pixels, 96 per inch) at 150 dpi.
      expect(png.readUInt32BE(16)).toBe(Math.round((drawn.width * 150) / 96));
      expect(png.indexOf('IEND')).toBe(png.length - 8);
    } finally {
      await worker.close();
    }
  });

  it('falls back to the thread pool when the chart worker cannot start, and stops trying it', async () => {
    const figure = figuresOf(buildReportModel(data, reportChartMaker()))[0]!;
    const broken = new ChartWorker('/no/such/resvg-module.js');
    const drawn = await rasteriseFigureAsync(figure, broken);
    expect(broken.usable).toBe(false);
    expect(Buffer.from(drawn.png).equals(Buffer.from((await rasteriseOnPool(figure)).png))).toBe(true);
    await expect(broken.draw(figure.svg, {})).rejects.toThrow();
  });

  it('rejects a drawing that fails in the worker without taking the worker down', async () => {
    const worker = new ChartWorker(require.resolve('@resvg/resvg-js'));
    try {
      await expect(worker.draw('<not an svg', {})).rejects.toThrow();
      expect(worker.usable).toBe(true);
      const figure = figuresOf(buildReportModel(data, reportChartMaker()))[0]!;
      expect((await rasteriseFigureAsync(figure, worker)).png.length).toBeGreaterThan(1000);
    } finally {
      await worker.close();
    }
  });

  it('draws the charts the worker has not started on the pool once only waiting is left, to the same PNGs', async () => {
    const figures = figuresOf(buildReportModel(data, reportChartMaker()));
    expect(figures.length).toBeGreaterThan(1);
    const worker = new ChartWorker(require.resolve('@resvg/resvg-js'));
    try {
      // Asked for all at once: the worker is still starting, so none has begun when the caller starts waiting.
      const drawings = figures.map((figure) => rasteriseFigureAsync(figure, worker));
      expect(drawWaitingChartsNow(worker)).toBe(figures.length);
      expect(drawWaitingChartsNow(worker)).toBe(0);
      const drawn = await Promise.all(drawings);
      for (const [i, figure] of figures.entries()) expect(Buffer.from(drawn[i]!.png).equals(Buffer.from((await rasteriseOnPool(figure)).png))).toBe(true);
      // The worker still draws what it is given afterwards.
      expect((await rasteriseFigureAsync(figures[0]!, worker)).png.length).toBeGreaterThan(1000);
      expect(worker.usable).toBe(true);
    } finally {
      await worker.close();
    }
  });

  it('cuts the chart fonts down once idle and draws with them to the same pixels; a chart with other characters keeps the whole fonts', async () => {
    const fonts = chartFonts();
    // .ci/run installs Liberation Sans, so the charts are drawn with known font files here.
    expect(fonts).toBeDefined();
    const figure = figuresOf(buildReportModel(data, reportChartMaker()))[0]!;
    const worker = new ChartWorker(require.resolve('@resvg/resvg-js'), fonts);
    try {
      const { options } = figurePlan(figure);
      const before = await worker.draw(figure.svg, options);
      expect(before.subsetFonts).toBe(false);
      const subsets = await worker.fontsReady();
      expect(subsets).toHaveLength(fonts!.files.length);
      for (const [i, file] of subsets!.entries()) {
        expect(file.startsWith(os.tmpdir())).toBe(true);
        expect(fs.statSync(file).size).toBeLessThan(fs.statSync(fonts!.files[i]!).size / 3);
      }
      const after = await worker.draw(figure.svg, options);
      expect(after.subsetFonts).toBe(true);
      expect(Buffer.from(after.idat).equals(Buffer.from(before.idat))).toBe(true);
      expect(Buffer.from((await rasteriseFigureAsync(figure, worker)).png).equals(Buffer.from((await rasteriseOnPool(figure)).png))).toBe(true);

      // A label in Greek (or any script the cut-down fonts lack) is drawn with the whole fonts, as on the pool.
      const greek = { ...figure, svg: figure.svg.replace(/(<tspan[^>]*>)[^<]+(<\/tspan>)/, '$1Ωμέγα$2') };
      expect(greek.svg).not.toBe(figure.svg);
      const drawnGreek = await worker.draw(greek.svg, figurePlan(greek).options);
      expect(drawnGreek.subsetFonts).toBe(false);
      expect(Buffer.from((await rasteriseFigureAsync(greek, worker)).png).equals(Buffer.from((await rasteriseOnPool(greek)).png))).toBe(true);
      const folder = path.dirname(subsets![0]!);
      await worker.close();
      expect(fs.existsSync(folder)).toBe(false);
    } finally {
      await worker.close();
    }
  });

  it('keeps drawing with the whole fonts when they cannot be cut down', async () => {
    const fonts = chartFonts()!;
    const figure = figuresOf(buildReportModel(data, reportChartMaker()))[0]!;
    const worker = new ChartWorker(require.resolve('@resvg/resvg-js'), { files: fonts.files, subsetModule: '/no/such/subset-font.js' });
    try {
      expect(await worker.fontsReady()).toBeNull();
      const drawn = await worker.draw(figure.svg, figurePlan(figure).options);
      expect(drawn.subsetFonts).toBe(false);
      expect(worker.usable).toBe(true);
      expect(Buffer.from((await rasteriseFigureAsync(figure, worker)).png).equals(Buffer.from((await rasteriseOnPool(figure)).png))).toBe(true);
    } finally {
      await worker.close();
    }
  });
});
