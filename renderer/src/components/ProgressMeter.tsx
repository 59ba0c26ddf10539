// A thin progress bar with its count beside it ("12/32"); the bar is decoration, the label carries the meaning for
// screen readers. Small in lists, large in a page header.
export function ProgressMeter(props: { readonly answered: number; readonly total: number; readonly label: string; readonly text: string; readonly size?: 'small' | 'large' }) {
  const share = props.total === 0 ? 0 : Math.min(1, props.answered / props.total);
  return (
    <span className={`progress-meter progress-meter-${props.size ?? 'small'}`} title={props.label}>
      <span className="progress-track" aria-hidden>
        <span className={`progress-fill${share >= 1 ? ' progress-fill-done' : ''}`} style={{ width: `${share * 100}%` }} />
      </span>
      <span className="progress-text" aria-hidden>
        {props.text}
      </span>
      <span className="visually-hidden">{props.label}</span>
    </span>
  );
}
