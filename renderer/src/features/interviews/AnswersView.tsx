// The answers of one interview to read back, section by section: the value as the question's type shows it,
// "n.v.t." and "weet niet" as such (never as 0), the explanation and the notes taken at each question.
import { useTranslation } from 'react-i18next';
import type { Answer, Guide, Interview, Note, Question } from '../../../../shared/contract/fieldwork';
import type { Level } from '../../../../shared/template/types';
import { choicesOf, isAnswered, localized, progressOf, sectionsFor } from './answer-values';
import { NoteItem } from './NoteItems';
import { useInterviewFormat } from './parts';

export function AnswersView(props: { readonly interview: Interview; readonly guide: Guide; readonly answers: readonly Answer[]; readonly notes: readonly Note[] }) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const byQuestion = new Map(props.answers.map((a) => [a.questionId, a]));
  const sections = sectionsFor(props.guide, props.interview.respondentRoles);
  if (sections.length === 0) return <p className="card-empty">{t('interview.noQuestions')}</p>;
  if (!props.answers.some((a) => isAnswered(a) || a.explanation !== '')) return <p className="card-empty">{t('interview.answersEmpty')}</p>;
  return (
    <div className="answers-view">
      {sections.map(({ section, questions }) => {
        const progress = progressOf(questions, (id) => isAnswered(byQuestion.get(id)));
        const headingId = `answers-${section.id}`;
        return (
          <section key={section.id} className="answers-section" aria-labelledby={headingId}>
            <div className="answers-section-head">
              <h3 id={headingId} dir="auto">
                {localized(section.title, format.language)}
              </h3>
              <span className="answers-section-progress">
                {t('interview.questionOfSection', { answered: format.number(progress.answered), total: format.number(progress.total) })}
              </span>
            </div>
            <dl className="answers-list">
              {questions.map((question) => {
                const answer = byQuestion.get(question.id);
                const notes = props.notes.filter((n) => n.questionId === question.id);
                return (
                  <div key={question.id} className="answers-row">
                    <dt>
                      <span className="question-code">{question.code}</span>
                      <span dir="auto">{localized(question.text, format.language)}</span>
                    </dt>
                    <dd>
                      <AnswerValueView question={question} guide={props.guide} answer={answer} />
                      {answer && answer.explanation.trim() !== '' ? (
                        <p className="answer-explanation" dir="auto">
                          <span className="answer-explanation-label">{t('interview.explanation')}: </span>
                          {answer.explanation}
                        </p>
                      ) : null}
                      {notes.length > 0 ? (
                        <ul className="note-list note-list-inline">
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
  const { question, answer } = props;
  if (!answer || (answer.value === null && answer.noAnswer === null)) return <span className="answer-none">{t('interview.notAnswered')}</span>;
  if (answer.noAnswer !== null) {
    return <span className="badge no-answer-badge">{answer.noAnswer === 'not_applicable' ? t('answer.notApplicable') : t('answer.dontKnow')}</span>;
  }
  const value = answer.value;
  const choiceLabel = (key: string) => choicesOf(question, props.guide, format.language).find((c) => c.key === key)?.label ?? key;
  switch (question.type) {
    case 'open':
      return (
        <p className="answer-text" dir="auto">
          {String(value)}
        </p>
      );
    case 'scale': {
      const level = Number(value) as Level;
      const name = props.guide.levels.find((l) => l.level === level)?.name;
      const descriptor = question.scale[level];
      return (
        <div className="answer-scale">
          <p className="answer-scale-head">
            <span className="answer-level">{format.number(level)}</span>
            {name ? <strong>{localized(name, format.language)}</strong> : null}
          </p>
          {descriptor ? (
            <p className="answer-descriptor" dir="auto">
              {localized(descriptor, format.language)}
            </p>
          ) : null}
        </div>
      );
    }
    case 'single':
      return <p className="answer-text">{choiceLabel(String(value))}</p>;
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
      return <p className="answer-text">{value === true ? t('answer.yes') : t('answer.no')}</p>;
    case 'number': {
      const unit = localized(question.unit, format.language);
      return <p className="answer-text">{[format.number(Number(value)), unit].filter(Boolean).join(' ')}</p>;
    }
  }
}
