// Dates and times as typed in the app's language, stored as ISO, whatever the browser's locale.
import { describe, expect, it } from 'vitest';
import { formatDate, parseDate, parseTime, shiftDate, shiftTime } from '../../../renderer/src/app/dates';

describe('dates as typed', () => {
  it('read day-month-year with any common separator, and store ISO', () => {
    for (const typed of ['24-03-2026', '24/03/2026', '24.3.2026', '24 3 2026', '24-3-26', '24032026', ' 24 - 03 - 2026 ', '2026-03-24']) expect(parseDate(typed), typed).toBe('2026-03-24');
  });

  it('refuse what is not a real day, and read nothing as no date', () => {
    for (const typed of ['31-04-2026', '29-02-2026', '24-13-2026', '0-03-2026', '24-03', '03/24/2026', 'morgen', '24-03-202', '2026-02-30']) expect(parseDate(typed), typed).toBeNull();
    expect(parseDate('29-02-2028')).toBe('2028-02-29');
    expect(parseDate('   ')).toBe('');
  });

  it('are written the way each language writes them', () => {
    expect(formatDate('2026-03-24', 'nl')).toBe('24-03-2026');
    expect(formatDate('2026-03-24', 'en')).toBe('24/03/2026');
    expect(formatDate('', 'nl')).toBe('');
    expect(formatDate('24-03', 'nl')).toBe('24-03');
  });

  it('move by a day with the arrow keys, across months and years', () => {
    expect(shiftDate('2026-12-31', 1, '2020-01-01')).toBe('2027-01-01');
    expect(shiftDate('2026-03-01', -1, '2020-01-01')).toBe('2026-02-28');
    expect(shiftDate('', 1, '2026-05-05')).toBe('2026-05-06');
  });
});

describe('times as typed', () => {
  it('read 24-hour times in several forms', () => {
    for (const [typed, iso] of [['14:30', '14:30'], ['14.30', '14:30'], ['1430', '14:30'], ['9:05', '09:05'], ['9', '09:00'], ['0:00', '00:00'], ['23:59', '23:59']] as const) expect(parseTime(typed), typed).toBe(iso);
  });

  it('refuse what is not a time of day', () => {
    for (const typed of ['24:00', '12:60', '2:30 PM', 'tien uur', '1:5', '123']) expect(parseTime(typed), typed).toBeNull();
    expect(parseTime('')).toBe('');
  });

  it('move by a quarter of an hour, around midnight', () => {
    expect(shiftTime('23:50', 15)).toBe('00:05');
    expect(shiftTime('00:05', -15)).toBe('23:50');
    expect(shiftTime('', 15)).toBe('09:00');
  });
});
