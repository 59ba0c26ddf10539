// Shows a chart from shared/charts: the SVG itself (built from escaped text by a pure builder, so it is safe to
// inject), with a toggle to the same data as a table. Screen readers get the SVG's title and description.
import { Table2, ChartNoAxesColumn } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chart } from '../../../../shared/charts';

export function ChartFigure(props: { readonly chart: Chart; readonly testId?: string; readonly caption?: string }) {
  const { t } = useTranslation('analysisViews');
  const [asTable, setAsTable] = useState(false);
  const { chart } = props;
  return (
    <figure className="chart-figure" data-testid={props.testId}>
      <div className="chart-figure-bar">
        {props.caption ? <figcaption className="chart-figure-caption">{props.caption}</figcaption> : <span />}
        <button type="button" className="link-button chart-figure-toggle" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? <ChartNoAxesColumn size={14} aria-hidden /> : <Table2 size={14} aria-hidden />}
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </div>
      {asTable ? (
        <div className="table-scroll">
          <table className="data-table chart-table">
            <caption className="visually-hidden">{chart.table.caption}</caption>
            <thead>
              <tr>
                {chart.table.columns.map((column, i) => (
                  <th key={i} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="chart-figure-svg" style={{ maxWidth: chart.width }} dangerouslySetInnerHTML={{ __html: chart.svg }} />
      )}
    </figure>
  );
}
