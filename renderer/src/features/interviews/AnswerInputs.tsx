// The answer control for each question type: auto-growing text, five scale cards with their level descriptors
// (arrow keys, or 1–5 while the group has focus), a radio list, checkboxes with a maximum, yes/no and a number
// with its unit. Each reports edits; choices are sent at once, text after the typing pause.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Guide, Question } from '../../../../shared/contract/fieldwork';
import type { Language } from '../../../../shared/i18n/languages';
import { levels, type Level } from '../../../../shared/template/types';
import type { AnswerForm, EditOptions } from './answer-book';
import { answerTextMax, choicesOf, parseNumber } from './answer-values';
import { TextCounter } from '../../components/TextCounter';
import { pickText, type PickedText } from '../../app/bilingual-text';
import { hyphenate } from '../../app/hyphenate';
import { useInterviewFormat } from './parts';
import { CodedTextarea } from '../coding/CodedTextarea';

export interface AnswerInputProps {
  readonly question: Question;
  readonly guide: Guide;
  readonly form: AnswerForm;
  readonly labelledBy: string;
  readonly readOnly: boolean;
  readonly onEdit: (patch: Partial<AnswerForm>, options?: EditOptions) => void;
  readonly onFlush: () => void;
  /** The answer's source id (`interview/question`): an open answer then shows its coded segments highlighted. */
  readonly codingSourceId?: string;
}

export function AnswerInput(props: AnswerInputProps) {
  switch (props.question.type) {
    case 'open':
      return <OpenInput {...props} />;
    case 'scale':
      return <ScaleInput {...props} />;
    case 'single':
      return <SingleInput {...props} />;
    case 'multi':
      return <MultiInput {...props} />;
    case 'yesno':
      return <YesNoInput {...props} />;
    case 'number':
      return <NumberInput {...props} />;
  }
}

function OpenInput(props: AnswerInputProps) {
  const { t } = useTranslation('interviews');
  const counterId = useId();
  const text = typeof props.form.value === 'string' ? props.form.value : '';
  const textarea = (
    <textarea
      className="input textarea interview-textarea-grow interview-answer-open"
      aria-labelledby={props.labelledBy}
      data-field="value"
      dir="auto"
      rows={3}
      placeholder={t('answer.answerPlaceholder')}
      aria-describedby={text.length >= answerTextMax * 0.8 ? counterId : undefined}
      value={text}
      readOnly={props.readOnly}
      onChange={(event) => props.onEdit({ value: event.target.value })}
      onBlur={props.onFlush}
    />
  );
  const counter = <TextCounter id={counterId} length={text.length} max={answerTextMax} />;
  if (!props.codingSourceId) {
    return (
      <>
        {textarea}
        {counter}
      </>
    );
  }
  return (
    <CodedTextarea kind="answer" sourceId={props.codingSourceId} field="value" value={text} codes={props.guide.codes} readOnly={props.readOnly} after={counter}>
      {textarea}
    </CodedTextarea>
  );
}

function ScaleInput(props: AnswerInputProps) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const name = useId();
  const group = useRef<HTMLDivElement>(null);
  const chosen = typeof props.form.value === 'number' ? props.form.value : null;

  function choose(level: Level) {
    if (props.readOnly) return;
    props.onEdit({ value: level }, { immediate: true });
  }

  // 1–5 pick a level while the group has focus; arrow keys are the radios' own.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const level = Number(event.key);
    if (!Number.isInteger(level) || level < 1 || level > 5) return;
    event.preventDefault();
    choose(level as Level);
    group.current?.querySelector<HTMLInputElement>(`input[value="${level}"]`)?.focus();
  }

  return (
    <div ref={group} className="interview-scale-grid" role="radiogroup" aria-labelledby={props.labelledBy} onKeyDown={onKeyDown}>
      {levels.map((level) => {
        const levelName = props.guide.levels.find((l) => l.level === level)?.name;
        const descriptor = props.question.scale[level];
        return (
          <label key={level} className={`interview-scale-card${chosen === level ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              className="interview-scale-radio"
              name={name}
              value={level}
              data-field="value"
              checked={chosen === level}
              disabled={props.readOnly}
              onChange={() => choose(level)}
            />
            <span className="interview-scale-head">
              <span className="interview-scale-level">{format.number(level)}</span>
              <span className="interview-scale-name">{levelName ? hyphenated(pickText(levelName, format.language), format.language) : t('answer.level', { level })}</span>
            </span>
            {descriptor ? (
              <span className="interview-scale-descriptor" dir="auto">
                {hyphenated(pickText(descriptor, format.language), format.language)}
              </span>
            ) : null}
          </label>
        );
      })}
    </div>
  );
}

/** A label text with soft hyphens by the rules of the language it is actually in (Dutch where untranslated). */
function hyphenated(picked: PickedText, language: Language): string {
  return hyphenate(picked.text, picked.fallbackFrom ?? language);
}

function SingleInput(props: AnswerInputProps) {
  const format = useInterviewFormat();
  const name = useId();
  const choices = choicesOf(props.question, props.guide, format.language);
  const chosen = typeof props.form.value === 'string' ? props.form.value : null;
  return (
    <div className="interview-choice-list" role="radiogroup" aria-labelledby={props.labelledBy}>
      {choices.map((choice) => (
        <label key={choice.key} className={`interview-choice-row${chosen === choice.key ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name={name}
            value={choice.key}
            data-field="value"
            checked={chosen === choice.key}
            disabled={props.readOnly}
            onChange={() => props.onEdit({ value: choice.key }, { immediate: true })}
          />
          {choice.code ? <span className="interview-choice-code">{choice.code}</span> : null}
          <span dir="auto" className="interview-choice-label">
            {hyphenate(choice.label, format.language)}
          </span>
        </label>
      ))}
    </div>
  );
}

function MultiInput(props: AnswerInputProps) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const hintId = useId();
  const choices = choicesOf(props.question, props.guide, format.language);
  const chosen = Array.isArray(props.form.value) ? props.form.value : [];
  const max = props.question.maxChoices;
  const full = max !== null && chosen.length >= max;

  function toggle(key: string, on: boolean) {
    // Keep the guide's order, so the stored list reads the same however it was ticked.
    const next = choices.map((c) => c.key).filter((k) => (k === key ? on : chosen.includes(k)));
    props.onEdit({ value: next }, { immediate: true });
  }

  return (
    <div className="interview-choice-block">
      <div className={`interview-choice-list${choices.length > 10 ? ' interview-choice-list-columns' : ''}`} role="group" aria-labelledby={props.labelledBy} aria-describedby={max !== null ? hintId : undefined}>
        {choices.map((choice) => {
          const checked = chosen.includes(choice.key);
          return (
            <label key={choice.key} className={`interview-choice-row${checked ? ' is-chosen' : ''}${full && !checked ? ' is-unavailable' : ''}`}>
              <input
                type="checkbox"
                value={choice.key}
                data-field="value"
                checked={checked}
                disabled={props.readOnly || (full && !checked)}
                onChange={(event) => toggle(choice.key, event.target.checked)}
              />
              {choice.code ? <span className="interview-choice-code">{choice.code}</span> : null}
              <span dir="auto" className="interview-choice-label">
                {hyphenate(choice.label, format.language)}
              </span>
            </label>
          );
        })}
      </div>
      {max !== null ? (
        <p id={hintId} className={`interview-choice-hint${full ? ' is-full' : ''}`}>
          {t('answer.maxChoices', { max: format.number(max), chosen: format.number(chosen.length) })}
        </p>
      ) : null}
    </div>
  );
}

function YesNoInput(props: AnswerInputProps) {
  const { t } = useTranslation('interviews');
  const name = useId();
  const chosen = typeof props.form.value === 'boolean' ? props.form.value : null;
  const options: readonly [boolean, string][] = [
    [true, t('answer.yes')],
    [false, t('answer.no')],
  ];
  return (
    <div className="interview-choice-list interview-choice-list-inline" role="radiogroup" aria-labelledby={props.labelledBy}>
      {options.map(([value, label]) => (
        <label key={label} className={`interview-choice-row interview-choice-pill${chosen === value ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name={name}
            value={String(value)}
            data-field="value"
            checked={chosen === value}
            disabled={props.readOnly}
            onChange={() => props.onEdit({ value }, { immediate: true })}
          />
          <span>{label}</span>
        </label>
      ))}
    </div>
  );
}

function NumberInput(props: AnswerInputProps) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const errorId = useId();
  const value = typeof props.form.value === 'number' ? props.form.value : null;
  const show = (n: AnswerValue) => (typeof n === 'number' ? new Intl.NumberFormat(format.locale, { useGrouping: false, maximumFractionDigits: 10 }).format(n) : '');
  const [text, setText] = useState(() => show(value));
  const reported = useRef<AnswerValue>(value);
  const invalid = Number.isNaN(parseNumber(text));
  const unit = pickText(props.question.unit, format.language).text;

  // A value set elsewhere (n.v.t. chosen, another tab) replaces the text; what is typed here stays as typed.
  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      setText(show(value));
    }
  }, [value]);

  return (
    <div className="number-answer">
      <div className="interview-number-row">
        <input
          className="input interview-number-input"
          inputMode="decimal"
          aria-labelledby={props.labelledBy}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          data-field="value"
          dir="auto"
          autoComplete="off"
          value={text}
          readOnly={props.readOnly}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const parsed = parseNumber(next);
            if (Number.isNaN(parsed)) props.onEdit({}, { invalidValue: true });
            else {
              reported.current = parsed;
              props.onEdit({ value: parsed }, { invalidValue: false });
            }
          }}
          onBlur={props.onFlush}
        />
        {unit ? <span className="interview-number-unit">{unit}</span> : null}
      </div>
      {invalid ? (
        <p id={errorId} className="field-error">
          {t('answer.numberInvalid')}
        </p>
      ) : null}
    </div>
  );
}
