// The question editor's issues (see question-form.ts) in words, in the UI language.
import { useTranslation } from 'react-i18next';
import type { Issue } from './question-form';

export function useIssueText(): (issue: Issue) => string {
  const { t } = useTranslation('guide');
  return (issue) => t(`issues.${issue.key}`, { ...issue.params, count: typeof issue.params?.count === 'number' ? issue.params.count : 1 } as Record<string, unknown>) as string;
}
