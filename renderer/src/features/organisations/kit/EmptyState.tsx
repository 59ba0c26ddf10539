// "Nothing here yet": what the page is for and the one action that starts it.
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

export function EmptyState(props: { readonly icon: LucideIcon; readonly title: string; readonly children: ReactNode; readonly action?: ReactNode; readonly testId?: string }) {
  const Icon = props.icon;
  return (
    <div className="empty-state kit-empty" data-testid={props.testId}>
      <span className="kit-empty-icon" aria-hidden>
        <Icon size={22} />
      </span>
      <h2 className="empty-state-title">{props.title}</h2>
      <div className="empty-state-body kit-empty-body">{props.children}</div>
      {props.action ? <div className="kit-empty-action">{props.action}</div> : null}
    </div>
  );
}
