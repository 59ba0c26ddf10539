// Hybrid logical clock (HLC). A timestamp is wall time in ms plus a counter, tagged with the device id.
// It never goes backwards on one device, even when the system clock does, so "later edit wins" is well defined
// across laptops whose clocks disagree a little. Encoded as a fixed-width string so text order is time order:
//   000001764345600000-0000-<deviceId>

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 4;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/** How far ahead of our wall clock a remote timestamp may be before we refuse it as implausible. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export interface HlcTimestamp {
  readonly wall: number;
  readonly counter: number;
  readonly deviceId: string;
}

export function encodeHlc(ts: HlcTimestamp): string {
  return `${String(ts.wall).padStart(WALL_DIGITS, '0')}-${ts.counter.toString(36).padStart(COUNTER_DIGITS, '0')}-${ts.deviceId}`;
}

export function decodeHlc(text: string): HlcTimestamp {
  const match = /^(\d{15})-([0-9a-z]{4})-(.+)$/.exec(text);
  if (!match) throw new Error(`not a clock timestamp: ${text}`);
  return { wall: Number(match[1]), counter: parseInt(match[2]!, 36), deviceId: match[3]! };
}

export class HybridClock {
  private wall = 0;
  private counter = 0;

  constructor(
    readonly deviceId: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh timestamp, later than every timestamp this clock has issued or observed. */
  tick(): string {
    const physical = this.now();
    if (physical > this.wall) {
      this.wall = physical;
      this.counter = 0;
    } else {
      this.counter += 1;
      if (this.counter > MAX_COUNTER) {
        this.wall += 1;
        this.counter = 0;
      }
    }
    return encodeHlc({ wall: this.wall, counter: this.counter, deviceId: this.deviceId });
  }

  /** Moves the clock past a timestamp seen in a file or a merge, so our next tick sorts after it. */
  observe(text: string): void {
    const seen = decodeHlc(text);
    if (seen.wall > this.now() + MAX_DRIFT_MS) throw new Error(`clock timestamp too far in the future: ${text}`);
    if (seen.wall > this.wall || (seen.wall === this.wall && seen.counter > this.counter)) {
      this.wall = seen.wall;
      this.counter = seen.counter;
    }
  }
}
