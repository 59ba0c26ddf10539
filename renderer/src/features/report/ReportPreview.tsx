// The whole report as it will be written, rendered from the report model the docx writer uses: cover, contents,
// what is still missing, then every chapter and appendix as a page.
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../../../shared/contract/report';
import { reportText } from '../../../../shared/i18n/report';
import { Message } from '../../components/Alert';
import { chapterHeading, ReportBlocks } from './ReportBlocks';

export function ReportPreview(props: { readonly model: ReportModel }) {
  const { t } = useTranslation('report');
  const { model } = props;
  const words = reportText(model.language);
  const cover: [string, string][] = (
    [
      [words.cover.client, model.meta.client],
      [words.cover.region, model.meta.region],
      [words.cover.author, model.meta.author],
      [words.cover.date, model.meta.date],
      [words.cover.version, model.meta.version],
    ] as [string, string][]
  ).filter(([, value]) => value);
  return (
    <div className="report-preview" lang={model.language} data-testid="report-preview">
      {model.missing.length > 0 ? (
        <Message tone="warning" role="note" testId="report-missing">
          <strong>{t('preview.missing')}</strong> — {t('preview.missingLead')}
          <ul className="report-missing-list">
            {model.missing.map((m, i) => (
              <li key={i}>
                <strong>{m.chapter}:</strong> {m.text}
              </li>
            ))}
          </ul>
        </Message>
      ) : (
        <Message tone="success">{t('preview.complete')}</Message>
      )}
      <article className="report-page report-cover" aria-label={model.meta.title}>
        <h2 className="report-title">{model.meta.title}</h2>
        {model.meta.subtitle ? <p className="report-subtitle">{model.meta.subtitle}</p> : null}
        <dl className="report-cover-meta">
          {cover.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </article>
      <article className="report-page" aria-label={words.toc}>
        <h2 className="report-h1">{words.toc}</h2>
        <ol className="report-toc">
          {model.chapters.map((chapter) => (
            <li key={chapter.key}>
              <a href={`#report-${chapter.key}`}>{chapterHeading(chapter, words.appendixWord)}</a>
            </li>
          ))}
        </ol>
      </article>
      {model.chapters.map((chapter) => (
        <article key={chapter.key} className="report-page" id={`report-${chapter.key}`} aria-labelledby={`report-${chapter.key}-title`}>
          <h2 className="report-h1" id={`report-${chapter.key}-title`}>
            {chapterHeading(chapter, words.appendixWord)}
          </h2>
          <div className="report-page-body">
            <ReportBlocks blocks={chapter.blocks} missingLabel={words.missingMarker} />
          </div>
        </article>
      ))}
    </div>
  );
}
