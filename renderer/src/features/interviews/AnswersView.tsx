// The answers of one interview to read back, section by section: the value as the question's type shows it,
// "n.v.t." and "weet niet" as such (never as 0), the explanation and the notes taken at each question.
import { useTranslation } from 'react-i18next';
import type { Answer, Guide, Interview, Note, Question } from '../../../../shared/contract/fieldwork';
import type { Level } from '../../../../shared/template/types';
import { choicesOf, isAnswered, progressOf, sectionsFor } from './answer-values';
import { useContentText } from '../../components/Localized';
import { pickText } from '../../app/bilingual-text';
import { NoteItem } from './NoteItems';
import { useInterviewFormat } from './parts';
import { CodedField } from '../coding/CodedField';

export function AnswersView(props: { readonly interview: Interview; readonly guide: Guide; readonly answers: readonly Answer[]; readonly notes: readonly Note[] }) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const contentText = useContentText();
  const byQuestion = new Map(props.answers.map((a) => [a.questionId, a]));
  const sections = sectionsFor(props.guide, props.interview.respondentRoles);
  if (sections.length === 0) return <p className="interview-card-empty">{t('interview.noQuestions')}</p>;
  if (!props.answers.some((a) => isAnswered(a) || a.explanation !== '')) return <p className="interview-card-empty">{t('interview.answersEmpty')}</p>;
  return (
    <div className="interview-answers-view">
      {sections.map(({ section, questions }) => {
        const progress = progressOf(questions, (id) => isAnswered(byQuestion.get(id)));
        const headingId = `answers-${section.id}`;
        return (
          <section key={section.id} className="answers-section" aria-labelledby={headingId}>
            <div className="interview-answers-section-head">
              <h3 id={headingId} dir="auto">
                {contentText(section.title)}
              </h3>
              <span className="interview-answers-section-progress">
                {t('interview.questionOfSection', { answered: format.number(progress.answered), total: format.number(progress.total) })}
              </span>
            </div>
            <dl className="interview-answers-list">
              {questions.map((question) => {
                const answer = byQuestion.get(question.id);
                const notes = props.notes.filter((n) => n.questionId === question.id);
                return (
                  <div key={question.id} className="interview-answers-row" data-question-id={question.id}>
                    <dt>
                      <span className="interview-question-code">{question.code}</span>
                      <span dir="auto">{contentText(question.text)}</span>
                    </dt>
                    <dd>
                      <AnswerValueView question={question} guide={props.guide} answer={answer} />
                      {answer && answer.explanation.trim() !== '' ? (
                        <p className="interview-answer-explanation" dir="auto">
                          <span className="interview-answer-explanation-label">{t('interview.explanation')}: </span>
                          <CodedField kind="explanation" sourceId={`${props.interview.id}/${question.id}`} field="explanation" text={answer.explanation} codes={props.guide.codes} />
                        </p>
                      ) : null}
                      {notes.length > 0 ? (
                        <ul className="interview-note-list interview-note-list-inline">
                          {notes.map((note) => (
                            <NoteItem key={note.id} note={note} compact />
                          ))}
                        </ul>
                      ) : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}

export function AnswerValueView(props: { readonly question: Question; readonly guide: Guide; readonly answer: Answer | undefined }) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const contentText = useContentText();
  const { question, answer } = props;
  if (!answer || (answer.value === null && answer.noAnswer === null)) return <span className="interview-answer-none">{t('interview.notAnswered')}</span>;
  if (answer.noAnswer !== null) {
    return <span className="badge interview-no-answer-badge">{answer.noAnswer === 'not_applicable' ? t('answer.notApplicable') : t('answer.dontKnow')}</span>;
  }
  const value = answer.value;
  const choiceLabel = (key: string) => choicesOf(question, props.guide, format.language).find((c) => c.key === key)?.label ?? key;
  switch (question.type) {
    case 'open':
      return (
        <p className="interview-answer-text" dir="auto">
          <CodedField kind="answer" sourceId={`${answer.interviewId}/${question.id}`} field="value" text={String(value)} codes={props.guide.codes} />
        </p>
      );
    case 'scale': {
      const level = Number(value) as Level;
      const name = props.guide.levels.find((l) => l.level === level)?.name;
      const descriptor = question.scale[level];
      return (
        <div className="interview-answer-scale">
          <p className="interview-answer-scale-head">
            <span className="interview-answer-level">{format.number(level)}</span>
            {name ? <strong>{contentText(name)}</strong> : null}
          </p>
          {descriptor ? (
            <p className="interview-answer-descriptor" dir="auto">
              {pickText(descriptor, format.language).text}
            </p>
          ) : null}
        </div>
      );
    }
    case 'single':
      return <p className="interview-answer-text">{choiceLabel(String(value))}</p>;
    case 'multi':
      return (
        <ul className="chip-list">
          {(Array.isArray(value) ? value : []).map((key) => (
            <li key={key} className="chip chip-static">
              {choiceLabel(key)}
            </li>
          ))}
        </ul>
      );
    case 'yesno':
      return <p className="interview-answer-text">{value === true ? t('answer.yes') : t('answer.no')}</p>;
    case 'number': {
      const unit = pickText(question.unit, format.language).text;
      return <p className="interview-answer-text">{[format.number(Number(value)), unit].filter(Boolean).join(' ')}</p>;
    }
  }
}
