// Dates and times as the user types and reads them, apart from React. Dutch and British English both write the
// day first (24-03-2026, 24/03/2026) and use a 24-hour clock (14:30), whatever the browser's own locale says; the
// file stores ISO (2026-03-24, 14:30). Parsing is forgiving about separators and leading zeros, strict about dates.
import type { Language } from '../../../shared/i18n/languages';

const separators: Readonly<Record<Language, string>> = { nl: '-', en: '/' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** True for a real calendar day (no 31 April, 29 February only in leap years). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO date (yyyy-mm-dd) as typed in the language, e.g. "24-03-2026" or "24/03/2026"; anything else stays as it is. */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const s = separators[language];
  return `${match[3]}${s}${match[2]}${s}${match[1]}`;
}

/**
 * A typed date as ISO: day, month and year separated by - / . or spaces (24-3-2026, 24/03/26, 24.03.2026), or eight
 * digits (24032026). '' for nothing typed, null when it is not a real date.
 */
export function parseDate(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) {
    const [year, month, day] = typed.split('-').map(Number) as [number, number, number];
    return isCalendarDay(year, month, day) ? typed : null;
  }
  const parts = /^\d{8}$/.test(typed) ? [typed.slice(0, 2), typed.slice(2, 4), typed.slice(4)] : typed.split(/\s*[-/.\s]\s*/);
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const [day, month] = [Number(parts[0]), Number(parts[1])];
  const yearText = parts[2]!;
  if (yearText.length !== 2 && yearText.length !== 4) return null;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return isCalendarDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A typed time as HH:MM (24-hour): 14:30, 14.30, 1430, 9:05, 9. '' for nothing typed, null when it is not a time. */
export function parseTime(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return '';
  const match = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?$/.exec(typed) ?? /^(\d{2})(\d{2})$/.exec(typed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** The day after (or before) an ISO date; today when there is none. */
export function shiftDate(iso: string, days: number, today: string): string {
  const base = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : today;
  const [year, month, day] = base.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A time moved by some minutes within the day (wrapping around midnight); 09:00 when there is none. */
export function shiftTime(time: string, minutes: number): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const total = match ? Number(match[1]) * 60 + Number(match[2]) : 9 * 60 - minutes;
  const next = (((total + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}

/** Format hints shown in empty fields. */
export const dateHints: Readonly<Record<Language, string>> = { nl: 'dd-mm-jjjj', en: 'dd/mm/yyyy' };
export const timeHints: Readonly<Record<Language, string>> = { nl: 'uu:mm', en: 'hh:mm' };
