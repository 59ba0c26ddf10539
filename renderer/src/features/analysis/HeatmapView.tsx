// The maturity heat map: organisations × dimensions on the shared five-step scale, for all roles, procurement,
// policy or the gap between them; sortable by name or any dimension; a regional median row. Every cell is a button
// (arrow keys move between cells) that opens its evidence beside the map. A "figure" toggle shows the same map as
// the report will (the shared SVG builder).
import { ArrowDown, ArrowUp, ArrowUpDown, Grid3x3 } from 'lucide-react';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buildHeatmap, formatHeatmapValue, gapColours, heatmapFill, maturityColours, textColourOn, type HeatmapScale } from '../../../../shared/charts';
import type { Heatmap, HeatmapCell, ScoreRole, ScoreView } from '../../../../shared/contract/analysis';
import type { Guide } from '../../../../shared/contract/fieldwork';
import { roleLabels } from '../../../../shared/i18n/domain';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { LoadingLine } from '../../components/LoadingLine';
import { useFormat } from '../../i18n';
import { analysisEntities, inLanguage, levelName } from './analysis-data';
import { CellEvidencePanel } from './CellEvidencePanel';
import { ChartFigure } from './ChartFigure';

const scoreViewKeys: readonly ScoreView[] = ['all', 'procurement', 'policy', 'gap'];

interface Sort {
  /** 'name' or a dimension id. */
  readonly by: string;
  readonly descending: boolean;
}

interface HeatmapData {
  readonly heatmap: Heatmap;
  readonly guide: Guide;
}

export function HeatmapView(props: { readonly readOnly: boolean }) {
  const { t } = useTranslation('analysisViews');
  const [view, setView] = useState<ScoreView>('all');
  const load = useCallback(async (): Promise<HeatmapData> => {
    const [heatmap, guide] = await Promise.all([client.call('analysis.heatmap', { view }), client.call('guide.get', {})]);
    return { heatmap, guide };
  }, [view]);
  const { data, error, reload } = useLiveData(load, analysisEntities, view);
  return (
    <div className="analysis-view" data-testid="heatmap-view">
      <div className="toolbar analysis-toolbar">
        <div className="segmented" role="group" aria-label={t('heatmap.viewLabel')}>
          {scoreViewKeys.map((key) => (
            <button key={key} type="button" className="segmented-item analysis-segmented-item" aria-pressed={view === key} onClick={() => setView(key)} data-testid={`heatmap-view-${key}`}>
              {t(`heatmap.views.${key}`)}
            </button>
          ))}
        </div>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {data ? <HeatmapBody data={data} view={view} readOnly={props.readOnly} reload={reload} /> : !error ? <LoadingLine>{t('heatmap.loading')}</LoadingLine> : null}
    </div>
  );
}

function HeatmapBody(props: { readonly data: HeatmapData; readonly view: ScoreView; readonly readOnly: boolean; readonly reload: () => Promise<void> }) {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { language } = format;
  const { heatmap, guide } = props.data;
  const scale: HeatmapScale = props.view === 'gap' ? 'gap' : 'level';
  const [sort, setSort] = useState<Sort>({ by: 'name', descending: false });
  const [selected, setSelected] = useState<{ organisationId: string; dimensionId: string } | null>(null);
  const [display, setDisplay] = useState<'table' | 'figure'>('table');
  const [focus, setFocus] = useState<{ row: number; column: number }>({ row: 0, column: 0 });
  const grid = useRef<HTMLTableElement>(null);

  const cells = useMemo(() => new Map(heatmap.cells.map((cell) => [`${cell.organisationId}:${cell.dimensionId}`, cell])), [heatmap.cells]);
  const guideDimensions = useMemo(() => new Map(guide.dimensions.map((d) => [d.id, d])), [guide.dimensions]);
  const dimensionName = (id: string, fallback: string) => {
    const found = guideDimensions.get(id);
    return found ? inLanguage(found.name, language) : fallback;
  };
  const cellOf = (organisationId: string, dimensionId: string): HeatmapCell | undefined => cells.get(`${organisationId}:${dimensionId}`);

  const organisations = useMemo(() => {
    const list = [...heatmap.organisations];
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, format.locale);
    if (sort.by === 'name') return list.sort((a, b) => (sort.descending ? -byName(a, b) : byName(a, b)));
    return list.sort((a, b) => {
      const x = cells.get(`${a.id}:${sort.by}`)?.score ?? null;
      const y = cells.get(`${b.id}:${sort.by}`)?.score ?? null;
      if (x === null && y === null) return byName(a, b);
      if (x === null) return 1;
      if (y === null) return -1;
      return (sort.descending ? y - x : x - y) || byName(a, b);
    });
  }, [heatmap.organisations, cells, sort, format.locale]);

  const regional = useMemo(() => new Map(heatmap.regional.map((r) => [r.dimensionId, r])), [heatmap.regional]);

  if (heatmap.organisations.length === 0 || heatmap.dimensions.length === 0) {
    return (
      <EmptyState compact icon={Grid3x3} title={t('heatmap.emptyTitle')}>
        {heatmap.dimensions.length === 0 ? t('heatmap.emptyNoDimensions') : t('heatmap.emptyNoOrganisations')}
      </EmptyState>
    );
  }

  const valueText = (value: number | null) => formatHeatmapValue(value, scale, format.locale, t('heatmap.noData'));
  const stepLabels =
    scale === 'level' ? [1, 2, 3, 4, 5].map((level) => `${level} ${levelName(guide, level, language)}`) : ['≤ −2', '−1', '0', '+1', '≥ +2'];
  const overridden = heatmap.cells.filter((c) => c.override !== null).length;
  const scored = heatmap.cells.filter((c) => c.score !== null).length;
  const total = heatmap.organisations.length * heatmap.dimensions.length;

  function toggleSort(by: string) {
    setSort((current) => (current.by === by ? { by, descending: !current.descending } : { by, descending: by !== 'name' }));
  }

  function describeCell(organisation: string, dimensionId: string, dimensionCode: string, cell: HeatmapCell | undefined): string {
    const dimension = `${dimensionCode} ${dimensionName(dimensionId, '')}`.trim();
    const oneRole = gapOneRole(cell);
    if (oneRole) return t('heatmap.cellGapOneRole', { organisation, dimension, role: roleLabels[oneRole][language].toLowerCase(), answers: t('heatmap.cellAnswers', { count: cell!.answers }) });
    if (!cell || cell.score === null) return t('heatmap.cellNoData', { organisation, dimension });
    const value =
      scale === 'gap'
        ? t('heatmap.cellGap', { value: valueText(cell.score) })
        : t('heatmap.cellLevel', { level: cell.score, name: levelName(guide, cell.score, language) });
    const extra = [t('heatmap.cellAnswers', { count: cell.answers }), cell.override !== null ? t('heatmap.cellOverridden') : ''].filter(Boolean).join(', ');
    return t('heatmap.cellLabel', { organisation, dimension, value, extra });
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const rows = organisations.length;
    const columns = heatmap.dimensions.length;
    let { row, column } = focus;
    if (event.key === 'ArrowRight') column = Math.min(columns - 1, column + 1);
    else if (event.key === 'ArrowLeft') column = Math.max(0, column - 1);
    else if (event.key === 'ArrowDown') row = Math.min(rows - 1, row + 1);
    else if (event.key === 'ArrowUp') row = Math.max(0, row - 1);
    else if (event.key === 'Home') column = 0;
    else if (event.key === 'End') column = columns - 1;
    else return;
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('heatmap-cell')) return;
    event.preventDefault();
    setFocus({ row, column });
    grid.current?.querySelector<HTMLButtonElement>(`[data-row="${row}"][data-column="${column}"]`)?.focus();
  }

  const figure =
    display === 'figure'
      ? buildHeatmap({
          title: t('heatmap.figureTitle', { view: t(`heatmap.views.${props.view}`) }),
          description: t('heatmap.figureDescription', { organisations: heatmap.organisations.length, dimensions: heatmap.dimensions.length }),
          locale: format.locale,
          scale,
          showColumnNames: true,
          rowHeader: t('heatmap.organisation'),
          columns: heatmap.dimensions.map((d) => ({ id: d.id, label: d.code, name: dimensionName(d.id, d.name) })),
          rows: organisations.map((o) => ({
            id: o.id,
            label: o.name,
            cells: heatmap.dimensions.map((d) => {
              const cell = cellOf(o.id, d.id);
              return { value: cell?.score ?? null, overridden: (cell?.override ?? null) !== null };
            }),
          })),
          median: { label: t('heatmap.regionalMedian'), values: heatmap.dimensions.map((d) => regional.get(d.id)?.median ?? null) },
          legend: { title: scale === 'gap' ? t('heatmap.legendGap') : t('heatmap.legendLevel'), steps: stepLabels, noData: t('heatmap.noData'), overridden: t('heatmap.overridden') },
        })
      : null;

  const selectedOrganisation = selected ? heatmap.organisations.find((o) => o.id === selected.organisationId) : undefined;
  const selectedDimension = selected ? heatmap.dimensions.find((d) => d.id === selected.dimensionId) : undefined;

  return (
    <div className={`split${selected ? ' split-open' : ''}`}>
      <div className="split-main">
        <div className="heatmap-summary">
          <p className="heatmap-facts" data-testid="heatmap-facts">
            {t('heatmap.facts', {
              organisations: format.number(heatmap.organisations.length),
              dimensions: format.number(heatmap.dimensions.length),
              scored: format.number(scored),
              total: format.number(total),
            })}
            {overridden > 0 && props.view === 'all' ? ` · ${t('heatmap.factsOverridden', { count: overridden, shown: format.number(overridden) })}` : ''}
          </p>
          <div className="segmented" role="group" aria-label={t('heatmap.displayLabel')}>
            <button type="button" className="segmented-item analysis-segmented-item" aria-pressed={display === 'table'} onClick={() => setDisplay('table')}>
              {t('heatmap.displayTable')}
            </button>
            <button type="button" className="segmented-item analysis-segmented-item" aria-pressed={display === 'figure'} onClick={() => setDisplay('figure')} data-testid="heatmap-display-figure">
              {t('heatmap.displayFigure')}
            </button>
          </div>
        </div>
        {figure ? (
          <div className="card analysis-card">
            <ChartFigure chart={figure} testId="heatmap-figure" />
          </div>
        ) : (
          <div className="card heatmap-card">
            <div className="table-scroll">
              <table className="heatmap" ref={grid} onKeyDown={onGridKeyDown} data-testid="heatmap" data-scale={scale}>
                <caption className="visually-hidden">{t('heatmap.caption', { view: t(`heatmap.views.${props.view}`) })}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="heatmap-corner" aria-sort={sort.by === 'name' ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                      <button type="button" className="heatmap-sort" onClick={() => toggleSort('name')}>
                        {t('heatmap.organisation')}
                        <SortIcon active={sort.by === 'name'} descending={sort.descending} />
                      </button>
                    </th>
                    {heatmap.dimensions.map((dimension) => {
                      const name = dimensionName(dimension.id, dimension.name);
                      const active = sort.by === dimension.id;
                      return (
                        <th key={dimension.id} scope="col" className="heatmap-dimension" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                          <button type="button" className="heatmap-sort" onClick={() => toggleSort(dimension.id)} title={t('heatmap.sortBy', { name })} data-testid={`heatmap-sort-${dimension.code}`}>
                            <span className="heatmap-dimension-code">
                              {dimension.code}
                              <SortIcon active={active} descending={sort.descending} />
                            </span>
                            <span className="heatmap-dimension-name">{name}</span>
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {organisations.map((organisation, row) => (
                    <tr key={organisation.id} data-testid="heatmap-row">
                      <th scope="row" className="heatmap-organisation">
                        {organisation.name}
                      </th>
                      {heatmap.dimensions.map((dimension, column) => {
                        const cell = cellOf(organisation.id, dimension.id);
                        const value = cell?.score ?? null;
                        const fill = heatmapFill(value, scale);
                        const isSelected = selected?.organisationId === organisation.id && selected.dimensionId === dimension.id;
                        return (
                          <td key={dimension.id} className="heatmap-td">
                            <button
                              type="button"
                              className={`heatmap-cell${value === null ? ' heatmap-cell-empty' : ''}${cell?.override != null ? ' heatmap-cell-overridden' : ''}`}
                              style={value === null ? undefined : { background: fill, color: textColourOn(fill) }}
                              tabIndex={focus.row === row && focus.column === column ? 0 : -1}
                              data-row={row}
                              data-column={column}
                              data-testid={`heatmap-cell-${dimension.code}`}
                              data-organisation={organisation.name}
                              aria-label={describeCell(organisation.name, dimension.id, dimension.code, cell)}
                              title={gapOneRole(cell) ? t('heatmap.gapOneRole', { role: roleLabels[gapOneRole(cell)!][language].toLowerCase() }) : undefined}
                              aria-pressed={isSelected}
                              onFocus={() => setFocus({ row, column })}
                              onClick={() => setSelected({ organisationId: organisation.id, dimensionId: dimension.id })}
                            >
                              <span className="heatmap-value" aria-hidden>
                                {value === null ? '–' : valueText(value)}
                              </span>
                              {cell && cell.answers > 0 ? (
                                <span className="heatmap-count" aria-hidden>
                                  n={format.number(cell.answers)}
                                </span>
                              ) : null}
                            </button>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="heatmap-median-row">
                    <th scope="row" className="heatmap-organisation">
                      {t('heatmap.regionalMedian')}
                    </th>
                    {heatmap.dimensions.map((dimension) => {
                      const median = regional.get(dimension.id)?.median ?? null;
                      const fill = heatmapFill(median, scale);
                      return (
                        <td key={dimension.id} className="heatmap-td">
                          <span
                            className={`heatmap-median${median === null ? ' heatmap-cell-empty' : ''}`}
                            style={median === null ? undefined : { background: fill, color: textColourOn(fill) }}
                            title={t('heatmap.medianOf', { count: regional.get(dimension.id)?.organisations ?? 0 })}
                          >
                            {median === null ? '–' : valueText(median)}
                          </span>
                        </td>
                      );
                    })}
                  </tr>
                </tfoot>
              </table>
            </div>
            <HeatmapLegend scale={scale} steps={stepLabels} overridden={overridden > 0 && props.view === 'all'} />
          </div>
        )}
        <p className="analysis-hint">{props.view === 'gap' ? t('heatmap.hintGap') : t('heatmap.hint')}</p>
      </div>
      {selected && selectedOrganisation && selectedDimension ? (
        <CellEvidencePanel
          key={`${selected.organisationId}:${selected.dimensionId}:${props.view}`}
          organisationId={selected.organisationId}
          dimensionId={selected.dimensionId}
          view={props.view}
          guide={guide}
          readOnly={props.readOnly}
          onClose={() => setSelected(null)}
          reload={props.reload}
        />
      ) : null}
    </div>
  );
}

function SortIcon(props: { readonly active: boolean; readonly descending: boolean }) {
  if (!props.active) return <ArrowUpDown size={12} className="heatmap-sort-icon heatmap-sort-icon-idle" aria-hidden />;
  return props.descending ? <ArrowDown size={12} className="heatmap-sort-icon" aria-hidden /> : <ArrowUp size={12} className="heatmap-sort-icon" aria-hidden />;
}

function HeatmapLegend(props: { readonly scale: HeatmapScale; readonly steps: readonly string[]; readonly overridden: boolean }) {
  const { t } = useTranslation('analysisViews');
  const colours = props.scale === 'level' ? maturityColours : gapColours;
  return (
    <div className="heatmap-legend" aria-label={props.scale === 'gap' ? t('heatmap.legendGap') : t('heatmap.legendLevel')} role="group">
      <span className="heatmap-legend-title">{props.scale === 'gap' ? t('heatmap.legendGap') : t('heatmap.legendLevel')}</span>
      <ul className="heatmap-legend-list">
        {props.steps.map((label, i) => (
          <li key={label}>
            <span className="heatmap-swatch" style={{ background: colours[i] }} aria-hidden />
            {label}
          </li>
        ))}
        <li>
          <span className="heatmap-swatch heatmap-cell-empty" aria-hidden />
          {t('heatmap.noData')}
        </li>
        {props.overridden ? (
          <li>
            <span className="heatmap-swatch heatmap-swatch-override" aria-hidden />
            {t('heatmap.overridden')}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** In the gap view, the one role that has a score where the other has none (so there is no gap), else null. */
function gapOneRole(cell: HeatmapCell | undefined): ScoreRole | null {
  if (!cell || cell.score !== null || cell.procurement === undefined) return null;
  if (cell.procurement !== null && cell.policy == null) return 'procurement';
  if (cell.policy != null && cell.procurement === null) return 'policy';
  return null;
}
