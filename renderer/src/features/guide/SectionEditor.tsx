// The side panel that edits a section's title and introduction in both languages, saved as you type.
import { Trash } from 'lucide-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Section, SectionFields } from '../../../../shared/contract/fieldwork';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import type { Draft } from '../../app/autosave';
import { BilingualInputs } from '../../components/BilingualInputs';
import { type IssueMessage } from '../../components/IssueList';
import { SidePanel } from '../../components/SidePanel';

const maxText = 5000;

function sectionFieldsOf(section: Section): SectionFields {
  return { title: { ...section.title }, intro: { ...section.intro } };
}

function sectionDraft(values: SectionFields): Draft<SectionFields> {
  const valid: Partial<SectionFields> = {};
  const invalid: (keyof SectionFields)[] = [];
  for (const name of ['title', 'intro'] as const) {
    const value = values[name];
    if (value.nl.length > maxText || value.en.length > maxText) invalid.push(name);
    else valid[name] = { nl: value.nl, en: value.en };
  }
  return { valid, invalid };
}

export function SectionEditor(props: { readonly section: Section; readonly number: number; readonly readOnly: boolean; readonly onClose: () => void; readonly onDelete: () => void }) {
  const { t } = useTranslation('guide');
  const { section, readOnly } = props;
  const form = useForm<SectionFields>({ mode: 'onChange', defaultValues: sectionFieldsOf(section) });
  const { flush } = useAutosaveForm<SectionFields, SectionFields>({
    form,
    stored: storedRow(section, sectionFieldsOf),
    toDraft: sectionDraft,
    save: async (patch, base) => storedRow(await client.call('guide.updateSection', { id: section.id, patch, base }), sectionFieldsOf),
    labelKey: (field) => (field === 'title' ? 'guide:fields.sectionTitle' : 'guide:fields.sectionIntro'),
    readOnly,
  });
  const values = useWatch({ control: form.control }) as SectionFields;
  const tooLong = (name: keyof SectionFields): IssueMessage[] =>
    (['nl', 'en'] as const)
      .filter((language) => values[name][language].length > maxText)
      .map(() => ({ severity: 'invalid', text: t('issues.tooLong', { max: maxText }) }));
  const untitled = !values.title.nl.trim() && !values.title.en.trim();

  return (
    <SidePanel
      title={t('sectionEditor.title', { number: props.number })}
      onClose={() => {
        void flush();
        props.onClose();
      }}
      testId="section-editor"
      footer={
        <Button variant="ghost" icon={Trash} onClick={props.onDelete} disabled={readOnly} className="button-small button-danger-ghost">
          {t('sections.delete')}
        </Button>
      }
    >
      <form className="form-stack editor-form" onSubmit={(event) => event.preventDefault()} onBlur={() => void flush()} noValidate>
        <BilingualInputs
          label={t('fields.sectionTitle')}
          nl={form.register('title.nl')}
          en={form.register('title.en')}
          required
          readOnly={readOnly}
          issues={[...tooLong('title'), ...(untitled ? [{ severity: 'incomplete' as const, text: t('issues.sectionTitleMissing') }] : [])]}
          testId="section-title"
        />
        <BilingualInputs label={t('fields.sectionIntro')} hint={t('sectionEditor.introHint')} nl={form.register('intro.nl')} en={form.register('intro.en')} multiline readOnly={readOnly} issues={tooLong('intro')} />
      </form>
    </SidePanel>
  );
}
