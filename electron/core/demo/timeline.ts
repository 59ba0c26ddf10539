// When things happened in the demo's fictional fieldwork. Its dates and times are local to the Netherlands
// (Europe/Amsterdam, winter or summer time); stored timestamps are UTC instants.
const ZONE = 'Europe/Amsterdam';

const zoneParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Amsterdam's clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetAt(instant: number): number {
  const parts = Object.fromEntries(zoneParts.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - instant;
}

/**
 * The UTC instant of a Dutch local date and time, `minutesLater` minutes on.
 * Example: fieldworkInstant('2026-02-05T10:00', 12) === '2026-02-05T09:12:00.000Z' (winter time, UTC+1).
 */
export function fieldworkInstant(local: string, minutesLater = 0): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!match) throw new Error(`not a local date and time: ${local}`);
  const [, y, mo, d, h = '12', mi = '00'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + minutesLater * 60_000;
  // The offset at the wall time read as UTC is right except within an hour of a clock change; one correction fixes that.
  let instant = wall - zoneOffsetAt(wall);
  instant = wall - zoneOffsetAt(instant);
  return new Date(instant).toISOString();
}
