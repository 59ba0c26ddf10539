// What every benchmark figure gets and returns. A figure is one function in figures/<name>.mts, listed in figures/index.mts;
// its result lands under its key in the one JSON object bench.mts prints.
import { performance } from 'node:perf_hooks';

export interface BenchContext {
  /** A fresh folder for this figure's files, removed after the run. */
  readonly dir: string;
  /** A settings folder of its own, so the user's recent-files list is never touched. */
  readonly configDir: string;
  /** Progress for humans, on stderr; stdout carries only the JSON. */
  log(message: string): void;
  /** Records a fixed input size next to the figures (under "sizes"), so results say what they measured. */
  size(name: string, value: number): void;
}

export interface Figure {
  /** The key in the output, e.g. `openMs`. */
  readonly key: string;
  run(ctx: BenchContext): Promise<unknown> | unknown;
}

/** Milliseconds taken by `work`, measured with the monotonic clock. */
export async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The value at quantile q (0..1) of `samples`, nearest-rank, so it is always a value that was measured. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

/** Rounded to 0.01 ms: finer digits are noise. */
export const ms = (value: number) => Math.round(value * 100) / 100;

/** A small seeded generator (mulberry32), so synthetic data is the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['gemeente', 'inkoop', 'circulair', 'contract', 'leverancier', 'hergebruik', 'materiaal', 'grondstof', 'aanbesteding', 'doelstelling', 'monitoring', 'ketenpartner'];

/** Dutch-looking text of `count` words from `random`. */
export function syntheticText(random: () => number, count: number): string {
  return Array.from({ length: count }, () => words[Math.floor(random() * words.length)]!).join(' ');
}
