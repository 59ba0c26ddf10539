// A worker thread that draws the report's charts one after another: resvg renders the SVG and the PNG rows are
// deflated there, so the main thread, which reads the inventory and builds the document meanwhile, keeps a core to
// itself. On Node's thread pool the four charts of a report were drawn side by side and took both cores of a laptop
// from the main thread for about 60 ms of a Large export. The worker is started on first use, kept for the next
// export, and does not keep the process alive while it has nothing to draw. It is a small CommonJS script given as
// text (no file of its own to find in a bundle or an asar archive); resvg is loaded from the path resolved here.
//
// Fonts: resvg reads a font file from disk again for every glyph it lays out, so a chart's labels cost time in
// proportion to the size of the font file (about 5 ms per chart with Liberation Sans, 400 KB; Arial is larger). Once
// the worker has first drawn everything it was given, it makes copies of the chart fonts cut down to the Latin
// characters (subset-font, HarfBuzz's subsetter; about 50 KB each) in a temporary folder of its own, and draws with
// those from then on: the same glyphs, so the same pixels, in about a third of the time. A chart with any character
// outside that set is drawn with the whole fonts, as is everything when the copies cannot be made.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { PNG_DEFLATE_LEVEL } from './png';

/** The characters the cut-down fonts keep: Latin (with accents), general punctuation, the euro, a few symbols. */
const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];

const subsetText = SUBSET_RANGES.map(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('')).join('');
/** Matches an SVG that has a character the cut-down fonts lack (line breaks and tabs aside). */
const outsideSubset = `[^\\t\\n\\r${SUBSET_RANGES.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`;

/** The worker's script: per message, render, filter each row with type 0 (as png.ts does) and deflate. */
const source = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Resvg } = require(workerData.resvg);
const fonts = workerData.fonts;
const outside = new RegExp(${JSON.stringify(outsideSubset)}, 'u');
let subsets = null;
async function makeSubsets() {
  const subsetFont = require(fonts.subsetModule);
  const made = [];
  for (const [i, file] of fonts.files.entries()) {
    const bytes = await subsetFont(fs.readFileSync(file), fonts.text, { targetFormat: 'truetype' });
    const target = path.join(fonts.dir, i + '.ttf');
    fs.writeFileSync(target, bytes);
    made.push(target);
  }
  return made;
}
function withSubsets(svg, options) {
  const font = options.font;
  if (!subsets || !font || font.loadSystemFonts || JSON.stringify(font.fontFiles) !== JSON.stringify(fonts.files) || outside.test(svg)) return null;
  return Object.assign({}, options, { font: Object.assign({}, font, { fontFiles: subsets }) });
}
parentPort.on('message', (message) => {
  if (message.prepareFonts) {
    if (!fonts) return;
    makeSubsets().then(
      (made) => { subsets = made; parentPort.postMessage({ fonts: made }); },
      () => parentPort.postMessage({ fonts: null }),
    );
    return;
  }
  const { id, svg, options, state } = message;
  // 0: waiting, 1: drawn here, 2: taken back by the main thread (drawn on its thread pool instead).
  if (Atomics.compareExchange(new Int32Array(state), 0, 0, 1) !== 0) return;
  try {
    const cut = withSubsets(svg, options);
    const image = new Resvg(svg, cut || options).render();
    const { width, height } = image;
    const rgba = image.pixels;
    const row = width * 4;
    const raw = Buffer.allocUnsafe((row + 1) * height);
    for (let y = 0; y < height; y += 1) {
      raw[y * (row + 1)] = 0;
      raw.set(rgba.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
    }
    const deflated = zlib.deflateSync(raw, { level: workerData.level });
    const idat = new Uint8Array(deflated.buffer.slice(deflated.byteOffset, deflated.byteOffset + deflated.byteLength));
    parentPort.postMessage({ id, idat, width, height, subsetFonts: !!cut }, [idat.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

/** The chart fonts the worker may cut down: the files resvg is given, and where subset-font is. */
export interface ChartFonts {
  readonly files: readonly string[];
  readonly subsetModule: string;
}

export interface DrawnRows {
  /** The PNG's IDAT data: the filtered rows, deflated. */
  readonly idat: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Whether the cut-down fonts were used (the pixels are the same either way). */
  readonly subsetFonts?: boolean;
}

type Reply =
  | { fonts: string[] | null }
  | { fonts?: undefined; id: number; error: string }
  | ({ fonts?: undefined; id: number; error?: undefined } & DrawnRows);

interface Job {
  readonly svg: string;
  readonly options: ResvgRenderOptions;
  /** One Int32 shared with the worker: 0 waiting, 1 taken by the worker, 2 taken back (see `takeBack`). */
  readonly state: Int32Array;
  readonly resolve: (rows: DrawnRows) => void;
  readonly reject: (error: Error) => void;
}

const sameFiles = (a: readonly string[] | undefined, b: readonly string[]) => !!a && a.length === b.length && a.every((file, i) => file === b[i]);
const outsideSubsetPattern = new RegExp(outsideSubset, 'u');

export class ChartWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Job>();
  /** Set once the worker could not be started or died: from then on callers draw elsewhere. */
  private failed = false;
  /** The temporary folder of the cut-down fonts, made when the worker starts. */
  private fontDir: string | null = null;
  private fontsAsked = false;
  private subsetFiles: readonly string[] | null = null;
  private fontsSettled: ((files: readonly string[] | null) => void)[] = [];

  /**
   * `resvgModule`: the resolved path of @resvg/resvg-js (tests give a wrong one to see the fallback). `fonts`: the
   * font files the charts are drawn with, to be cut down once the worker is first idle; without, it never is.
   */
  constructor(
    private readonly resvgModule: string,
    private readonly fonts?: ChartFonts,
  ) {}

  get usable(): boolean {
    return !this.failed;
  }

  /** The cut-down fonts once made; null when they are not (yet), or could not be, made. */
  get fontSubsets(): readonly string[] | null {
    return this.subsetFiles;
  }

  /** Resolves when the worker has made the cut-down fonts (their files) or given up (null). For tests. */
  fontsReady(): Promise<readonly string[] | null> {
    if (this.subsetFiles || !this.fonts || !this.start()) return Promise.resolve(this.subsetFiles);
    const settled = new Promise<readonly string[] | null>((resolve) => this.fontsSettled.push(resolve));
    if (this.pending.size === 0) this.askForFonts();
    return settled;
  }

  draw(svg: string, options: ResvgRenderOptions): Promise<DrawnRows> {
    const worker = this.start();
    if (!worker) return Promise.reject(new Error('the chart worker is not available'));
    const id = this.nextId++;
    return new Promise<DrawnRows>((resolve, reject) => {
      // Only while a chart is being drawn does the worker keep the process alive (the CLI exits when done).
      if (this.pending.size === 0) worker.ref();
      const state = new Int32Array(new SharedArrayBuffer(4));
      this.pending.set(id, { svg, options, state, resolve, reject });
      worker.postMessage({ id, svg, options, state: state.buffer });
    });
  }

  /** `options` with the cut-down fonts in place of the whole ones, when they are made and cover `svg`. */
  withSubsetFonts(svg: string, options: ResvgRenderOptions): ResvgRenderOptions {
    const font = options.font;
    if (!this.subsetFiles || !this.fonts || !font || font.loadSystemFonts || !sameFiles(font.fontFiles, this.fonts.files) || outsideSubsetPattern.test(svg)) return options;
    return { ...options, font: { ...font, fontFiles: [...this.subsetFiles] } };
  }

  /**
   * Takes back the charts the worker has not started and draws them with `elsewhere` (the thread pool), side by side.
   * For when the caller has nothing left to do but wait: then the cores are free, and one chart after another on
   * the worker would be the slower way (a small report is built before the worker has drawn its first chart).
   * Returns how many were taken back.
   */
  takeBack(elsewhere: (svg: string, options: ResvgRenderOptions) => Promise<DrawnRows>): number {
    let taken = 0;
    for (const [id, job] of this.pending) {
      if (Atomics.compareExchange(job.state, 0, 0, 2) !== 0) continue;
      this.pending.delete(id);
      elsewhere(job.svg, this.withSubsetFonts(job.svg, job.options)).then(job.resolve, job.reject);
      taken += 1;
    }
    if (this.pending.size === 0) this.idle();
    return taken;
  }

  /** Ends the worker and removes its cut-down fonts (tests; the app lets it end with the process). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    this.removeFonts();
  }

  /** Nothing is being drawn: the worker no longer keeps the process alive, and may now cut the fonts down. */
  private idle(): void {
    this.worker?.unref();
    this.askForFonts();
  }

  private askForFonts(): void {
    if (this.fontsAsked || !this.fonts || !this.worker) return;
    this.fontsAsked = true;
    this.worker.postMessage({ prepareFonts: true });
  }

  private settleFonts(files: readonly string[] | null): void {
    this.subsetFiles = files;
    for (const resolve of this.fontsSettled.splice(0)) resolve(files);
  }

  private removeFonts(): void {
    if (this.fontDir) fs.rmSync(this.fontDir, { recursive: true, force: true });
    this.fontDir = null;
    this.subsetFiles = null;
  }

  private start(): Worker | null {
    if (this.worker) return this.worker;
    if (this.failed) return null;
    let worker: Worker;
    let fonts: (ChartFonts & { dir: string; text: string }) | null = null;
    try {
      if (this.fonts && !this.fontDir) {
        this.fontDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-chart-fonts-'));
        const dir = this.fontDir;
        // The process's exit removes them too (the worker lives as long as the process).
        process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
      }
      if (this.fonts && this.fontDir) fonts = { files: [...this.fonts.files], subsetModule: this.fonts.subsetModule, dir: this.fontDir, text: subsetText };
      worker = new Worker(source, { eval: true, workerData: { resvg: this.resvgModule, level: PNG_DEFLATE_LEVEL, fonts } });
    } catch {
      this.failed = true;
      return null;
    }
    worker.on('message', (reply: Reply) => {
      if (reply.fonts !== undefined) {
        this.settleFonts(reply.fonts);
        return;
      }
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.idle();
      if (!waiting) return;
      if (reply.error !== undefined) waiting.reject(new Error(reply.error));
      else waiting.resolve({ idat: reply.idat, width: reply.width, height: reply.height, subsetFonts: reply.subsetFonts });
    });
    const fail = (error: Error) => {
      this.failed = true;
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.settleFonts(null);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(new Error(`the chart worker stopped (${code})`));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
