// "Interviewleidraad": the interview guide (questions), the maturity model and the codebook of the open inventory,
// as three tabs. Everything is saved as you type; deletes can be undone.
import { BookOpen, Grid3x3, ListChecks, PackageOpen } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { LoadingLine } from '../../components/LoadingLine';
import { ErrorAlert } from '../../components/Alert';
import { useFormat } from '../../i18n';
import { CodebookTab } from './CodebookTab';
import { MaturityTab } from './MaturityTab';
import { QuestionsTab } from './QuestionsTab';
import { Tabs } from '../../components/Tabs';
import { Button } from '../../components/Button';
import { ReuseDialog } from '../share/ReuseDialog';
import './guide.css';

type TabKey = 'questions' | 'maturity' | 'codebook';
const tabKeys: readonly TabKey[] = ['questions', 'maturity', 'codebook'];
const storageKey = 'inventaris.guide.tab';

const loadGuide = () => client.call('guide.get', {});

function initialTab(): TabKey {
  const stored = sessionStorage.getItem(storageKey);
  return tabKeys.find((key) => key === stored) ?? 'questions';
}

export function GuidePage(props: { readonly file: OpenFile; readonly id?: string }) {
  // Another inventory is another guide: start afresh.
  return <GuideScreen key={`${props.file.path}#${props.file.inventory.id}`} file={props.file} />;
}

function GuideScreen(props: { readonly file: OpenFile }) {
  const { t } = useTranslation('guide');
  const { t: tShare } = useTranslation('share');
  const [reusing, setReusing] = useState(false);
  const { number } = useFormat();
  const app = useApp();
  // A write that returns the guide (a move) is shown at once through `adopt`.
  const { data: guide, error, reload, replace: adopt } = useLiveData(loadGuide, ['guide']);
  const [tab, setTab] = useState<TabKey>(initialTab);
  const readOnly = props.file.readOnly;

  function select(key: TabKey) {
    setTab(key);
    sessionStorage.setItem(storageKey, key);
  }

  const questionCount = guide ? guide.sections.reduce((sum, section) => sum + section.questions.length, 0) : 0;
  return (
    <div className="page page-with-panel guide-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>{t('page.title')}</h1>
          <p className="lead">{readOnly ? t('page.subtitleReadOnly') : t('page.subtitle')}</p>
        </div>
        {readOnly ? null : (
          <Button variant="secondary" icon={PackageOpen} onClick={() => setReusing(true)} data-testid="reuse-open">
            {tShare('reuse.open')}
          </Button>
        )}
      </header>
      {reusing ? <ReuseDialog onClose={() => setReusing(false)} onImported={() => void reload()} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {!guide ? (
        !error ? (
          <LoadingLine>{t('page.loading')}</LoadingLine>
        ) : null
      ) : (
        <Tabs
          label={t('page.tabsLabel')}
          selected={tab}
          onSelect={select}
          items={[
            { key: 'questions', label: t('tabs.questions'), count: number(questionCount), icon: <ListChecks size={16} aria-hidden /> },
            { key: 'maturity', label: t('tabs.maturity'), count: number(guide.dimensions.length), icon: <Grid3x3 size={16} aria-hidden /> },
            { key: 'codebook', label: t('tabs.codebook'), count: number(guide.codes.length), icon: <BookOpen size={16} aria-hidden /> },
          ]}
        >
          {tab === 'questions' ? <QuestionsTab guide={guide} readOnly={readOnly} adopt={adopt} reload={reload} onError={app.showAlert} /> : null}
          {tab === 'maturity' ? <MaturityTab guide={guide} readOnly={readOnly} /> : null}
          {tab === 'codebook' ? <CodebookTab guide={guide} readOnly={readOnly} reload={reload} onError={app.showAlert} /> : null}
        </Tabs>
      )}
    </div>
  );
}
