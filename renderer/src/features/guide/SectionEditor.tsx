// The side panel that edits a section's title and introduction in both languages, saved as you type.
import { Trash } from 'lucide-react';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Section, SectionFields } from '../../../../shared/contract/fieldwork';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import type { Draft } from '../../app/autosave';
import { BilingualInputs, type IssueMessage } from './fields';
import { SidePanel } from './SidePanel';
import { useAutosaveForm } from './use-autosave-form';

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
  const stored = useMemo(() => ({ fields: sectionFieldsOf(section), updatedAt: section.updatedAt }), [section]);
  const { form, flush } = useAutosaveForm<SectionFields, SectionFields>({
    stored,
    toForm: (fields) => ({ title: { ...fields.title }, intro: { ...fields.intro } }),
    toDraft: sectionDraft,
    save: async (patch) => {
      const saved = await client.call('guide.updateSection', { id: section.id, patch });
      return { fields: sectionFieldsOf(saved), updatedAt: saved.updatedAt };
    },
    labelKey: (field) => (field === 'title' ? 'guide:fields.sectionTitle' : 'guide:fields.sectionIntro'),
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
        <Button variant="ghost" icon={Trash} onClick={props.onDelete} disabled={readOnly} className="button-small g-button-danger-text">
          {t('sections.delete')}
        </Button>
      }
    >
      <form className="form-stack g-editor-form" onSubmit={(event) => event.preventDefault()} onBlur={() => void flush()} noValidate>
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
