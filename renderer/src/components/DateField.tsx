// Date and time inputs that follow the app's language, not the browser's: a text field with the format as its hint
// ("dd-mm-jjjj", "uu:mm"), forgiving parsing, ArrowUp/ArrowDown to move by a day or a quarter of an hour, and the
// value as ISO. Native date inputs follow the browser's locale (mm/dd/yyyy and "10:00 AM" in an English browser
// around a Dutch page), so they are not used. While the text is not a date, the value is that text as typed: the
// form's schema refuses it, shows its message and autosave keeps it unsent.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { dateHints, formatDate, parseDate, parseTime, shiftDate, shiftTime, timeHints } from '../app/dates';
import { todayIso } from '../app/text';
import { useFormat } from '../i18n';

interface CommonProps {
  readonly id?: string;
  readonly name?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly readOnly?: boolean;
  readonly className?: string;
  readonly 'aria-label'?: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: boolean;
  readonly title?: string;
  readonly 'data-autofocus'?: boolean;
}

/** A text field whose shown text and stored value differ: shown as typed, stored once it parses. */
function useTypedValue(value: string, show: (stored: string) => string, parse: (text: string) => string | null, language: string) {
  const [text, setText] = useState(() => show(value));
  const reported = useRef(value);
  const shownIn = useRef(language);
  // A value set elsewhere (another tab, "today" by default, a reset) replaces the text, and so does a change of
  // language (24-03-2026 becomes 24/03/2026); what is being typed here stays.
  useEffect(() => {
    if (value !== reported.current || language !== shownIn.current) {
      reported.current = value;
      shownIn.current = language;
      if (parse(value) === value || value === '') setText(show(value));
    }
  });
  const change = (next: string, onChange: (value: string) => void) => {
    setText(next);
    const parsed = parse(next);
    const stored = parsed ?? next;
    reported.current = stored;
    onChange(stored);
  };
  return { text, setText, change };
}

export function DateField(props: CommonProps) {
  const format = useFormat();
  const show = (stored: string) => formatDate(stored, format.language);
  const { text, setText, change } = useTypedValue(props.value, show, parseDate, format.language);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (props.readOnly || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = shiftDate(parseDate(text) ?? '', event.key === 'ArrowUp' ? 1 : -1, todayIso());
    change(show(next), props.onChange);
  }

  return (
    <input
      id={props.id}
      name={props.name}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className={`input input-date${props.className ? ` ${props.className}` : ''}`}
      placeholder={dateHints[format.language]}
      value={text}
      readOnly={props.readOnly}
      aria-label={props['aria-label']}
      aria-describedby={props['aria-describedby']}
      aria-invalid={props['aria-invalid']}
      title={props.title}
      data-autofocus={props['data-autofocus']}
      data-date-field=""
      onChange={(event) => change(event.target.value, props.onChange)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        // Tidy what was typed once it is a date: "24-3-26" reads "24-03-2026".
        const parsed = parseDate(text);
        if (parsed) setText(show(parsed));
        props.onBlur?.();
      }}
    />
  );
}

export function TimeField(props: CommonProps) {
  const format = useFormat();
  const show = (stored: string) => stored;
  const { text, setText, change } = useTypedValue(props.value, show, parseTime, format.language);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (props.readOnly || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    change(shiftTime(parseTime(text) ?? '', event.key === 'ArrowUp' ? 15 : -15), props.onChange);
  }

  return (
    <input
      id={props.id}
      name={props.name}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className={`input input-time${props.className ? ` ${props.className}` : ''}`}
      placeholder={timeHints[format.language]}
      value={text}
      readOnly={props.readOnly}
      aria-label={props['aria-label']}
      aria-describedby={props['aria-describedby']}
      aria-invalid={props['aria-invalid']}
      title={props.title}
      data-time-field=""
      onChange={(event) => change(event.target.value, props.onChange)}
      onKeyDown={onKeyDown}
      onBlur={() => {
        const parsed = parseTime(text);
        if (parsed) setText(parsed);
        props.onBlur?.();
      }}
    />
  );
}

/**
 * A local date and time (yyyy-mm-ddTHH:MM, or '' for none) as two fields. Only a date without a time, or a time
 * without a date, is stored as typed, so the schema refuses it.
 */
export function DateTimeField(props: CommonProps & { readonly dateLabel: string; readonly timeLabel: string }) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(props.value);
  const [date, setDate] = useState(match ? match[1]! : '');
  const [time, setTime] = useState(match ? match[2]! : '');
  const last = useRef(props.value);
  const timeId = useId();
  useEffect(() => {
    if (props.value === last.current) return;
    last.current = props.value;
    const next = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(props.value);
    setDate(next ? next[1]! : props.value === '' ? '' : date);
    setTime(next ? next[2]! : props.value === '' ? '' : time);
  }, [props.value]);

  function report(nextDate: string, nextTime: string) {
    setDate(nextDate);
    setTime(nextTime);
    const both = /^\d{4}-\d{2}-\d{2}$/.test(nextDate) && /^\d{2}:\d{2}$/.test(nextTime);
    const value = both ? `${nextDate}T${nextTime}` : `${nextDate} ${nextTime}`.trim();
    last.current = value;
    props.onChange(value);
  }

  return (
    <span className={`date-time-field${props.className ? ` ${props.className}` : ''}`} data-date-time-field="">
      <DateField
        id={props.id}
        name={props.name}
        value={date}
        onChange={(next) => report(next, time)}
        onBlur={props.onBlur}
        readOnly={props.readOnly}
        aria-label={props.dateLabel}
        aria-describedby={props['aria-describedby']}
        aria-invalid={props['aria-invalid']}
        data-autofocus={props['data-autofocus']}
      />
      <TimeField
        id={timeId}
        value={time}
        onChange={(next) => report(date, next)}
        onBlur={props.onBlur}
        readOnly={props.readOnly}
        aria-label={props.timeLabel}
        aria-describedby={props['aria-describedby']}
        aria-invalid={props['aria-invalid']}
      />
    </span>
  );
}
