// One question in interview mode: code, text (UI language, Dutch where untranslated), collapsible help, the
// answer control, "n.v.t. / weet niet", the explanation, and the notes captured at this question.
import { CircleHelp, Eraser } from 'lucide-react';
import { memo, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide, Note, Question } from '../../../../shared/contract/fieldwork';
import type { AnswerForm, EditOptions } from './answer-book';
import { AnswerInput } from './AnswerInputs';
import { answerTextMax, type NoAnswer } from './answer-values';
import { TextCounter } from '../../components/TextCounter';
import { useContentText } from '../../components/Localized';
import { NoteItem } from './NoteItems';
import { CodedTextarea } from '../coding/CodedTextarea';
import { useInterviewFormat, useLabels } from './parts';
import { ariaKeys, comboText, questionShortcuts } from './shortcuts';

export interface QuestionCardProps {
  readonly question: Question;
  readonly guide: Guide;
  readonly form: AnswerForm;
  readonly notes: readonly Note[];
  readonly current: boolean;
  readonly readOnly: boolean;
  /** The note composer, when it is open at this question. */
  readonly composer: ReactNode;
  readonly onEdit: (questionId: string, patch: Partial<AnswerForm>, options?: EditOptions) => void;
  /** An edit that throws away an answer (clearing it, or "n.v.t." over a value): sent at once and offered for undo. */
  readonly onDiscardingEdit: (questionId: string, patch: Partial<AnswerForm>, message: string) => void;
  readonly onFlush: (questionId: string) => void;
  readonly onFocusQuestion: (questionId: string) => void;
  readonly onDeleteNote: (note: Note) => void;
  /** The interview, so coded segments of the answer and explanation are highlighted in them and listed under them. */
  readonly interviewId?: string;
}

export const QuestionCard = memo(function QuestionCard(props: QuestionCardProps) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const contentText = useContentText();
  const labels = useLabels();
  const [helpOpen, setHelpOpen] = useState(false);
  const id = useId();
  const { question, form } = props;
  const textId = `${id}-text`;
  const helpId = `${id}-help`;
  const explanationId = `${id}-explanation`;
  const text = contentText(question.text);
  const untranslated = question.text[format.language].trim() === '' && format.language !== 'nl';
  const help = contentText(question.help);
  const code = question.code || '–';
  const onEdit = (patch: Partial<AnswerForm>, options?: EditOptions) => props.onEdit(question.id, patch, options);
  const onFlush = () => props.onFlush(question.id);
  const hasValue = form.value !== null;
  const card = useRef<HTMLDivElement>(null);

  function toggleNoAnswer(kind: NoAnswer) {
    const next = form.noAnswer === kind ? null : kind;
    if (next !== null && hasValue) {
      const choice = kind === 'not_applicable' ? t('answer.notApplicable') : t('answer.dontKnow');
      props.onDiscardingEdit(question.id, { noAnswer: next }, t('answer.replacedByNoAnswer', { choice, code }));
    } else onEdit({ noAnswer: next }, { immediate: true });
  }

  function clear() {
    // The button goes away with the value: keep the focus in this question, on its answer.
    card.current?.querySelector<HTMLElement>('[data-field="value"]:not([disabled])')?.focus();
    props.onDiscardingEdit(question.id, { value: null }, t('answer.cleared', { code }));
  }

  const explanationField = (
    <textarea
      id={explanationId}
      className="input textarea interview-textarea-grow interview-explanation-input"
      data-field="explanation"
      dir="auto"
      rows={1}
      placeholder={t('answer.explanationPlaceholder')}
      value={form.explanation}
      readOnly={props.readOnly}
      onChange={(event) => onEdit({ explanation: event.target.value })}
      onBlur={onFlush}
    />
  );

  return (
    <div
      ref={card}
      role="group"
      className={`interview-question-card${props.current ? ' is-current' : ''}${form.noAnswer ? ' is-no-answer' : ''}`}
      aria-labelledby={textId}
      data-question-id={question.id}
      data-question-code={question.code}
      data-testid="question"
      onFocus={() => props.onFocusQuestion(question.id)}
    >
      <div className="interview-question-head">
        <span className="interview-question-code" aria-hidden>
          {code}
        </span>
        <h3 id={textId} className="interview-question-text" dir="auto" lang={untranslated ? 'nl' : undefined}>
          <span className="visually-hidden">{code} </span>
          {text}
        </h3>
        <div className="interview-question-tags">
          {form.noAnswer ? <span className="badge interview-no-answer-badge">{form.noAnswer === 'not_applicable' ? t('answer.notApplicable') : t('answer.dontKnow')}</span> : null}
          {question.roles.length > 0 ? <span className="interview-role-tag">{question.roles.map((r) => labels.role(r)).join(' · ')}</span> : null}
          {help.trim() !== '' ? (
            <button
              type="button"
              className={`interview-help-toggle${helpOpen ? ' is-open' : ''}`}
              data-action="help"
              tabIndex={-1}
              title={`${t('answer.help')} (${comboText(questionShortcuts.help)})`}
              aria-keyshortcuts={ariaKeys(questionShortcuts.help)}
              aria-expanded={helpOpen}
              aria-controls={helpId}
              aria-label={t('answer.helpFor', { code })}
              onClick={() => setHelpOpen(!helpOpen)}
            >
              <CircleHelp size={14} aria-hidden />
              <span>{t('answer.help')}</span>
            </button>
          ) : null}
        </div>
      </div>
      {help.trim() !== '' ? (
        <p id={helpId} className="interview-question-help" dir="auto" hidden={!helpOpen}>
          {help}
        </p>
      ) : null}

      <div className="interview-question-answer">
        <AnswerInput
          question={question}
          guide={props.guide}
          form={form}
          labelledBy={textId}
          readOnly={props.readOnly}
          onEdit={onEdit}
          onFlush={onFlush}
          codingSourceId={props.interviewId ? `${props.interviewId}/${question.id}` : undefined}
        />
      </div>

      <div className="interview-question-footer">
        <div className="interview-no-answer" role="group" aria-label={t('answer.noAnswerGroup', { code })}>
          {/* Out of the Tab order, so Tab goes from answer field to answer field; each has its own shortcut. */}
          <button
            type="button"
            className="interview-toggle-chip"
            data-action="not_applicable"
            tabIndex={-1}
            aria-pressed={form.noAnswer === 'not_applicable'}
            aria-keyshortcuts={ariaKeys(questionShortcuts.notApplicable)}
            title={`${t('answer.notApplicable')} (${comboText(questionShortcuts.notApplicable)})`}
            disabled={props.readOnly}
            onClick={() => toggleNoAnswer('not_applicable')}
          >
            {t('answer.notApplicable')}
          </button>
          <button
            type="button"
            className="interview-toggle-chip"
            data-action="dont_know"
            tabIndex={-1}
            aria-pressed={form.noAnswer === 'dont_know'}
            aria-keyshortcuts={ariaKeys(questionShortcuts.dontKnow)}
            title={`${t('answer.dontKnow')} (${comboText(questionShortcuts.dontKnow)})`}
            disabled={props.readOnly}
            onClick={() => toggleNoAnswer('dont_know')}
          >
            {t('answer.dontKnow')}
          </button>
          {hasValue && question.type !== 'open' && question.type !== 'number' && !props.readOnly ? (
            <button
              type="button"
              className="interview-toggle-chip interview-toggle-chip-quiet"
              data-action="clear"
              tabIndex={-1}
              aria-keyshortcuts={ariaKeys(questionShortcuts.clear)}
              title={`${t('answer.clear')} (${comboText(questionShortcuts.clear)})`}
              onClick={clear}
              aria-label={t('answer.clearFor', { code })}
            >
              <Eraser size={12} aria-hidden />
              <span>{t('answer.clear')}</span>
            </button>
          ) : null}
        </div>
      </div>

      <div className="interview-question-explanation">
        <label htmlFor={explanationId} className="interview-explanation-label">
          {t('answer.explanation')}
          <span className="visually-hidden"> {t('answer.explanationSuffix', { code })}</span>
        </label>
        {props.interviewId ? (
          <CodedTextarea
            kind="explanation"
            sourceId={`${props.interviewId}/${question.id}`}
            field="explanation"
            value={form.explanation}
            codes={props.guide.codes}
            readOnly={props.readOnly}
            after={<TextCounter length={form.explanation.length} max={answerTextMax} />}
          >
            {explanationField}
          </CodedTextarea>
        ) : (
          <>
            {explanationField}
            <TextCounter length={form.explanation.length} max={answerTextMax} />
          </>
        )}
      </div>

      {props.notes.length > 0 ? (
        <ul className="interview-note-list interview-note-list-inline" aria-label={t('conduct.notesHeading')}>
          {props.notes.map((note) => (
            <NoteItem key={note.id} note={note} compact untabbable onDelete={props.readOnly ? undefined : () => props.onDeleteNote(note)} />
          ))}
        </ul>
      ) : null}
      {props.composer}
    </div>
  );
});

/**
 * A question of the section that is for another role than this interview's respondents: shown as one quiet line, so
 * the numbering reads whole (8.1, 8.2, 8.3 for policy, 8.4) and the codes stay those of the guide and the report.
 */
export function OtherRoleQuestion(props: { readonly question: Question }) {
  const { t } = useTranslation('interviews');
  const contentText = useContentText();
  const labels = useLabels();
  const { question } = props;
  const roles = question.roles.map((r) => labels.role(r)).join(' · ');
  return (
    <div className="interview-question-other-role" data-testid="other-role-question" data-question-code={question.code}>
      <span className="interview-question-code" aria-hidden>
        {question.code || '–'}
      </span>
      <p className="interview-question-other-role-text">
        <span className="visually-hidden">{question.code} </span>
        <span className="interview-question-other-role-title" dir="auto">
          {contentText(question.text)}
        </span>
        <span className="interview-question-other-role-note">{t('answer.otherRole', { roles })}</span>
      </p>
    </div>
  );
}
