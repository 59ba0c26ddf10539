// Charts to PNG for Word: the shared SVG builders' drawings rasterised with resvg at print resolution (≥ 150 dpi at
// the size they have on the page). Scanning every system font takes a while per chart, so resvg gets a few known
// font files (Arial or its metric twin Liberation Sans, which the chart builders' text widths assume) when present,
// and falls back to the system's fonts otherwise. The charts are drawn on a worker thread of their own (chart-worker.ts),
// with Node's thread pool as the fallback and for the charts still waiting once the document is built.
import fs from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Block } from '../../../shared/contract/report';
import { ChartWorker, type ChartFonts, type DrawnRows } from './chart-worker';
import { TEXT_WIDTH_PX, type RenderedFigure } from './docx-blocks';
import { deflateRows, filteredRows, pngFromDeflated } from './png';

/** Dots per inch of the PNGs relative to the size on the page. */
export const FIGURE_DPI = 150;

const candidateFonts: readonly { family: string; files: readonly string[] }[] = [
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf'] },
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
  { family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
  { family: 'Arial', files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'] },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
];

let fontOptions: ResvgRenderOptions['font'] | undefined;

function fonts(): ResvgRenderOptions['font'] {
  if (fontOptions) return fontOptions;
  const found = candidateFonts.find((c) => c.files.every((f) => fs.existsSync(f)));
  fontOptions = found
    ? { loadSystemFonts: false, fontFiles: [...found.files], defaultFontFamily: found.family, sansSerifFamily: found.family }
    : { loadSystemFonts: true, defaultFontFamily: 'Arial', sansSerifFamily: 'Arial' };
  return fontOptions;
}

/** The size a figure gets on the page (at most the text width) and the resvg options that draw it at FIGURE_DPI. */
export function figurePlan(block: Extract<Block, { kind: 'figure' }>): { width: number; height: number; options: ResvgRenderOptions } {
  const width = Math.min(TEXT_WIDTH_PX, Math.round(block.width));
  const height = Math.round((block.height / block.width) * width);
  // Page pixels are 96 per inch; the PNG gets exactly FIGURE_DPI per inch of its width on the page.
  return { width, height, options: { fitTo: { mode: 'width', value: Math.round((width * FIGURE_DPI) / 96) }, font: fonts(), background: 'white' } };
}

let sharedWorker: ChartWorker | undefined;

/** The font files the charts are drawn with, for the chart worker to cut down (see chart-worker.ts); none when system fonts are used. */
export function chartFonts(): ChartFonts | undefined {
  const font = fonts();
  if (!font || font.loadSystemFonts || !font.fontFiles?.length) return undefined;
  try {
    return { files: font.fontFiles, subsetModule: require.resolve('subset-font') };
  } catch {
    return undefined;
  }
}

/** The chart worker of this process, started on first use. */
function chartWorker(): ChartWorker {
  return (sharedWorker ??= new ChartWorker(require.resolve('@resvg/resvg-js'), chartFonts()));
}

/** What the chart worker draws, drawn on Node's thread pool instead (resvg's renderAsync, deflated on the pool too). */
async function rowsOnPool(svg: string, options: ResvgRenderOptions): Promise<DrawnRows> {
  const image = await renderAsync(svg, options);
  return { idat: await deflateRows(filteredRows(image.pixels, image.width, image.height)), width: image.width, height: image.height };
}

/** A figure as PNG, drawn on Node's thread pool. */
export async function rasteriseOnPool(block: Extract<Block, { kind: 'figure' }>): Promise<RenderedFigure> {
  const { width, height, options } = figurePlan(block);
  const rows = await rowsOnPool(block.svg, options);
  return { png: pngFromDeflated(rows.idat, rows.width, rows.height, FIGURE_DPI), width, height };
}

/**
 * For when the export has nothing left to do but wait for its charts: those the worker has not started are drawn on
 * the thread pool, side by side, instead of one after another. Returns how many.
 */
export function drawWaitingChartsNow(worker: ChartWorker | undefined = sharedWorker): number {
  return worker?.takeBack(rowsOnPool) ?? 0;
}

/**
 * A figure as PNG, drawn on `worker` (by default the process's chart worker, see chart-worker.ts), so the calling
 * thread only wraps the deflated rows in PNG chunks. Where the worker cannot run or fails, on Node's thread pool: the
 * same bytes either way.
 */
export async function rasteriseFigureAsync(block: Extract<Block, { kind: 'figure' }>, worker: ChartWorker = chartWorker()): Promise<RenderedFigure> {
  if (!worker.usable) return rasteriseOnPool(block);
  const { width, height, options } = figurePlan(block);
  let rows;
  try {
    rows = await worker.draw(block.svg, options);
  } catch {
    return rasteriseOnPool(block);
  }
  return { png: pngFromDeflated(rows.idat, rows.width, rows.height, FIGURE_DPI), width, height };
}
