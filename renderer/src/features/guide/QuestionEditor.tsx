// The side panel that edits one question, saved as you type: code, type, text and help in both languages, roles,
// maturity dimension and the parts only some types have (options, scale descriptors, maximum, unit).
import { ArrowDown, ArrowUp, FolderInput, Plus, Trash } from 'lucide-react';
import { useMemo, type KeyboardEvent } from 'react';
import { useFieldArray, useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Guide, Question } from '../../../../shared/contract/fieldwork';
import { polarityLabels, questionTypeLabels, roleLabels } from '../../../../shared/i18n/domain';
import { Button } from '../../components/Button';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { useFormat } from '../../i18n';
import { useContentText } from '../../components/Localized';
import { BilingualInputs } from '../../components/BilingualInputs';
import { IssueList, type IssueMessage } from '../../components/IssueList';
import { useIssueText } from './issue-text';
import {
  checkQuestion,
  levels,
  polarities,
  questionDraft,
  questionFieldLabelKeys,
  questionFieldsOf,
  questionFormValues,
  questionTypes,
  respondentRoles,
  uniqueKey,
  usesOptions,
  type Issue,
  type QuestionContext,
  type QuestionFormValues,
} from './question-form';
import { SidePanel } from '../../components/SidePanel';

export function QuestionEditor(props: {
  readonly question: Question;
  readonly guide: Guide;
  readonly sectionLabel: string;
  readonly readOnly: boolean;
  readonly onClose: () => void;
  readonly onDelete: () => void;
  readonly onMoveToSection: () => void;
}) {
  const { t } = useTranslation('guide');
  const { language } = useFormat();
  const contentText = useContentText();
  const issueText = useIssueText();
  const { question, guide, readOnly } = props;

  const context = useMemo<QuestionContext>(() => {
    const otherCodes = new Set<string>();
    for (const section of guide.sections) for (const other of section.questions) if (other.id !== question.id && other.code.trim()) otherCodes.add(other.code.trim());
    return { otherCodes };
  }, [guide, question.id]);

  const form = useForm<QuestionFormValues>({ mode: 'onChange', defaultValues: questionFormValues(questionFieldsOf(question)) });
  const { flush } = useAutosaveForm({
    form,
    stored: storedRow(question, questionFieldsOf),
    toForm: questionFormValues,
    toDraft: (values: QuestionFormValues) => questionDraft(values, context),
    save: async (patch, base) => storedRow(await client.call('guide.updateQuestion', { id: question.id, patch, base }), questionFieldsOf),
    labelKey: (field) => questionFieldLabelKeys[field],
    readOnly,
  });
  const values = useWatch({ control: form.control }) as QuestionFormValues;
  const issues = useMemo(() => checkQuestion(values, context), [values, context]);
  const messagesAt = (path: string, exact = false): IssueMessage[] =>
    issues.filter((issue) => (exact ? issue.path === path : issue.path === path || issue.path.startsWith(`${path}.`))).map((issue) => ({ severity: issue.severity, text: issueText(issue) }));

  const { register } = form;
  const type = values.type;
  const codebookCodes = values.choicesFromCodebook ? guide.codes.filter((code) => code.polarity === values.choicesFromCodebook || code.polarity === 'both') : [];

  return (
    <SidePanel
      title={t('editor.title', { code: values.code.trim() || t('editor.noCode') })}
      subtitle={props.sectionLabel}
      onClose={() => {
        void flush();
        props.onClose();
      }}
      testId="question-editor"
      initialFocus='[data-testid="question-text-nl"]'
      footer={
        <>
          <Button variant="ghost" icon={FolderInput} onClick={props.onMoveToSection} disabled={readOnly || guide.sections.length < 2} className="button-small">
            {t('questions.moveToSection')}
          </Button>
          <Button variant="ghost" icon={Trash} onClick={props.onDelete} disabled={readOnly} className="button-small button-danger-ghost">
            {t('questions.delete')}
          </Button>
        </>
      }
    >
      <form className="form-stack editor-form" onSubmit={(event) => event.preventDefault()} onBlur={() => void flush()} noValidate>
        <div className="g-editor-grid-2">
          <div className="field">
            <label className="field-label" htmlFor={`code-${question.id}`}>
              {t('fields.code')}
            </label>
            <input id={`code-${question.id}`} {...register('code')} readOnly={readOnly} className="input input-mono" autoComplete="off" aria-invalid={messagesAt('code').some((m) => m.severity !== 'warning') || undefined} aria-describedby={`code-${question.id}-issues`} />
            <IssueList issues={messagesAt('code')} id={`code-${question.id}-issues`} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`type-${question.id}`}>
              {t('fields.type')}
            </label>
            <select id={`type-${question.id}`} {...register('type')} disabled={readOnly} className="input select">
              {questionTypes.map((option) => (
                <option key={option} value={option}>
                  {questionTypeLabels[option][language]}
                </option>
              ))}
            </select>
          </div>
        </div>

        <BilingualInputs label={t('fields.text')} nl={register('text.nl')} en={register('text.en')} multiline required issues={messagesAt('text')} readOnly={readOnly} testId="question-text" />
        <BilingualInputs label={t('fields.help')} hint={t('editor.helpHint')} nl={register('help.nl')} en={register('help.en')} multiline issues={messagesAt('help')} readOnly={readOnly} />

        <fieldset className="field">
          <legend className="field-label">{t('fields.roles')}</legend>
          <div className="g-checkbox-grid">
            {respondentRoles.map((role) => (
              <label key={role} className="g-checkbox">
                <input type="checkbox" value={role} {...register('roles')} disabled={readOnly} />
                <span>{roleLabels[role][language]}</span>
              </label>
            ))}
          </div>
          <p className="field-hint">{values.roles.length === 0 ? t('editor.rolesAll') : t('editor.rolesHint')}</p>
        </fieldset>

        <div className="field">
          <label className="field-label" htmlFor={`dimension-${question.id}`}>
            {t('fields.dimension')}
          </label>
          <select id={`dimension-${question.id}`} {...register('dimensionId')} disabled={readOnly} className="input select g-select-wide" aria-describedby={`dimension-${question.id}-issues`}>
            <option value="">{t('editor.noDimension')}</option>
            {guide.dimensions.map((dimension) => (
              <option key={dimension.id} value={dimension.id}>
                {dimension.code} · {contentText(dimension.name)}
              </option>
            ))}
          </select>
          <IssueList issues={messagesAt('dimensionId')} id={`dimension-${question.id}-issues`} />
        </div>

        {type === 'scale' ? <ScaleFields form={form} guide={guide} readOnly={readOnly} messagesAt={messagesAt} /> : null}

        {usesOptions(type) ? (
          <section className="g-editor-section" aria-labelledby={`choices-${question.id}`}>
            <h3 className="g-editor-section-title" id={`choices-${question.id}`}>
              {t('editor.choicesHeading')}
            </h3>
            <div className="field">
              <label className="field-label" htmlFor={`codebook-${question.id}`}>
                {t('fields.choicesFromCodebook')}
              </label>
              <select id={`codebook-${question.id}`} {...register('choicesFromCodebook')} disabled={readOnly} className="input select g-select-wide">
                <option value="">{t('editor.ownOptions')}</option>
                {polarities.map((polarity) => (
                  <option key={polarity} value={polarity}>
                    {t(`editor.codebookChoice.${polarity}`, { polarity: polarityLabels[polarity][language] })}
                  </option>
                ))}
              </select>
            </div>
            {values.choicesFromCodebook ? (
              <div className="codebook-choices">
                <p className="field-hint">{t('editor.codebookCount', { count: codebookCodes.length })}</p>
                <ul className="code-chip-list">
                  {codebookCodes.map((code) => (
                    <li key={code.id} className={`code-chip code-chip-${code.polarity}`} title={contentText(code.label)}>
                      {code.code}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <OptionsFields form={form} readOnly={readOnly} messagesAt={messagesAt} />
            )}
            {type === 'multi' ? (
              <div className="field g-field-narrow">
                <label className="field-label" htmlFor={`max-${question.id}`}>
                  {t('fields.maxChoices')}
                </label>
                <input id={`max-${question.id}`} {...register('maxChoices')} readOnly={readOnly} inputMode="numeric" className="input g-input-number" placeholder={t('editor.noMaximum')} aria-describedby={`max-${question.id}-issues`} aria-invalid={messagesAt('maxChoices').some((m) => m.severity !== 'warning') || undefined} />
                <IssueList issues={messagesAt('maxChoices')} id={`max-${question.id}-issues`} />
              </div>
            ) : null}
          </section>
        ) : null}

        {type === 'number' ? <BilingualInputs label={t('fields.unit')} hint={t('editor.unitHint')} nl={register('unit.nl')} en={register('unit.en')} issues={messagesAt('unit')} readOnly={readOnly} className="field-narrow-bilingual" /> : null}
        {type === 'open' || type === 'yesno' ? <p className="g-editor-type-note">{t(`editor.typeNote.${type}`)}</p> : null}

        <p className="g-editor-snapshot-note">{t('editor.snapshotNote')}</p>
      </form>
    </SidePanel>
  );
}

type MessagesAt = (path: string, exact?: boolean) => IssueMessage[];

function ScaleFields(props: { readonly form: UseFormReturn<QuestionFormValues>; readonly guide: Guide; readonly readOnly: boolean; readonly messagesAt: MessagesAt }) {
  const { t } = useTranslation('guide');
  const contentText = useContentText();
  const { register } = props.form;
  return (
    <section className="g-editor-section" aria-labelledby="scale-heading">
      <h3 className="g-editor-section-title" id="scale-heading">
        {t('editor.scaleHeading')}
      </h3>
      <p className="field-hint">{t('editor.scaleHint')}</p>
      <IssueList issues={props.messagesAt('scale', true)} />
      <ol className="g-scale-editor">
        {levels.map((level) => {
          const name = props.guide.levels.find((item) => item.level === level)?.name;
          const label = name && contentText(name) ? t('editor.levelLabelNamed', { level, name: contentText(name) }) : t('editor.levelLabel', { level });
          return (
            <li key={level} className="scale-editor-level">
              <BilingualInputs
                label={label}
                nl={register(`scale.${level - 1}.nl`)}
                en={register(`scale.${level - 1}.en`)}
                issues={props.messagesAt(`scale.${level - 1}`)}
                readOnly={props.readOnly}
                multiline
                className="scale-level-field"
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function OptionsFields(props: { readonly form: UseFormReturn<QuestionFormValues>; readonly readOnly: boolean; readonly messagesAt: MessagesAt }) {
  const { t } = useTranslation('guide');
  const { form, readOnly, messagesAt } = props;
  const { register, getValues, setValue } = form;
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'options' });

  function takenKeys(except: number): Set<string> {
    return new Set(getValues('options').filter((_, index) => index !== except).map((option) => option.key.trim()));
  }

  function followLabel(index: number) {
    const option = getValues(`options.${index}`);
    if (!option?.autoKey) return;
    const key = uniqueKey(option.label.nl || option.label.en, takenKeys(index));
    if (key !== option.key) setValue(`options.${index}.key`, key, { shouldDirty: true });
  }

  function add() {
    const index = getValues('options').length;
    append({ key: uniqueKey('', takenKeys(-1)), label: { nl: '', en: '' }, autoKey: true }, { focusName: `options.${index}.label.nl` });
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to < 0 || to >= fields.length) return;
    move(index, to);
    // Keep the caret's field focused in its new place.
    const name = (event.target as HTMLElement).getAttribute('name')?.replace(`options.${index}.`, `options.${to}.`);
    if (name) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[name="${name}"]`)?.focus());
  }

  return (
    <div className="g-options-editor">
      {fields.length === 0 ? <p className="g-options-empty">{t('editor.optionsEmpty')}</p> : null}
      <IssueList issues={messagesAt('options', true)} />
      <ol className="g-options-list">
        {fields.map((field, index) => {
          const labelNl = register(`options.${index}.label.nl`);
          const labelEn = register(`options.${index}.label.en`);
          const key = register(`options.${index}.key`);
          const keyIssues = messagesAt(`options.${index}.key`);
          const labelIssues = messagesAt(`options.${index}.label`);
          const number = index + 1;
          return (
            <li key={field.id} className="g-option-row" onKeyDown={(event) => onRowKeyDown(event, index)} data-testid="option-row">
              <span className="g-option-number" aria-hidden>
                {number}
              </span>
              <div className="g-option-fields">
                <div className="bilingual-row">
                  <span className="lang-tag" aria-hidden>
                    NL
                  </span>
                  <input
                    {...labelNl}
                    onChange={(event) => {
                      void labelNl.onChange(event).then(() => followLabel(index));
                    }}
                    className="input"
                    readOnly={readOnly}
                    lang="nl"
                    aria-label={t('editor.optionLabel', { number, language: t('common.language.nl') })}
                    aria-invalid={labelIssues.some((m) => m.severity !== 'warning') || undefined}
                  />
                </div>
                <div className="bilingual-row">
                  <span className="lang-tag" aria-hidden>
                    EN
                  </span>
                  <input
                    {...labelEn}
                    onChange={(event) => {
                      void labelEn.onChange(event).then(() => followLabel(index));
                    }}
                    className="input"
                    readOnly={readOnly}
                    lang="en"
                    aria-label={t('editor.optionLabel', { number, language: t('common.language.en') })}
                  />
                </div>
                <div className="g-option-key-row">
                  <label className="g-option-key-label" htmlFor={`option-key-${field.id}`}>
                    {t('editor.optionKey')}
                  </label>
                  <input
                    id={`option-key-${field.id}`}
                    {...key}
                    onChange={(event) => {
                      setValue(`options.${index}.autoKey`, false);
                      void key.onChange(event);
                    }}
                    className="input input-mono g-input-small"
                    readOnly={readOnly}
                    aria-invalid={keyIssues.some((m) => m.severity !== 'warning') || undefined}
                  />
                </div>
                <IssueList issues={[...labelIssues, ...keyIssues]} />
              </div>
              <div className="g-option-actions">
                <button type="button" className="icon-button" onClick={() => move(index, index - 1)} disabled={readOnly || index === 0} aria-label={t('editor.optionUp', { number })} title={t('editor.optionUp', { number })}>
                  <ArrowUp size={15} aria-hidden />
                </button>
                <button type="button" className="icon-button" onClick={() => move(index, index + 1)} disabled={readOnly || index === fields.length - 1} aria-label={t('editor.optionDown', { number })} title={t('editor.optionDown', { number })}>
                  <ArrowDown size={15} aria-hidden />
                </button>
                <button type="button" className="icon-button g-icon-button-danger" onClick={() => remove(index)} disabled={readOnly} aria-label={t('editor.optionRemove', { number })} title={t('editor.optionRemove', { number })}>
                  <Trash size={15} aria-hidden />
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" icon={Plus} onClick={add} disabled={readOnly} className="button-small">
        {t('editor.optionAdd')}
      </Button>
      <p className="field-hint">{t('editor.optionsHint')}</p>
    </div>
  );
}

export type { Issue };
