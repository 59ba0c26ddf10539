// "Rapport": the Word report. Three tabs — settings, the consultant's texts per chapter, and a preview rendered from
// the same model as the document — beside the export card.
import { Eye, PenLine, RefreshCw, SlidersHorizontal } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadingLine } from '../../components/LoadingLine';
import { Tabs } from '../../components/Tabs';
import { ExportPanel } from './ExportPanel';
import { NarrativeEditor } from './NarrativeEditor';
import { ReportOptionsForm } from './ReportOptionsForm';
import { ReportPreview } from './ReportPreview';
import './report.css';

type Tab = 'options' | 'texts' | 'preview';

/** Everything the report is made from: a change to any of it can change the preview. */
const sources = ['report', 'inventory', 'organisations', 'respondents', 'interviews', 'answers', 'notes', 'sessions', 'recommendations', 'guide', 'segments', 'scores', 'codes'];

export function ReportPage(props: { readonly file: OpenFile }) {
  const { t } = useTranslation('report');
  const [tab, setTab] = useState<Tab>('options');
  const readOnly = props.file.readOnly;
  const options = useLiveData(() => client.call('report.getOptions'), ['report']);
  const narratives = useLiveData(() => client.call('report.getNarratives'), ['report']);
  const preview = useLiveData(() => client.call('report.preview'), sources);
  const error = options.error ?? narratives.error ?? preview.error;

  return (
    <div className="page page-wide report-page-layout" data-testid="report-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="report-layout">
        <div className="report-main">
          <Tabs
            label={t('tabsLabel')}
            items={[
              { key: 'options', label: t('tabs.options'), icon: <SlidersHorizontal size={16} aria-hidden /> },
              { key: 'texts', label: t('tabs.texts'), icon: <PenLine size={16} aria-hidden /> },
              {
                key: 'preview',
                label: t('tabs.preview'),
                icon: <Eye size={16} aria-hidden />,
                ...(preview.data && preview.data.missing.length > 0 ? { count: String(preview.data.missing.length) } : {}),
              },
            ]}
            selected={tab}
            onSelect={setTab}
          >
            {tab === 'options' ? (
              options.data ? (
                <ReportOptionsForm options={options.data} inventory={props.file.inventory} readOnly={readOnly} />
              ) : (
                <LoadingLine />
              )
            ) : null}
            {tab === 'texts' ? (
              options.data && narratives.data ? (
                <NarrativeEditor narratives={narratives.data} options={options.data} readOnly={readOnly} />
              ) : (
                <LoadingLine />
              )
            ) : null}
            {tab === 'preview' ? (
              <div className="report-preview-wrap">
                <div className="report-preview-bar">
                  <p className="field-hint">{t('preview.lead')}</p>
                  <Button variant="ghost" icon={RefreshCw} onClick={() => void preview.reload()}>
                    {t('preview.refresh')}
                  </Button>
                </div>
                {preview.data ? <ReportPreview model={preview.data} /> : <LoadingLine>{t('preview.loading')}</LoadingLine>}
              </div>
            ) : null}
          </Tabs>
        </div>
        <aside className="report-side">
          <ExportPanel missingCount={preview.data?.missing.length ?? 0} />
        </aside>
      </div>
    </div>
  );
}
