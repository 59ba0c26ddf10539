// Dutch local fieldwork times become the right UTC instants, in winter and summer time and across the clock change.
import { describe, expect, it } from 'vitest';
import { fieldworkInstant } from '../../electron/core/demo/timeline';

describe('a fieldwork time in the Netherlands', () => {
  it('is one hour ahead of UTC in winter and two in summer', () => {
    expect(fieldworkInstant('2026-02-05T10:00')).toBe('2026-02-05T09:00:00.000Z');
    expect(fieldworkInstant('2026-05-21T14:10', 9)).toBe('2026-05-21T12:19:00.000Z');
  });

  it('moves on by the minutes given, across the night of the clock change', () => {
    // Summer time starts on 29 March 2026 at 02:00 local (01:00 UTC).
    expect(fieldworkInstant('2026-03-28T23:30', 60)).toBe('2026-03-28T23:30:00.000Z');
    expect(fieldworkInstant('2026-03-29T12:00')).toBe('2026-03-29T10:00:00.000Z');
  });

  it('takes a date alone as noon, and refuses anything else', () => {
    expect(fieldworkInstant('2026-05-21')).toBe('2026-05-21T10:00:00.000Z');
    expect(() => fieldworkInstant('21-05-2026')).toThrow(/not a local date/);
  });
});
