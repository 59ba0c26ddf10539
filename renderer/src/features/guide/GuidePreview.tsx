// "Voorbeeld": the guide as the interviewer sees it, filtered to one respondent role: section intros, questions,
// help for the interviewer, scale descriptors and choices. Read-only; nothing here is saved.
import { Info } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide, Question } from '../../../../shared/contract/fieldwork';
import { polarityLabels, roleLabels } from '../../../../shared/i18n/domain';
import type { RespondentRole } from '../../../../shared/template/types';
import { useFormat } from '../../i18n';
import { Localized } from '../../components/Localized';
import { pickText } from '../../app/bilingual-text';
import { levels, respondentRoles, usesOptions } from './question-form';

export function questionIsFor(question: Question, role: RespondentRole | ''): boolean {
  return role === '' || question.roles.length === 0 || question.roles.includes(role);
}

export function GuidePreview(props: { readonly guide: Guide }) {
  const { t } = useTranslation('guide');
  const { language, number } = useFormat();
  const [role, setRole] = useState<RespondentRole | ''>('');
  const selectId = useId();
  const { guide } = props;
  const total = guide.sections.reduce((sum, section) => sum + section.questions.length, 0);
  const sections = guide.sections.map((section, index) => ({ section, number: index + 1, questions: section.questions.filter((question) => questionIsFor(question, role)) }));
  const shown = sections.reduce((sum, item) => sum + item.questions.length, 0);

  return (
    <div className="g-preview" data-testid="guide-preview">
      <div className="g-preview-bar">
        <div className="g-preview-role">
          <label htmlFor={selectId} className="field-label">
            {t('preview.roleLabel')}
          </label>
          <select id={selectId} className="input select" value={role} onChange={(event) => setRole(event.target.value as RespondentRole | '')}>
            <option value="">{t('preview.allRoles')}</option>
            {respondentRoles.map((item) => (
              <option key={item} value={item}>
                {roleLabels[item][language]}
              </option>
            ))}
          </select>
        </div>
        <p className="g-preview-count" role="status">
          {role ? t('preview.countForRole', { shown: number(shown), total: number(total), role: roleLabels[role][language] }) : t('preview.countAll', { count: total, total: number(total) })}
        </p>
      </div>
      <p className="g-preview-note">{t('preview.note')}</p>
      {shown === 0 ? <p className="empty-state-body g-preview-empty">{t('preview.empty')}</p> : null}
      {sections
        .filter((item) => item.questions.length > 0)
        .map(({ section, number: sectionNumber, questions }) => (
          <section key={section.id} className="g-preview-section" aria-labelledby={`preview-${section.id}`}>
            <h3 id={`preview-${section.id}`} className="g-preview-section-title">
              <span className="g-preview-section-number">{sectionNumber}</span>
              <Localized value={section.title} placeholder={t('sections.untitled')} />
            </h3>
            {section.intro.nl || section.intro.en ? (
              <p className="g-preview-intro">
                <Localized value={section.intro} />
              </p>
            ) : null}
            <ol className="g-preview-questions">
              {questions.map((question) => (
                <PreviewQuestion key={question.id} question={question} guide={guide} />
              ))}
            </ol>
          </section>
        ))}
    </div>
  );
}

function PreviewQuestion(props: { readonly question: Question; readonly guide: Guide }) {
  const { t } = useTranslation('guide');
  const { language } = useFormat();
  const { question, guide } = props;
  const codes = question.choicesFromCodebook ? guide.codes.filter((code) => code.polarity === question.choicesFromCodebook || code.polarity === 'both') : [];
  const unit = pickText(question.unit, language).text;
  return (
    <li className="g-preview-question" data-testid="preview-question" data-code={question.code}>
      <div className="g-preview-question-head">
        <span className="g-question-code">{question.code}</span>
        <p className="g-preview-question-text">
          <Localized value={question.text} placeholder={t('questions.noText')} />
        </p>
      </div>
      {question.roles.length > 0 ? <p className="g-preview-roles">{t('preview.forRoles', { roles: question.roles.map((role) => roleLabels[role][language]).join(', ') })}</p> : null}
      {question.help.nl || question.help.en ? (
        <div className="g-preview-help">
          <Info size={14} aria-hidden />
          <p>
            <span className="visually-hidden">{t('preview.helpLabel')}: </span>
            <Localized value={question.help} />
          </p>
        </div>
      ) : null}

      {question.type === 'scale' ? (
        <ol className="g-preview-scale" aria-label={t('preview.scaleLabel')}>
          {levels.map((level) => {
            const descriptor = question.scale[level];
            const name = guide.levels.find((item) => item.level === level)?.name;
            return (
              <li key={level} className="g-preview-scale-level">
                <span className="g-preview-scale-number">{level}</span>
                {name ? (
                  <span className="g-preview-scale-name">
                    <Localized value={name} />
                  </span>
                ) : null}
                <span className="g-preview-scale-text">{descriptor ? <Localized value={descriptor} /> : <span className="text-placeholder">{t('preview.noDescriptor')}</span>}</span>
              </li>
            );
          })}
        </ol>
      ) : null}

      {usesOptions(question.type) ? (
        <>
          {question.type === 'multi' ? <p className="g-preview-hint">{question.maxChoices ? t('preview.maxChoices', { count: question.maxChoices }) : t('preview.multi')}</p> : null}
          {question.choicesFromCodebook ? (
            <>
              <p className="g-preview-hint">{t('preview.fromCodebook', { polarity: polarityLabels[question.choicesFromCodebook][language].toLowerCase() })}</p>
              <ul className={`g-preview-options g-preview-options-${question.type}`}>
                {codes.map((code) => (
                  <li key={code.id}>
                    <span className="g-preview-marker" aria-hidden />
                    <span className="g-preview-option-code">{code.code}</span> <Localized value={code.label} />
                  </li>
                ))}
              </ul>
            </>
          ) : question.options.length === 0 ? (
            <p className="g-preview-problem">{t('issues.optionsMissing')}</p>
          ) : (
            <ul className={`g-preview-options g-preview-options-${question.type}`}>
              {question.options.map((option) => (
                <li key={option.key}>
                  <span className="g-preview-marker" aria-hidden />
                  <Localized value={option.label} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}

      {question.type === 'yesno' ? (
        <ul className="g-preview-options preview-options-single g-preview-inline">
          <li>
            <span className="g-preview-marker" aria-hidden />
            {t('preview.yes')}
          </li>
          <li>
            <span className="g-preview-marker" aria-hidden />
            {t('preview.no')}
          </li>
        </ul>
      ) : null}
      {question.type === 'number' ? (
        <div className="g-preview-number">
          <span className="g-preview-box" aria-hidden />
          {unit ? <span>{unit}</span> : null}
        </div>
      ) : null}
      {question.type === 'open' ? <div className="g-preview-answer">{t('preview.answer')}</div> : null}
      <div className="g-preview-footer">
        <span className="g-preview-explanation">{t('preview.explanation')}</span>
        <span className="g-preview-noanswer">{t('preview.noAnswer')}</span>
      </div>
    </li>
  );
}
