// The report's options, saved as they are typed: the cover (title, subtitle, author, client, date, version), the
// language, how quotes are attributed, which chapters and appendices are in, and the house style.
import { zodResolver } from '@hookform/resolvers/zod';
import { BookOpen, FileCog, FileText, Palette, X } from 'lucide-react';
import { useState } from 'react';
import { Controller, useForm, type FieldError, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { appendixKeys, chapterKeys, type ReportOptions } from '../../../../shared/contract/report';
import type { Inventory } from '../../../../shared/contract/schemas';
import { reportText } from '../../../../shared/i18n/report';
import { useFieldMessage } from '../../app/field-message';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { useApp } from '../../app/AppProvider';
import { Button } from '../../components/Button';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { Message } from '../../components/Alert';
import { showUndo } from '../../components/Toast';
import { OpenFileDialog } from '../files/OpenFileDialog';
import { optionsDraft, optionsFormSchema, optionsLabelKey, optionsRules, optionsValues, toggled, type OptionsFieldName, type OptionsFormValues } from './report-form';

export function ReportOptionsForm(props: { readonly options: ReportOptions; readonly inventory: Inventory; readonly readOnly: boolean }) {
  const { t } = useTranslation('report');
  const app = useApp();
  const fieldMessage = useFieldMessage();
  const { options, readOnly } = props;
  const form = useForm<OptionsFormValues>({ resolver: zodResolver(optionsFormSchema), mode: 'onChange', defaultValues: optionsValues(options) });
  const { flush } = useAutosaveForm<OptionsFormValues, OptionsFormValues>({
    form,
    stored: storedRow(options, optionsValues),
    readOnly,
    toDraft: optionsDraft,
    save: async (patch, base) => storedRow(await client.call('report.updateOptions', { patch, base }), optionsValues),
    labelKey: optionsLabelKey,
  });
  const { register, formState, getValues } = form;
  const message = (field: OptionsFieldName) => fieldMessage(optionsRules[field], formState.errors[field] as FieldError | undefined, getValues(field));
  const text = (field: OptionsFieldName) => ({ ...register(field, { onBlur: flush }), readOnly });
  const words = reportText(form.watch('language'));
  const [styleBusy, setStyleBusy] = useState(false);
  const [styleNote, setStyleNote] = useState<string | null>(null);
  const [chooser, setChooser] = useState(false);

  /** Takes the house style from `path`; a file that is not a usable Word document is refused with the core's message. */
  async function setStyle(path: string) {
    const updated = await client.call('report.setHouseStyle', { path });
    setStyleNote(t('options.styleSet', { name: updated.houseStyleName }));
  }

  // The native open dialog in Electron; on the web host the in-app chooser, listing Word documents and templates.
  async function chooseStyle() {
    setStyleNote(null);
    try {
      const picked = await client.call('dialog.pickWordPath');
      if (!picked.native) return setChooser(true);
      if (!picked.path) return;
      setStyleBusy(true);
      await setStyle(picked.path);
    } catch (error) {
      app.showAlert(error);
    } finally {
      setStyleBusy(false);
    }
  }

  async function clearStyle() {
    setStyleBusy(true);
    setStyleNote(null);
    try {
      const name = options.houseStyleName;
      await client.call('report.clearHouseStyle');
      showUndo({ message: t('options.styleCleared', { name }), undo: async () => void (await client.call('report.restoreHouseStyle')) });
    } catch (error) {
      app.showAlert(error);
    } finally {
      setStyleBusy(false);
    }
  }

  return (
    <>
      <form className="report-options" onSubmit={(event) => event.preventDefault()} noValidate data-testid="report-options">
        <section className="card" aria-labelledby="report-cover">
          <div className="card-header">
            <h2 id="report-cover" className="card-title">
              <BookOpen size={16} aria-hidden />
              {t('options.coverHeading')}
            </h2>
          </div>
          <div className="card-body form-stack">
            <Field label={t('options.title')} hint={t('options.titleHint', { title: props.inventory.title })} error={message('title')}>
              {(control) => <input {...control} {...text('title')} className="input input-large" autoComplete="off" placeholder={props.inventory.title} />}
            </Field>
            <Field label={t('options.subtitle')} error={message('subtitle')}>
              {(control) => <input {...control} {...text('subtitle')} className="input" autoComplete="off" placeholder={readOnly ? undefined : t('options.subtitlePlaceholder')} />}
            </Field>
            <div className="form-row">
              <Field label={t('options.author')} error={message('author')}>
                {(control) => <input {...control} {...text('author')} className="input" autoComplete="off" />}
              </Field>
              <Field label={t('options.client')} hint={t('options.clientHint')} error={message('client')}>
                {(control) => <input {...control} {...text('client')} className="input" autoComplete="off" placeholder={props.inventory.client} />}
              </Field>
            </div>
            <div className="form-row">
              <Field label={t('options.reportDate')} hint={t('options.reportDateHint')} error={message('reportDate')}>
                {(control) => <FormDateField control={control} form={form.control} name="reportDate" readOnly={readOnly} onLeave={() => void flush()} />}
              </Field>
              <Field label={t('options.version')} error={message('version')}>
                {(control) => <input {...control} {...text('version')} className="input" autoComplete="off" placeholder={readOnly ? undefined : t('options.versionPlaceholder')} />}
              </Field>
            </div>
          </div>
        </section>

        <section className="card" aria-labelledby="report-content">
          <div className="card-header">
            <h2 id="report-content" className="card-title">
              <FileCog size={16} aria-hidden />
              {t('options.contentHeading')}
            </h2>
          </div>
          <div className="card-body form-stack">
            <Field label={t('options.language')}>
              {(control) => (
                <select {...control} {...register('language', { onChange: () => void flush() })} disabled={readOnly} className="input report-select">
                  <option value="nl">{t('options.languages.nl')}</option>
                  <option value="en">{t('options.languages.en')}</option>
                </select>
              )}
            </Field>
            <fieldset className="report-fieldset">
              <legend className="field-label">{t('options.quotes')}</legend>
              {(['anonymous', 'names'] as const).map((mode) => (
                <label key={mode} className="check-row">
                  <input type="radio" value={mode} {...register('quotes', { onChange: () => void flush() })} disabled={readOnly} />
                  <span className="check-row-text">
                    <span className="check-row-title">{mode === 'anonymous' ? t('options.quotesAnonymous') : t('options.quotesNames')}</span>
                    <span className="check-row-meta">{mode === 'anonymous' ? t('options.quotesAnonymousHint') : t('options.quotesNamesHint')}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="report-switch-columns">
              <SwitchList form={form} name="chaptersOff" legend={t('options.chapters')} keys={chapterKeys} labels={words.chapter} readOnly={readOnly} onChanged={() => void flush()} />
              <SwitchList form={form} name="appendicesOff" legend={t('options.appendices')} keys={appendixKeys} labels={words.appendix} readOnly={readOnly} onChanged={() => void flush()} />
            </div>
          </div>
        </section>

        <section className="card" aria-labelledby="report-style">
          <div className="card-header">
            <h2 id="report-style" className="card-title">
              <Palette size={16} aria-hidden />
              {t('options.styleHeading')}
            </h2>
            <span className="card-meta" data-testid="house-style-name">
              {options.houseStyleName ? t('options.styleCurrent', { name: options.houseStyleName }) : t('options.styleDefault')}
            </span>
          </div>
          <div className="card-body form-stack">
            <p className="field-hint">{t('options.styleLead')}</p>
            <p className="report-style-file" data-testid="house-style-file">
              <FileText size={16} aria-hidden />
              <span>{options.houseStyleName ? t('options.styleChosen', { name: options.houseStyleName }) : t('options.styleNone')}</span>
            </p>
            {readOnly ? null : (
              <div className="report-actions">
                <Button variant="secondary" icon={Palette} busy={styleBusy} onClick={() => void chooseStyle()} data-testid="house-style-choose">
                  {options.houseStyleName ? t('options.styleChooseOther') : t('options.styleChoose')}
                </Button>
                {options.houseStyleName ? (
                  <Button variant="ghost" icon={X} busy={styleBusy} onClick={() => void clearStyle()} data-testid="house-style-clear">
                    {t('options.styleClear')}
                  </Button>
                ) : null}
              </div>
            )}
            {styleNote ? (
              <Message tone="success" role="status">
                {styleNote}
              </Message>
            ) : null}
          </div>
        </section>
      </form>
      {/* Outside the options form: a form may not hold another (the chooser has its own). */}
      {chooser ? (
        <OpenFileDialog
          onClose={() => setChooser(false)}
          choose={{
            title: t('options.styleChooserTitle'),
            description: t('options.styleChooserLead'),
            submit: t('options.styleUse'),
            testId: 'house-style-dialog',
            files: 'word',
            pathPlaceholder: t('options.stylePathPlaceholder'),
            onChoose: setStyle,
          }}
        />
      ) : null}
    </>
  );
}

/** Checkboxes that switch parts of the report on; the form field holds the keys switched off. */
function SwitchList(props: {
  readonly form: UseFormReturn<OptionsFormValues>;
  readonly name: 'chaptersOff' | 'appendicesOff';
  readonly legend: string;
  readonly keys: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly readOnly: boolean;
  readonly onChanged: () => void;
}) {
  return (
    <Controller
      control={props.form.control}
      name={props.name}
      render={({ field }) => {
        const off: readonly string[] = field.value;
        return (
          <fieldset className="report-fieldset">
            <legend className="field-label">{props.legend}</legend>
            {props.keys.map((key) => (
              <label key={key} className="check-row report-check">
                <input
                  type="checkbox"
                  checked={!off.includes(key)}
                  disabled={props.readOnly}
                  onChange={(event) => {
                    field.onChange(toggled(off, key, event.target.checked));
                    props.onChanged();
                  }}
                />
                <span className="check-row-title">{props.labels[key]}</span>
              </label>
            ))}
          </fieldset>
        );
      }}
    />
  );
}
