// An interview's status (gepland, gehouden, verwerkt, gevalideerd) as a badge with a coloured dot, named as
// shared/i18n/domain.ts names it, so the planner, an interview and later overviews show it alike.
import type { Interview } from '../../../shared/contract/fieldwork';
import { interviewStatusLabels } from '../../../shared/i18n/domain';
import { useFormat } from '../i18n';

export function StatusBadge(props: { readonly status: Interview['status'] }) {
  const { language } = useFormat();
  return (
    <span className={`badge status-badge status-${props.status}`} data-status={props.status}>
      <span className="status-dot" aria-hidden />
      {interviewStatusLabels[props.status][language]}
    </span>
  );
}
