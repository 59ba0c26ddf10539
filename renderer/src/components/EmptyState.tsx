// "Nothing here yet": what the page is for and the one action that starts it. The full size fills a page without
// data; `compact` sits inside a tab, a card or a list whose filters match nothing.
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

export function EmptyState(props: {
  readonly icon?: LucideIcon;
  readonly title: string;
  readonly children?: ReactNode;
  readonly action?: ReactNode;
  readonly compact?: boolean;
  readonly testId?: string;
}) {
  const Icon = props.icon;
  if (props.compact) {
    return (
      <div className="empty-state" data-testid={props.testId}>
        {Icon ? <Icon size={28} className="empty-state-icon" aria-hidden /> : null}
        <p className="empty-state-title">{props.title}</p>
        {props.children ? <p className="empty-state-body">{props.children}</p> : null}
        {props.action}
      </div>
    );
  }
  return (
    <div className="empty-state empty-state-large" data-testid={props.testId}>
      {Icon ? (
        <span className="empty-state-badge" aria-hidden>
          <Icon size={22} />
        </span>
      ) : null}
      <h2 className="empty-state-title">{props.title}</h2>
      <div className="empty-state-body">{props.children}</div>
      {props.action ? <div className="empty-state-action">{props.action}</div> : null}
    </div>
  );
}
