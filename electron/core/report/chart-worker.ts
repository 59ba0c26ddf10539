// A worker thread that draws the report's charts one after another: resvg renders the SVG and the PNG rows are
// deflated there, so the main thread, which reads the inventory and builds the document meanwhile, keeps a core to
// itself. On Node's thread pool the four charts of a report were drawn side by side and took both cores of a laptop
// from the main thread for about 60 ms of a Large export. The worker is started on first use, kept for the next
// export, and does not keep the process alive while it has nothing to draw. It is a small CommonJS script given as
// text (no file of its own to find in a bundle or an asar archive); resvg is loaded from the path resolved here.
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { PNG_DEFLATE_LEVEL } from './png';

/** The worker's script: per message, render, filter each row with type 0 (as png.ts does) and deflate. */
const source = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options, state }) => {
  // 0: waiting, 1: drawn here, 2: taken back by the main thread (drawn on its thread pool instead).
  if (Atomics.compareExchange(new Int32Array(state), 0, 0, 1) !== 0) return;
  try {
    const image = new Resvg(svg, options).render();
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
    parentPort.postMessage({ id, idat, width, height }, [idat.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

export interface DrawnRows {
  /** The PNG's IDAT data: the filtered rows, deflated. */
  readonly idat: Uint8Array;
  readonly width: number;
  readonly height: number;
}

type Reply = { id: number; error: string } | ({ id: number; error?: undefined } & DrawnRows);

interface Job {
  readonly svg: string;
  readonly options: ResvgRenderOptions;
  /** One Int32 shared with the worker: 0 waiting, 1 taken by the worker, 2 taken back (see `takeBack`). */
  readonly state: Int32Array;
  readonly resolve: (rows: DrawnRows) => void;
  readonly reject: (error: Error) => void;
}

export class ChartWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Job>();
  /** Set once the worker could not be started or died: from then on callers draw elsewhere. */
  private failed = false;

  /** `resvgModule`: the resolved path of @resvg/resvg-js (tests give a wrong one to see the fallback). */
  constructor(private readonly resvgModule: string) {}

  get usable(): boolean {
    return !this.failed;
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
      elsewhere(job.svg, job.options).then(job.resolve, job.reject);
      taken += 1;
    }
    if (this.pending.size === 0) this.worker?.unref();
    return taken;
  }

  /** Ends the worker (tests; the app lets it end with the process). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker | null {
    if (this.worker) return this.worker;
    if (this.failed) return null;
    let worker: Worker;
    try {
      worker = new Worker(source, { eval: true, workerData: { resvg: this.resvgModule, level: PNG_DEFLATE_LEVEL } });
    } catch {
      this.failed = true;
      return null;
    }
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (reply.error !== undefined) waiting.reject(new Error(reply.error));
      else waiting.resolve({ idat: reply.idat, width: reply.width, height: reply.height });
    });
    const fail = (error: Error) => {
      this.failed = true;
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
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
