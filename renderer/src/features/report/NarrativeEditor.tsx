// The consultant's own text per chapter: a chapter list that shows where text is still to be written, a Markdown
// editor that saves as it is typed, and a preview of the formatting rendered from the same blocks as the report.
import { zodResolver } from '@hookform/resolvers/zod';
import { CircleCheck, CircleDashed, Circle } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { chapterKeys, judgementChapters, type ChapterKey, type Narrative, type ReportOptions } from '../../../../shared/contract/report';
import { reportText } from '../../../../shared/i18n/report';
import { narrativeBlocks } from '../../../../shared/report/markdown';
import { z } from '../../../../shared/zod';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { Field } from '../../components/Field';
import { Message } from '../../components/Alert';
import { ReportBlocks } from './ReportBlocks';

const bodySchema = z.object({ body: z.string().max(100_000, 'too long') }).strict();
type BodyValues = z.infer<typeof bodySchema>;

function ChapterText(props: { readonly narrative: Narrative; readonly title: string; readonly readOnly: boolean; readonly missingLabel: string }) {
  const { t } = useTranslation('report');
  const { narrative, readOnly } = props;
  const values = (n: Narrative): BodyValues => ({ body: n.body });
  const form = useForm<BodyValues>({ resolver: zodResolver(bodySchema), mode: 'onChange', defaultValues: values(narrative) });
  const { flush } = useAutosaveForm<BodyValues, BodyValues>({
    form,
    stored: storedRow(narrative, values),
    readOnly,
    toDraft: (v) => (bodySchema.shape.body.safeParse(v.body).success ? { valid: { body: v.body }, invalid: [] } : { valid: {}, invalid: ['body'] }),
    save: async (patch, base) => storedRow(await client.call('report.updateNarrative', { chapter: narrative.chapter, body: patch.body ?? '', base: base.body }), values),
    labelKey: () => 'report:texts.preview',
  });
  const body = form.watch('body');
  const blocks = narrativeBlocks(body);
  return (
    <div className="report-narrative" data-testid="narrative-editor">
      <Field label={t('texts.editorLabel', { chapter: props.title })} hint={t('texts.lead')}>
        {(control) => (
          <textarea
            {...control}
            {...form.register('body', { onBlur: flush })}
            readOnly={readOnly}
            className="input textarea report-textarea"
            rows={14}
            placeholder={readOnly ? undefined : t('texts.placeholder')}
            spellCheck
          />
        )}
      </Field>
      <section className="report-narrative-preview" aria-label={t('texts.preview')}>
        <h3 className="report-side-title">{t('texts.preview')}</h3>
        <div className="report-page-body report-page-small" data-testid="narrative-preview">
          {blocks.length > 0 ? <ReportBlocks blocks={blocks} missingLabel={props.missingLabel} /> : <p className="report-muted">{t('texts.previewEmpty')}</p>}
        </div>
      </section>
    </div>
  );
}

export function NarrativeEditor(props: { readonly narratives: readonly Narrative[]; readonly options: ReportOptions; readonly readOnly: boolean }) {
  const { t } = useTranslation('report');
  const words = reportText(props.options.language);
  const [selected, setSelected] = useState<ChapterKey>('summary');
  const narrative = props.narratives.find((n) => n.chapter === selected) ?? { chapter: selected, body: '', updatedAt: '' };
  return (
    <div className="report-texts">
      <nav className="report-chapter-list" aria-label={t('texts.chapterList')}>
        <ul>
          {chapterKeys.map((key) => {
            const written = (props.narratives.find((n) => n.chapter === key)?.body ?? '').trim() !== '';
            const needed = judgementChapters.includes(key);
            const Icon = written ? CircleCheck : needed ? CircleDashed : Circle;
            const state = written ? t('texts.hasText') : needed ? t('texts.needsText') : t('texts.optional');
            return (
              <li key={key}>
                <button
                  type="button"
                  className={`report-chapter-button${key === selected ? ' is-selected' : ''}${!written && needed ? ' is-needed' : ''}`}
                  aria-current={key === selected ? 'true' : undefined}
                  onClick={() => setSelected(key)}
                  data-testid={`chapter-${key}`}
                >
                  <Icon size={16} aria-hidden />
                  <span className="report-chapter-name">{words.chapter[key]}</span>
                  <span className="report-chapter-state">{state}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="report-texts-main">
        {props.options.chaptersOff.includes(selected) ? <Message tone="info">{t('texts.off')}</Message> : null}
        <ChapterText key={selected} narrative={narrative} title={words.chapter[selected]} readOnly={props.readOnly} missingLabel={words.missingMarker} />
      </div>
    </div>
  );
}
