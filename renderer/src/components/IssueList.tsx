// Inline issue messages under a field or a form: red for values that are not saved or something not complete yet,
// amber for warnings. The list is referenced by aria-describedby, so screen readers read it with the field.
import { CircleExclamationPoint, TriangleExclamationPoint } from 'lucide-react';

export interface IssueMessage {
  readonly severity: 'invalid' | 'incomplete' | 'warning';
  readonly text: string;
}

export function IssueList(props: { readonly issues: readonly IssueMessage[]; readonly id?: string }) {
  if (props.issues.length === 0) return null;
  return (
    <ul className="issue-list" id={props.id}>
      {props.issues.map((issue, index) => (
        <li key={index} className={`issue issue-${issue.severity === 'warning' ? 'warning' : 'error'}`}>
          {issue.severity === 'warning' ? <TriangleExclamationPoint size={14} aria-hidden /> : <CircleExclamationPoint size={14} aria-hidden />}
          <span>{issue.text}</span>
        </li>
      ))}
    </ul>
  );
}
