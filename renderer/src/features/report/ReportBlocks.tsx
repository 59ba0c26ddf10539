// The report model rendered as a page in the app: the same blocks the docx writer turns into Word, so the preview
// shows what the document will hold. Text is rendered as text (never as HTML); charts are the shared SVG builders'
// drawings shown as images.
import type { Block, Chapter, Run } from '../../../../shared/contract/report';
import { heatmapFill, textColourOn } from '../../../../shared/charts/scales';

function Runs(props: { readonly runs: readonly Run[] }) {
  return (
    <>
      {props.runs.map((run, i) => {
        let node: React.ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.link)
          node = (
            <a href={run.link} target="_blank" rel="noreferrer noopener">
              {node}
            </a>
          );
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function levelStyle(level: number | null | undefined): React.CSSProperties | undefined {
  if (level === undefined) return undefined;
  const fill = heatmapFill(level, 'level');
  return { backgroundColor: fill, color: level === null ? undefined : textColourOn(fill) };
}

export function ReportBlock(props: { readonly block: Block; readonly missingLabel: string }) {
  const { block } = props;
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={block.tone === 'muted' ? 'report-muted' : undefined}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'heading':
      return block.level === 2 ? <h3 className="report-h2">{block.text}</h3> : <h4 className="report-h3">{block.text}</h4>;
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Runs runs={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'missing':
      return (
        <p className="report-missing">
          <strong>{props.missingLabel}: </strong>
          {block.text}
        </p>
      );
    case 'quote':
      return (
        <figure className="report-quote">
          <blockquote>“{block.text.replace(/^["“„'‘]+|["”'’]+$/g, '')}”</blockquote>
          <figcaption>— {block.source}</figcaption>
        </figure>
      );
    case 'table':
      return (
        <figure className="report-table">
          <figcaption>{block.caption}</figcaption>
          <table>
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  <th key={i} scope="col" className={block.numeric?.includes(i) ? 'report-number' : undefined}>
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td
                      key={i}
                      className={block.shadeColumn === i ? 'report-level' : block.numeric?.includes(i) ? 'report-number' : undefined}
                      style={block.shadeColumn === i ? levelStyle(block.rowLevels?.[r]) : undefined}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      );
    case 'heatmap':
      return (
        <figure className="report-table report-heatmap">
          <figcaption>{block.caption}</figcaption>
          <table>
            <thead>
              <tr>
                <th scope="col">{block.corner}</th>
                {block.columns.map((c) => (
                  <th key={c.code} scope="col" className="report-level" title={c.name}>
                    <span className="report-heatmap-code">{c.code}</span>
                    <span className="report-heatmap-name">{c.name}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr key={row.label} className={row.summary ? 'report-summary-row' : undefined}>
                  <th scope="row">{row.label}</th>
                  {row.levels.map((level, i) => (
                    <td key={i} className="report-level" style={levelStyle(level)}>
                      {row.texts?.[i] ?? level ?? '–'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="report-legend">
            {block.legend.map((l) => (
              <li key={l.level} style={levelStyle(l.level)}>
                {l.level} {l.name}
              </li>
            ))}
            <li style={levelStyle(null)}>– {block.noData}</li>
          </ul>
        </figure>
      );
    case 'figure':
      return (
        <figure className="report-figure">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(block.svg)}`} alt={block.alt} width={block.width} height={block.height} />
          <figcaption>{block.caption}</figcaption>
        </figure>
      );
  }
}

export function ReportBlocks(props: { readonly blocks: readonly Block[]; readonly missingLabel: string }) {
  return (
    <>
      {props.blocks.map((block, i) => (
        <ReportBlock key={i} block={block} missingLabel={props.missingLabel} />
      ))}
    </>
  );
}

export function chapterHeading(chapter: Chapter, appendixWord: string): string {
  return chapter.appendix ? `${appendixWord} ${chapter.number} ${chapter.title}` : chapter.number ? `${chapter.number} ${chapter.title}` : chapter.title;
}
