// The side panel that edits a codebook code, saved as you type: code, label, polarity, dimension and definition.
import { Trash } from 'lucide-react';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Code, Guide } from '../../../../shared/contract/fieldwork';
import { polarities } from '../../../../shared/template/types';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { PolarityTag } from '../../components/PolarityTag';
import { useContentText } from '../../components/Localized';
import { checkCode, codeDraft, codeEditOf, codeFieldLabelKeys, codeFormOf, otherCodesOf, type CodeEdit, type CodeFormValues, type CodeIssue } from './code-form';
import { BilingualInputs } from '../../components/BilingualInputs';
import { IssueList, type IssueMessage } from '../../components/IssueList';
import { SidePanel } from '../../components/SidePanel';

export function useCodeIssueText(): (issue: CodeIssue) => string {
  const { t } = useTranslation('guide');
  return (issue) => (issue.key === 'tooLong' ? t('issues.tooLong', { max: issue.max ?? 0 }) : t(`codeIssues.${issue.key}`));
}

export function CodeEditor(props: { readonly code: Code; readonly guide: Guide; readonly readOnly: boolean; readonly onClose: () => void; readonly onDelete: () => void }) {
  const { t } = useTranslation('guide');
  const contentText = useContentText();
  const issueText = useCodeIssueText();
  const { code, guide, readOnly } = props;
  const otherCodes = useMemo(() => otherCodesOf(guide.codes, code.id), [guide.codes, code.id]);
  const form = useForm<CodeFormValues>({ mode: 'onChange', defaultValues: codeFormOf(codeEditOf(code)) });
  const { flush } = useAutosaveForm<CodeEdit, CodeFormValues>({
    form,
    stored: storedRow(code, codeEditOf),
    toForm: codeFormOf,
    toDraft: (values) => codeDraft(values, otherCodes),
    save: async (patch, base) => storedRow(await client.call('codes.update', { id: code.id, patch, base }), codeEditOf),
    labelKey: (field) => codeFieldLabelKeys[field],
    readOnly,
  });
  const values = useWatch({ control: form.control }) as CodeFormValues;
  const issues = checkCode(values, otherCodes);
  const messages = (field: CodeIssue['field']): IssueMessage[] => issues.filter((issue) => issue.field === field).map((issue) => ({ severity: 'invalid', text: issueText(issue) }));
  const codeMessages = messages('code');

  return (
    <SidePanel
      title={t('codeEditor.title', { code: values.code.trim() || code.code })}
      onClose={() => {
        void flush();
        props.onClose();
      }}
      testId="code-editor"
      footer={
        <Button variant="ghost" icon={Trash} onClick={props.onDelete} disabled={readOnly} className="button-small button-danger-ghost">
          {t('codebook.delete')}
        </Button>
      }
    >
      <form className="form-stack editor-form" onSubmit={(event) => event.preventDefault()} onBlur={() => void flush()} noValidate>
        <div className="field g-field-code">
          <label className="field-label" htmlFor={`code-code-${code.id}`}>
            {t('fields.codeCode')}
            <span className="field-required" aria-hidden>
              *
            </span>
          </label>
          <input id={`code-code-${code.id}`} {...form.register('code')} readOnly={readOnly} className="input input-mono" autoComplete="off" aria-invalid={codeMessages.length > 0 || undefined} aria-describedby={`code-code-${code.id}-issues`} />
          <IssueList issues={codeMessages} id={`code-code-${code.id}-issues`} />
        </div>
        <BilingualInputs label={t('fields.codeLabel')} nl={form.register('label.nl')} en={form.register('label.en')} required readOnly={readOnly} issues={messages('label')} />
        <fieldset className="field">
          <legend className="field-label">{t('fields.polarity')}</legend>
          <div className="g-polarity-choice">
            {polarities.map((polarity) => (
              <label key={polarity} className={`g-polarity-option g-polarity-option-${polarity}`}>
                <input type="radio" value={polarity} {...form.register('polarity')} disabled={readOnly} />
                <PolarityTag polarity={polarity} />
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={`code-dimension-${code.id}`}>
            {t('fields.dimension')}
          </label>
          <select id={`code-dimension-${code.id}`} {...form.register('dimensionId')} disabled={readOnly} className="input select g-select-wide">
            <option value="">{t('editor.noDimension')}</option>
            {guide.dimensions.map((dimension) => (
              <option key={dimension.id} value={dimension.id}>
                {dimension.code} · {contentText(dimension.name)}
              </option>
            ))}
          </select>
        </div>
        <BilingualInputs label={t('fields.definition')} hint={t('codeEditor.definitionHint')} nl={form.register('definition.nl')} en={form.register('definition.en')} multiline readOnly={readOnly} issues={messages('definition')} />
      </form>
    </SidePanel>
  );
}
