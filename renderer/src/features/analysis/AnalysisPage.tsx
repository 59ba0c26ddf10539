// "Bevindingen": the analysis of the open inventory in five views (heat map, themes, quotes, side by side,
// completeness), one tab each with its own route, and the exports of answers, segments and scores.
import { CheckSquare, Columns3, Grid3x3, Quote, Tags } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { routes, routeTo } from '../../app/routes';
import { Tabs } from '../../components/Tabs';
import { CompletenessView } from './CompletenessView';
import { ExportMenu } from './ExportMenu';
import { HeatmapView } from './HeatmapView';
import { QuotesView } from './QuotesView';
import { SideBySideView } from './SideBySideView';
import { ThemesView } from './ThemesView';
import './analysis.css';

export const analysisViews = ['heatmap', 'themes', 'quotes', 'compare', 'completeness'] as const;
export type AnalysisView = (typeof analysisViews)[number];

export function isAnalysisView(value: string): value is AnalysisView {
  return (analysisViews as readonly string[]).includes(value);
}

export function AnalysisPage(props: { readonly file: OpenFile; readonly view: AnalysisView }) {
  return <AnalysisScreen key={`${props.file.path}#${props.file.inventory.id}`} file={props.file} view={props.view} />;
}

function AnalysisScreen(props: { readonly file: OpenFile; readonly view: AnalysisView }) {
  const { t } = useTranslation('analysisViews');
  const [, navigate] = useLocation();
  const readOnly = props.file.readOnly;
  const icons = { heatmap: Grid3x3, themes: Tags, quotes: Quote, compare: Columns3, completeness: CheckSquare } as const;
  return (
    <div className="page page-wide page-with-panel analysis-page">
      <header className="page-header page-header-row">
        <div>
          <h1>{t('page.title')}</h1>
          <p className="lead">{t('page.lead')}</p>
        </div>
        <div className="page-header-actions">
          <ExportMenu file={props.file} />
        </div>
      </header>
      <Tabs
        label={t('page.tabsLabel')}
        selected={props.view}
        onSelect={(view) => navigate(routeTo(routes.analysisView, view))}
        items={analysisViews.map((key) => {
          const Icon = icons[key];
          return { key, label: t(`tabs.${key}`), icon: <Icon size={16} aria-hidden /> };
        })}
      >
        {props.view === 'heatmap' ? <HeatmapView readOnly={readOnly} /> : null}
        {props.view === 'themes' ? <ThemesView /> : null}
        {props.view === 'quotes' ? <QuotesView readOnly={readOnly} /> : null}
        {props.view === 'compare' ? <SideBySideView /> : null}
        {props.view === 'completeness' ? <CompletenessView /> : null}
      </Tabs>
    </div>
  );
}
