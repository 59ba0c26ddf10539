// Themes: the top knelpunten and kansen overall and per role (procurement vs policy), a chart of the top ones split
// by role, and the code × organisation matrix with per code the number of organisations that mention it. Every
// count is a button that opens the mentions behind it.
import { Tags } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildStackedBars } from '../../../../shared/charts';
import type { MentionQuery, ScoreRole, Theme, Themes } from '../../../../shared/contract/analysis';
import type { Guide } from '../../../../shared/contract/fieldwork';
import { roleLabels } from '../../../../shared/i18n/domain';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { LoadingLine } from '../../components/LoadingLine';
import { useFormat } from '../../i18n';
import { codeColour } from '../coding/CodedText';
import { analysisEntities, inLanguage } from './analysis-data';
import { ChartFigure } from './ChartFigure';
import { MentionsPanel } from './MentionsPanel';

const topCount = 5;

interface ThemesData {
  readonly themes: Themes;
  readonly guide: Guide;
}

interface Opened {
  readonly filter: MentionQuery;
  readonly title: string;
  readonly subtitle?: string;
}

export function ThemesView() {
  const { t } = useTranslation('analysisViews');
  const [role, setRole] = useState<ScoreRole | null>(null);
  const load = useCallback(async (): Promise<ThemesData> => {
    const [themes, guide] = await Promise.all([client.call('analysis.themes', role ? { role } : {}), client.call('guide.get', {})]);
    return { themes, guide };
  }, [role]);
  const { data, error } = useLiveData(load, analysisEntities, role ?? 'all');
  return (
    <div className="analysis-view" data-testid="themes-view">
      {error ? <ErrorAlert error={error} /> : null}
      {data ? <ThemesBody data={data} role={role} setRole={setRole} /> : !error ? <LoadingLine>{t('themes.loading')}</LoadingLine> : null}
    </div>
  );
}

function ThemesBody(props: { readonly data: ThemesData; readonly role: ScoreRole | null; readonly setRole: (role: ScoreRole | null) => void }) {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { language } = format;
  const { themes, guide } = props.data;
  const [opened, setOpened] = useState<Opened | null>(null);
  const byId = useMemo(() => new Map(themes.codes.map((code) => [code.codeId, code])), [themes.codes]);
  const cells = useMemo(() => new Map(themes.cells.map((c) => [`${c.codeId}:${c.organisationId}`, c.segments])), [themes.cells]);
  const guideCodes = useMemo(() => new Map(guide.codes.map((c) => [c.id, c])), [guide.codes]);
  const label = (theme: Theme) => {
    const code = guideCodes.get(theme.codeId);
    return code ? inLanguage(code.label, language) : theme.label;
  };

  const open = (filter: MentionQuery, title: string, subtitle?: string) => setOpened({ filter, title, subtitle });
  const roleFilter = props.role ? { role: props.role } : {};
  const mentioned = themes.codes.filter((c) => c.segments > 0);
  const ranked = [...themes.codes].sort((a, b) => b.organisations - a.organisations || b.segments - a.segments || a.code.localeCompare(b.code));

  if (themes.codes.length === 0) {
    return (
      <EmptyState compact icon={Tags} title={t('themes.emptyTitle')}>
        {t('themes.emptyNoCodes')}
      </EmptyState>
    );
  }

  const topChart = (ids: readonly string[], title: string, as: (theme: Theme) => Theme['asKnelpunt']) =>
    buildStackedBars({
      title,
      description: t('themes.chartDescription'),
      locale: format.locale,
      width: 560,
      tableColumns: [t('themes.code'), t('themes.total')],
      emptyText: t('themes.noneYet'),
      series: [
        { id: 'procurement', label: roleLabels.procurement[language], colour: '#0072B2' },
        { id: 'policy', label: roleLabels.policy[language], colour: '#E69F00' },
      ],
      bars: ids
        .slice(0, topCount)
        .map((id) => byId.get(id))
        .filter((theme): theme is Theme => theme !== undefined)
        .map((theme) => ({ id: theme.codeId, label: `${theme.code} ${label(theme)}`, values: [as(theme).byRole.procurement.segments, as(theme).byRole.policy.segments] })),
    });

  return (
    <div className={`split${opened ? ' split-open' : ''}`}>
      <div className="split-main">
        <div className="themes-top-grid">
          {(['knelpunten', 'kansen'] as const).map((polarity) => {
            // A code of polarity 'both' counts here only where its context makes it a knelpunt (a kans); the counts
            // and the mentions they open are those, for all roles and per role.
            const lean = polarity === 'knelpunten' ? 'knelpunt' : 'kans';
            const as = (theme: Theme) => (lean === 'knelpunt' ? theme.asKnelpunt : theme.asKans);
            const countedAs = t(`themes.countedAs.${lean}`);
            return (
              <section key={polarity} className="card analysis-card themes-top" data-testid={`top-${polarity}`}>
                <h2 className="analysis-card-title">{t(`themes.top.${polarity}`)}</h2>
                <div className="themes-top-columns">
                  {([null, 'procurement', 'policy'] as const).map((role) => {
                    const counted = (theme: Theme) => (role ? as(theme).byRole[role] : as(theme));
                    const heading = role ? roleLabels[role][language] : t('themes.overall');
                    return (
                      <TopList
                        key={role ?? 'all'}
                        heading={heading}
                        ids={role ? themes.top[role][polarity] : themes.top[polarity]}
                        themes={byId}
                        label={label}
                        count={(theme) => counted(theme).segments}
                        countLabel={(theme) => t('themes.organisationsShort', { count: counted(theme).organisations, shown: format.number(counted(theme).organisations) })}
                        detail={(theme) => t('themes.mentionsShort', { count: counted(theme).segments, shown: format.number(counted(theme).segments) })}
                        onOpen={(theme) => open({ codeId: theme.codeId, lean, ...(role ? { role } : {}) }, `${theme.code} ${label(theme)}`, `${heading} · ${countedAs}`)}
                        testId={`top-${polarity}-${role ?? 'overall'}`}
                      />
                    );
                  })}
                </div>
                <ChartFigure chart={topChart(themes.top[polarity], t(`themes.chartTitle.${polarity}`), as)} caption={t(`themes.chartTitle.${polarity}`)} />
              </section>
            );
          })}
        </div>

        <section className="card analysis-card themes-matrix-card">
          <div className="analysis-card-head">
            <div>
              <h2 className="analysis-card-title">{t('themes.matrixTitle')}</h2>
              <p className="analysis-card-lead">{t('themes.matrixLead', { codes: format.number(mentioned.length), organisations: format.number(themes.organisations.length) })}</p>
            </div>
            <div className="segmented" role="group" aria-label={t('themes.roleLabel')}>
              {([null, 'procurement', 'policy'] as const).map((role) => (
                <button key={role ?? 'all'} type="button" className="segmented-item analysis-segmented-item" aria-pressed={props.role === role} onClick={() => props.setRole(role)} data-testid={`themes-role-${role ?? 'all'}`}>
                  {role ? roleLabels[role][language] : t('themes.allRoles')}
                </button>
              ))}
            </div>
          </div>
          <div className="table-scroll">
            <table className="themes-matrix" data-testid="themes-matrix">
              <caption className="visually-hidden">{t('themes.matrixTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="themes-matrix-code-col">
                    {t('themes.code')}
                  </th>
                  <th scope="col" className="themes-matrix-num">
                    {t('themes.organisations')}
                  </th>
                  <th scope="col" className="themes-matrix-num">
                    {t('themes.mentions')}
                  </th>
                  {themes.organisations.map((organisation) => (
                    <th key={organisation.id} scope="col" className="themes-matrix-org" title={organisation.name}>
                      <span className="themes-matrix-org-name">{organisation.name}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ranked.map((theme) => {
                  const name = `${theme.code} ${label(theme)}`;
                  return (
                    <tr key={theme.codeId} data-testid="themes-row" data-code={theme.code}>
                      <th scope="row" className="themes-matrix-code">
                        <span className="polarity-swatch" style={{ background: codeColour({ code: theme.code, label: theme.label, colour: theme.colour }) }} aria-hidden />
                        <span className="code-mono">{theme.code}</span> <span className="themes-matrix-label">{label(theme)}</span>
                        <span className={`tag tag-${theme.polarity} themes-matrix-polarity`}>{t(`themes.polarity.${theme.polarity}`)}</span>
                      </th>
                      <td className="themes-matrix-num">
                        <CountButton value={theme.organisations} label={t('themes.openCode', { name })} onOpen={() => open({ codeId: theme.codeId, ...roleFilter }, name)} testId="themes-organisations" />
                      </td>
                      <td className="themes-matrix-num">
                        <CountButton value={theme.segments} label={t('themes.openCode', { name })} onOpen={() => open({ codeId: theme.codeId, ...roleFilter }, name)} testId="themes-mentions" />
                      </td>
                      {themes.organisations.map((organisation) => {
                        const value = cells.get(`${theme.codeId}:${organisation.id}`) ?? 0;
                        return (
                          <td key={organisation.id} className="themes-matrix-cell" data-organisation={organisation.name}>
                            <CountButton
                              value={value}
                              heat={value}
                              label={t('themes.openCell', { name, organisation: organisation.name, count: value })}
                              onOpen={() => open({ codeId: theme.codeId, organisationId: organisation.id, ...roleFilter }, name, organisation.name)}
                              testId="themes-cell"
                            />
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      </div>
      {opened ? <MentionsPanel key={JSON.stringify(opened.filter)} filter={opened.filter} title={opened.title} subtitle={opened.subtitle} guide={guide} onClose={() => setOpened(null)} /> : null}
    </div>
  );
}

function CountButton(props: { readonly value: number; readonly label: string; readonly onOpen: () => void; readonly heat?: number; readonly testId?: string }) {
  const { number } = useFormat();
  if (props.value === 0) return <span className="themes-zero" aria-label={props.label}>·</span>;
  const heat = props.heat === undefined ? undefined : Math.min(4, props.heat);
  return (
    <button type="button" className={`count-button${heat !== undefined ? ` count-heat-${heat}` : ''}`} onClick={props.onOpen} aria-label={props.label} data-testid={props.testId}>
      {number(props.value)}
    </button>
  );
}

function TopList(props: {
  readonly heading: string;
  readonly ids: readonly string[];
  readonly themes: ReadonlyMap<string, Theme>;
  readonly label: (theme: Theme) => string;
  readonly count: (theme: Theme) => number;
  readonly countLabel: (theme: Theme) => string;
  readonly detail?: (theme: Theme) => string;
  readonly onOpen: (theme: Theme) => void;
  readonly testId: string;
}) {
  const { t } = useTranslation('analysisViews');
  const items = props.ids
    .map((id) => props.themes.get(id))
    .filter((theme): theme is Theme => theme !== undefined && props.count(theme) > 0)
    .slice(0, topCount);
  return (
    <div className="top-list" data-testid={props.testId}>
      <h3 className="top-list-heading">{props.heading}</h3>
      {items.length === 0 ? (
        <p className="text-placeholder top-list-empty">{t('themes.noneYet')}</p>
      ) : (
        <ol className="top-list-items">
          {items.map((theme) => (
            <li key={theme.codeId}>
              <button type="button" className="top-list-item" onClick={() => props.onOpen(theme)} data-testid="top-item" data-code={theme.code}>
                <span className="top-list-name">
                  <span className="code-mono">{theme.code}</span> {props.label(theme)}
                </span>
                <span className="top-list-count">
                  {props.countLabel(theme)}
                  {props.detail ? <span className="top-list-detail"> · {props.detail(theme)}</span> : null}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
