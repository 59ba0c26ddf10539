// What the interview pages share: domain labels in the UI language and the Intl formats for an interview's date
// and duration.
import type { Interview } from '../../../../shared/contract/fieldwork';
import { interviewModeLabels, interviewStatusLabels, noteKindLabels, roleLabels } from '../../../../shared/i18n/domain';
import type { Language } from '../../../../shared/i18n/languages';
import type { RespondentRole } from '../../../../shared/template/types';
import { useFormat } from '../../i18n';
import type { NoteKind } from '../../components/NoteKindTag';

export function labelsFor(language: Language) {
  return {
    status: (status: Interview['status']) => interviewStatusLabels[status][language],
    mode: (mode: Interview['mode']) => interviewModeLabels[mode][language],
    role: (role: RespondentRole) => roleLabels[role][language],
    noteKind: (kind: NoteKind) => noteKindLabels[kind][language],
  };
}

export function useLabels() {
  return labelsFor(useFormat().language);
}

/** Intl formats for interviews: "di 3 mrt 2026, 09:30" for a planned date-time, "1:05:09" for a duration. */
export function useInterviewFormat() {
  const format = useFormat();
  return {
    ...format,
    /** scheduledAt is local time as typed in a datetime-local input: parse it as local time, no time zone shift. */
    scheduled(local: string): string {
      const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
      if (!match) return local;
      const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
      const date = new Date(y, mo - 1, d, h, mi);
      return new Intl.DateTimeFormat(format.locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
    },
    scheduledDate(local: string): string {
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(local);
      if (!match) return local;
      const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      return new Intl.DateTimeFormat(format.locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(date);
    },
    scheduledTime(local: string): string {
      const match = /T(\d{2}):(\d{2})$/.exec(local);
      if (!match) return '';
      return new Intl.DateTimeFormat(format.locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(2000, 0, 1, Number(match[1]), Number(match[2])));
    },
    duration(seconds: number): string {
      return formatDuration(seconds, format.locale);
    },
  };
}

/** h:mm:ss, or m:ss under an hour; digits in the locale's numbering. */
export function formatDuration(totalSeconds: number, locale: string): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(locale, { useGrouping: false });
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${two.format(m)}:${two.format(s)}`;
}
