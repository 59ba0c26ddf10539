// The hybrid logical clock: text order is time order, it never runs backwards, and it moves past what it observes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, HybridClock, MAX_DRIFT_MS } from '../../electron/core/db/clock';

describe('the hybrid logical clock', () => {
  it('encodes timestamps so that comparing the text compares the time', () => {
    const stamp = fc.record({ wall: fc.integer({ min: 0, max: 9_999_999_999_999 }), counter: fc.integer({ min: 0, max: 36 ** 4 - 1 }) });
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const ta = encodeHlc({ ...a, deviceId: 'dev' });
        const tb = encodeHlc({ ...b, deviceId: 'dev' });
        const byTime = a.wall - b.wall || a.counter - b.counter;
        expect(Math.sign(ta.localeCompare(tb, 'en'))).toBe(Math.sign(byTime));
        expect(decodeHlc(ta)).toEqual({ ...a, deviceId: 'dev' });
      }),
    );
  });

  it('keeps increasing when the system clock stands still or goes backwards', () => {
    const readings = [1000, 1000, 999, 500, 1001, 1001];
    let i = 0;
    const clock = new HybridClock('dev', () => readings[Math.min(i++, readings.length - 1)]!);
    const ticks = readings.map(() => clock.tick());
    expect([...ticks].sort()).toEqual(ticks);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it('issues timestamps after a timestamp it observed from another device', () => {
    const clock = new HybridClock('a', () => 1000);
    clock.observe(encodeHlc({ wall: 5000, counter: 7, deviceId: 'b' }));
    expect(decodeHlc(clock.tick())).toMatchObject({ wall: 5000, counter: 8, deviceId: 'a' });
  });

  it('refuses a timestamp implausibly far in the future', () => {
    const clock = new HybridClock('a', () => 1000);
    expect(() => clock.observe(encodeHlc({ wall: 1000 + MAX_DRIFT_MS + 1, counter: 0, deviceId: 'b' }))).toThrow(/future/);
  });

  it('rejects text that is not a timestamp', () => {
    expect(() => decodeHlc('gisteren')).toThrow(/not a clock timestamp/);
  });
});
