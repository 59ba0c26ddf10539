// Adds a code to the codebook: the three things a code needs (code, label, polarity); the rest is edited after.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Code, Guide } from '../../../../shared/contract/fieldwork';
import { polarities } from '../../../../shared/template/types';
import { client } from '../../bridge';
import { PolarityTag } from '../../components/PolarityTag';
import { FormDialog } from '../../components/FormDialog';
import { toErrorInfo } from '../../app/autosave';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { useCodeIssueText } from './CodeEditor';
import { checkCode, otherCodesOf, type CodeFormValues } from './code-form';
import { BilingualInputs } from '../../components/BilingualInputs';
import { IssueList } from '../../components/IssueList';

export function NewCodeDialog(props: { readonly guide: Guide; readonly onCreated: (code: Code) => void; readonly onClose: () => void }) {
  const { t } = useTranslation('guide');
  const issueText = useCodeIssueText();
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorInfo | null>(null);
  const form = useForm<CodeFormValues>({ defaultValues: { code: '', label: { nl: '', en: '' }, polarity: 'knelpunt', definition: { nl: '', en: '' }, dimensionId: '' } });
  const values = useWatch({ control: form.control }) as CodeFormValues;
  const issues = checkCode(values, otherCodesOf(props.guide.codes, null));
  // Empty fields are only pointed out after a first attempt; a duplicate or too long code at once.
  const shown = issues.filter((issue) => submitted || (issue.key !== 'codeRequired' && issue.key !== 'labelMissing'));
  const messages = (field: 'code' | 'label') => shown.filter((issue) => issue.field === field).map((issue) => ({ severity: 'invalid' as const, text: issueText(issue) }));

  async function submit() {
    setSubmitted(true);
    if (issues.length > 0) {
      form.setFocus(issues[0]!.field === 'code' ? 'code' : 'label.nl');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const created = await client.call('codes.create', {
        fields: { code: values.code.trim(), label: { nl: values.label.nl, en: values.label.en }, polarity: values.polarity, definition: { nl: '', en: '' }, dimensionId: null },
      });
      props.onCreated(created);
    } catch (error) {
      setFailure(toErrorInfo(error));
      setBusy(false);
    }
  }

  return (
    <FormDialog
      title={t('newCode.title')}
      description={t('newCode.description')}
      testId="new-code-dialog"
      formId="new-code-form"
      formClassName="form-stack"
      submitLabel={t('newCode.submit')}
      busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onClose={props.onClose}
      error={failure}
      onDismissError={() => setFailure(null)}
    >
        <div className="field g-field-code">
          <label className="field-label" htmlFor="new-code-code">
            {t('fields.codeCode')}
            <span className="field-required" aria-hidden>
              *
            </span>
          </label>
          <input id="new-code-code" {...form.register('code')} className="input input-mono" autoComplete="off" placeholder={t('newCode.codePlaceholder')} aria-invalid={messages('code').length > 0 || undefined} aria-describedby="new-code-code-issues" data-autofocus />
          <IssueList issues={messages('code')} id="new-code-code-issues" />
        </div>
        <BilingualInputs label={t('fields.codeLabel')} nl={form.register('label.nl')} en={form.register('label.en')} required issues={messages('label')} />
        <fieldset className="field">
          <legend className="field-label">{t('fields.polarity')}</legend>
          <div className="g-polarity-choice">
            {polarities.map((polarity) => (
              <label key={polarity} className={`g-polarity-option g-polarity-option-${polarity}`}>
                <input type="radio" value={polarity} {...form.register('polarity')} />
                <PolarityTag polarity={polarity} />
              </label>
            ))}
          </div>
        </fieldset>
    </FormDialog>
  );
}
