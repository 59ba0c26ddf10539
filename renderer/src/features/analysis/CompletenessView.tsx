// Completeness: per organisation what must still be done before the report can be written (interviews not yet
// held or processed, questions unanswered, notes not coded, dimensions without a score), as a to-do list whose every
// item links to where to act.
import { ArrowRight, CheckCircle2, ClipboardCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { interviewStatuses } from '../../../../shared/contract/fieldwork';
import type { Completeness } from '../../../../shared/contract/analysis';
import { interviewStatusLabels } from '../../../../shared/i18n/domain';
import { useLiveData } from '../../app/live-data';
import { routes, routeTo } from '../../app/routes';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { LoadingLine } from '../../components/LoadingLine';
import { useFormat } from '../../i18n';
import { analysisEntities } from './analysis-data';

const loadCompleteness = () => client.call('analysis.completeness', {});

interface Todo {
  readonly key: string;
  readonly text: string;
  readonly href: string;
  readonly action: string;
}

export function CompletenessView() {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { data, error } = useLiveData<Completeness>(loadCompleteness, analysisEntities);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <LoadingLine>{t('completeness.loading')}</LoadingLine>;
  if (data.length === 0) {
    return (
      <EmptyState compact icon={ClipboardCheck} title={t('completeness.emptyTitle')}>
        {t('completeness.emptyBody')}
      </EmptyState>
    );
  }

  const todos = (row: Completeness[number]): Todo[] => {
    const list: Todo[] = [];
    if (row.interviews.planned > 0)
      list.push({ key: 'planned', text: t('completeness.todo.planned', { count: row.interviews.planned }), href: routes.interviews, action: t('completeness.action.interviews') });
    if (row.interviews.held > 0)
      list.push({ key: 'held', text: t('completeness.todo.held', { count: row.interviews.held }), href: routes.interviews, action: t('completeness.action.interviews') });
    if (row.unansweredQuestions > 0)
      list.push({ key: 'unanswered', text: t('completeness.todo.unanswered', { count: row.unansweredQuestions }), href: routes.interviews, action: t('completeness.action.interviews') });
    if (row.uncodedNotes > 0) list.push({ key: 'uncoded', text: t('completeness.todo.uncoded', { count: row.uncodedNotes }), href: routes.notes, action: t('completeness.action.notes') });
    if (row.missingScores.length > 0)
      list.push({
        key: 'scores',
        text: t('completeness.todo.scores', { count: row.missingScores.length, dimensions: row.missingScores.join(', ') }),
        href: routeTo(routes.analysisView, 'heatmap'),
        action: t('completeness.action.heatmap'),
      });
    return list;
  };
  const open = data.reduce((sum, row) => sum + todos(row).length, 0);
  const openAt = data.filter((row) => todos(row).length > 0).length;

  return (
    <div className="analysis-view" data-testid="completeness-view">
      <p className="analysis-count" role="status">
        {open === 0 ? t('completeness.allDone') : t('completeness.openCount', { count: open, shown: format.number(open), where: t('completeness.openAt', { count: openAt, shown: format.number(openAt) }) })}
      </p>
      <div className="card table-card">
        <div className="table-scroll">
          <table className="list-table completeness-table" data-testid="completeness-table">
            <caption className="visually-hidden">{t('completeness.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('completeness.organisation')}</th>
                <th scope="col">{t('completeness.interviews')}</th>
                <th scope="col">{t('completeness.todoHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((row) => {
                const list = todos(row);
                return (
                  <tr key={row.organisationId} data-testid="completeness-row">
                    <th scope="row" className="completeness-organisation">
                      {row.organisationName}
                    </th>
                    <td className="completeness-statuses">
                      <ul className="completeness-status-list">
                        {interviewStatuses.map((status) => (
                          <li key={status} className={`completeness-status${row.interviews[status] === 0 ? ' completeness-status-zero' : ''}`}>
                            <span className={`status-dot status-dot-${status}`} aria-hidden />
                            <span className="completeness-status-count">{format.number(row.interviews[status])}</span> {interviewStatusLabels[status][format.language].toLowerCase()}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {list.length === 0 ? (
                        <span className="completeness-done">
                          <CheckCircle2 size={16} aria-hidden />
                          {t('completeness.done')}
                        </span>
                      ) : (
                        <ul className="completeness-todos">
                          {list.map((todo) => (
                            <li key={todo.key} className="completeness-todo" data-testid={`todo-${todo.key}`}>
                              <span>{todo.text}</span>
                              <Link href={todo.href} className="completeness-link">
                                {todo.action}
                                <ArrowRight size={12} aria-hidden />
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
