// A maturity dimension in a dialog: code, name, description and the descriptor of each level, in Dutch and
// English, saved as you type; it also lists the questions that feed the dimension.
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Dimension, DimensionFields, Guide } from '../../../../shared/contract/fieldwork';
import type { Level } from '../../../../shared/template/types';
import type { Draft } from '../../app/autosave';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { Dialog, DialogCloseButton } from '../../components/Dialog';
import { Localized, useContentText } from '../../components/Localized';
import { type BilingualText } from '../../app/bilingual-text';
import { BilingualInputs } from '../../components/BilingualInputs';
import { IssueList, type IssueMessage } from '../../components/IssueList';
import { levels } from './question-form';

type DimensionEdit = Omit<DimensionFields, 'position'>;
interface DimensionFormValues {
  code: string;
  name: BilingualText;
  description: BilingualText;
  descriptors: BilingualText[];
}

const maxText = 5000;
const empty = { nl: '', en: '' };

function fieldsOf(dimension: Dimension): DimensionEdit {
  return { code: dimension.code, name: { ...dimension.name }, description: { ...dimension.description }, descriptors: dimension.descriptors };
}

function formOf(fields: DimensionEdit): DimensionFormValues {
  return { code: fields.code, name: { ...fields.name }, description: { ...fields.description }, descriptors: levels.map((level) => ({ ...(fields.descriptors[level] ?? empty) })) };
}

const long = (text: BilingualText) => text.nl.length > maxText || text.en.length > maxText;

function draftOf(values: DimensionFormValues): Draft<DimensionEdit> {
  const valid: Partial<DimensionEdit> = {};
  const invalid: (keyof DimensionEdit)[] = [];
  const code = values.code.trim();
  if (code && code.length <= 20) valid.code = code;
  else invalid.push('code');
  for (const name of ['name', 'description'] as const) {
    if (long(values[name])) invalid.push(name);
    else valid[name] = { nl: values[name].nl, en: values[name].en };
  }
  if (values.descriptors.some(long)) invalid.push('descriptors');
  else {
    const descriptors: Partial<Record<Level, BilingualText>> = {};
    levels.forEach((level) => {
      const text = values.descriptors[level - 1];
      if (text && (text.nl || text.en)) descriptors[level] = { nl: text.nl, en: text.en };
    });
    valid.descriptors = descriptors;
  }
  return { valid, invalid };
}

const labelKeys: Readonly<Record<keyof DimensionEdit, string>> = {
  code: 'guide:fields.dimensionCode',
  name: 'guide:fields.dimensionName',
  description: 'guide:fields.dimensionDescription',
  descriptors: 'guide:fields.descriptors',
};

export function DimensionEditor(props: { readonly dimension: Dimension; readonly guide: Guide; readonly readOnly: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation('guide');
  const contentText = useContentText();
  const { dimension, guide, readOnly } = props;
  const form = useForm<DimensionFormValues>({ mode: 'onChange', defaultValues: formOf(fieldsOf(dimension)) });
  const { flush, closeGuard } = useAutosaveForm<DimensionEdit, DimensionFormValues>({
    form,
    stored: storedRow(dimension, fieldsOf),
    toForm: formOf,
    toDraft: draftOf,
    save: async (patch) => storedRow(await client.call('guide.updateDimension', { id: dimension.id, patch }), fieldsOf),
    labelKey: (field) => labelKeys[field],
    readOnly,
  });
  const values = useWatch({ control: form.control }) as DimensionFormValues;
  const tooLong = (text: BilingualText | undefined): IssueMessage[] => (text && long(text) ? [{ severity: 'invalid', text: t('issues.tooLong', { max: maxText }) }] : []);
  const codeIssues: IssueMessage[] = !values.code.trim() ? [{ severity: 'invalid', text: t('issues.dimensionCodeMissing') }] : values.code.trim().length > 20 ? [{ severity: 'invalid', text: t('issues.tooLong', { max: 20 }) }] : [];
  const fed = guide.sections.flatMap((section) => section.questions).filter((question) => question.dimensionId === dimension.id);
  const close = () => {
    void flush();
    props.onClose();
  };

  return (
    <Dialog
      title={t('dimensionEditor.title', { code: values.code.trim() || dimension.code, name: contentText(values.name) })}
      description={t('dimensionEditor.description')}
      onClose={close}
      closeGuard={closeGuard}
      size="large"
      testId="dimension-editor"
      footer={<DialogCloseButton variant="primary">{t('common.done')}</DialogCloseButton>}
    >
      <form className="form-stack editor-form" onSubmit={(event) => event.preventDefault()} onBlur={() => void flush()} noValidate>
        <div className="g-dimension-form-top">
          <div className="field g-field-code">
            <label className="field-label" htmlFor={`dimension-code-${dimension.id}`}>
              {t('fields.dimensionCode')}
            </label>
            <input id={`dimension-code-${dimension.id}`} {...form.register('code')} readOnly={readOnly} className="input input-mono" autoComplete="off" aria-invalid={codeIssues.length > 0 || undefined} />
            <IssueList issues={codeIssues} />
          </div>
          <BilingualInputs label={t('fields.dimensionName')} nl={form.register('name.nl')} en={form.register('name.en')} readOnly={readOnly} issues={tooLong(values.name)} />
        </div>
        <BilingualInputs label={t('fields.dimensionDescription')} nl={form.register('description.nl')} en={form.register('description.en')} multiline readOnly={readOnly} issues={tooLong(values.description)} />
        <section className="g-editor-section" aria-labelledby={`descriptors-${dimension.id}`}>
          <h3 className="g-editor-section-title" id={`descriptors-${dimension.id}`}>
            {t('dimensionEditor.descriptorsHeading')}
          </h3>
          <ol className="g-descriptor-grid">
            {levels.map((level) => {
              const name = guide.levels.find((item) => item.level === level)?.name;
              const label = name && contentText(name) ? t('editor.levelLabelNamed', { level, name: contentText(name) }) : t('editor.levelLabel', { level });
              return (
                <li key={level} className={`descriptor-level g-descriptor-level-${level}`}>
                  <BilingualInputs label={label} nl={form.register(`descriptors.${level - 1}.nl`)} en={form.register(`descriptors.${level - 1}.en`)} multiline readOnly={readOnly} issues={tooLong(values.descriptors[level - 1])} testId={`descriptor-${level}`} />
                </li>
              );
            })}
          </ol>
        </section>
        <section className="g-editor-section" aria-labelledby={`fed-${dimension.id}`}>
          <h3 className="g-editor-section-title" id={`fed-${dimension.id}`}>
            {t('dimensionEditor.fedHeading', { count: fed.length })}
          </h3>
          {fed.length === 0 ? (
            <p className="field-hint">{t('dimensionEditor.fedNone')}</p>
          ) : (
            <ul className="g-fed-list">
              {fed.map((question) => (
                <li key={question.id}>
                  <span className="g-question-code">{question.code}</span>
                  <Localized value={question.text} placeholder={t('questions.noText')} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </form>
    </Dialog>
  );
}
