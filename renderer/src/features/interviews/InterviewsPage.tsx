// The interview planner: every organisation with its interviews (date and time, respondents and roles, mode,
// status, progress, notes), a status pipeline that doubles as filter, and what is still missing.
import { Building2, CalendarPlus, ClipboardList, MessageSquareText } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Interview, Organisation, Respondent } from '../../../../shared/contract/fieldwork';
import { interviewStatuses } from '../../../../shared/contract/fieldwork';
import { organisationKindLabels } from '../../../../shared/i18n/domain';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { routes, routeTo } from '../../app/routes';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadingLine } from '../../components/LoadingLine';
import { useLiveData } from '../../app/live-data';
import { MissingWorkCard } from './MissingWorkCard';
import { ProgressMeter } from '../../components/ProgressMeter';
import { StatusBadge } from '../../components/StatusBadge';
import { useInterviewFormat, useLabels } from './parts';
import { PlanInterviewDialog, type PlanPreset } from './PlanInterviewDialog';
import { filterGroups, groupByOrganisation, missingWork, statusCounts, type InterviewStatus, type OrganisationGroup, type PlannerFilter } from './planner';
import './interviews.css';

interface PlannerData {
  readonly organisations: readonly Organisation[];
  readonly respondents: readonly Respondent[];
  readonly interviews: readonly Interview[];
}

async function loadPlanner(): Promise<PlannerData> {
  const [organisations, respondents, interviews] = await Promise.all([
    client.call('organisations.list', {}),
    client.call('respondents.list', {}),
    client.call('interviews.list', {}),
  ]);
  return { organisations, respondents, interviews };
}

const filterKey = 'inventaris.interviews.filter';

function readFilter(): PlannerFilter {
  try {
    const stored = JSON.parse(sessionStorage.getItem(filterKey) ?? 'null') as PlannerFilter | null;
    if (stored && (stored.status === null || interviewStatuses.includes(stored.status))) return { status: stored.status, organisationId: stored.organisationId ?? null };
  } catch {
    // A damaged entry only loses the filter; the page shows everything.
  }
  return { status: null, organisationId: null };
}

export function InterviewsPage(props: { readonly file: OpenFile; readonly id?: string }) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const [, navigate] = useLocation();
  const { data, error } = useLiveData(loadPlanner, ['organisations', 'respondents', 'interviews', 'answers', 'notes', 'guide'], props.file.path);
  const [filter, setFilter] = useState<PlannerFilter>(readFilter);
  const [plan, setPlan] = useState<PlanPreset | null>(null);

  useEffect(() => {
    sessionStorage.setItem(filterKey, JSON.stringify(filter));
  }, [filter]);

  const groups = useMemo(() => (data ? groupByOrganisation(data.organisations, data.respondents, data.interviews, format.locale) : []), [data, format.locale]);
  // A filter on an organisation that no longer exists shows everything again.
  const activeFilter: PlannerFilter = data && filter.organisationId && !data.organisations.some((o) => o.id === filter.organisationId) ? { ...filter, organisationId: null } : filter;
  const shown = useMemo(() => filterGroups(groups, activeFilter), [groups, activeFilter]);
  const readOnly = props.file.readOnly;

  return (
    <div className="page page-wide interviews-page">
      <header className="page-header page-header-row">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('planner.lead')}</p>
        </div>
        <Button variant="primary" icon={CalendarPlus} onClick={() => setPlan({ organisationId: activeFilter.organisationId ?? undefined })} disabled={readOnly || !data}>
          {t('planner.plan')}
        </Button>
      </header>

      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? (
        <LoadingLine />
      ) : null}

      {data ? (
        data.organisations.length === 0 && data.interviews.length === 0 ? (
          <EmptyState
            compact
            icon={Building2}
            title={t('planner.emptyTitle')}
            action={
              <Link href={routes.organisations} className="button button-secondary empty-state-action">
                {t('planner.goOrganisations')}
              </Link>
            }
          >
            {t('planner.emptyBody')}
          </EmptyState>
        ) : (
          <>
            <Toolbar data={data} filter={activeFilter} onFilter={setFilter} />
            <MissingWorkCard
              missing={missingWork(data.organisations, data.respondents, data.interviews)}
              readOnly={readOnly}
              onPlan={setPlan}
            />
            <PlannerTable groups={shown} filtered={activeFilter.status !== null || activeFilter.organisationId !== null} readOnly={readOnly} onPlan={setPlan} />
          </>
        )
      ) : null}

      {plan && data ? (
        <PlanInterviewDialog
          organisations={data.organisations}
          respondents={data.respondents}
          preset={plan}
          onClose={() => setPlan(null)}
          onPlanned={(created) => {
            setPlan(null);
            navigate(routeTo(routes.interview, created.id));
          }}
        />
      ) : null}
    </div>
  );
}

function Toolbar(props: { readonly data: PlannerData; readonly filter: PlannerFilter; readonly onFilter: (filter: PlannerFilter) => void }) {
  const { t } = useTranslation('interviews');
  const labels = useLabels();
  const format = useInterviewFormat();
  const scope = props.filter.organisationId ? props.data.interviews.filter((i) => i.organisationId === props.filter.organisationId) : props.data.interviews;
  const counts = statusCounts(scope);
  const setStatus = (status: InterviewStatus | null) => props.onFilter({ ...props.filter, status });
  const organisations = [...props.data.organisations].sort((a, b) => a.name.localeCompare(b.name, format.locale, { sensitivity: 'base', numeric: true }));
  return (
    <div className="planner-toolbar">
      <div className="interview-pipeline" role="group" aria-label={t('planner.pipelineLabel')}>
        <button type="button" className="interview-pipeline-step interview-pipeline-all" aria-pressed={props.filter.status === null} onClick={() => setStatus(null)}>
          <span className="pipeline-label">{t('planner.allStatuses')}</span>
          <span className="interview-pipeline-count">{format.number(scope.length)}</span>
        </button>
        {interviewStatuses.map((status) => (
          <button
            key={status}
            type="button"
            className={`interview-pipeline-step interview-pipeline-${status}`}
            aria-pressed={props.filter.status === status}
            onClick={() => setStatus(props.filter.status === status ? null : status)}
          >
            <span className={`status-dot status-dot-${status}`} aria-hidden />
            <span className="pipeline-label">{labels.status(status)}</span>
            <span className="interview-pipeline-count">{format.number(counts[status])}</span>
          </button>
        ))}
      </div>
      <label className="interview-inline-field planner-organisation-filter">
        <span className="interview-inline-field-label">{t('planner.organisationFilter')}</span>
        <select
          className="input select"
          value={props.filter.organisationId ?? ''}
          onChange={(event) => props.onFilter({ ...props.filter, organisationId: event.target.value || null })}
        >
          <option value="">{t('planner.allOrganisations')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </label>
      {props.filter.status !== null || props.filter.organisationId !== null ? (
        <Button variant="ghost" className="button-small" onClick={() => props.onFilter({ status: null, organisationId: null })}>
          {t('planner.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}

function PlannerTable(props: { readonly groups: readonly OrganisationGroup[]; readonly filtered: boolean; readonly readOnly: boolean; readonly onPlan: (preset: PlanPreset) => void }) {
  const { t } = useTranslation('interviews');
  if (props.groups.length === 0) {
    return (
      <EmptyState compact icon={ClipboardList} title={t('planner.noMatches')} />
    );
  }
  return (
    <div className="card table-card">
      <table className="data-table planner-table" aria-label={t('planner.tableLabel')}>
        <colgroup>
          <col className="interview-col-when" />
          <col className="interview-col-respondents" />
          <col className="interview-col-mode" />
          <col className="interview-col-status" />
          <col className="interview-col-progress" />
          <col className="col-notes" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('planner.columns.when')}</th>
            <th scope="col">{t('planner.columns.respondents')}</th>
            <th scope="col">{t('planner.columns.mode')}</th>
            <th scope="col">{t('planner.columns.status')}</th>
            <th scope="col">{t('planner.columns.progress')}</th>
            <th scope="col" className="interview-cell-number">
              {t('planner.columns.notes')}
            </th>
          </tr>
        </thead>
        {props.groups.map((group) => (
          <GroupRows key={group.organisation?.id ?? 'none'} group={group} filtered={props.filtered} readOnly={props.readOnly} onPlan={props.onPlan} />
        ))}
      </table>
    </div>
  );
}

function GroupRows(props: { readonly group: OrganisationGroup; readonly filtered: boolean; readonly readOnly: boolean; readonly onPlan: (preset: PlanPreset) => void }) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const { organisation, interviews, respondents } = props.group;
  const name = organisation?.name ?? t('common.noOrganisation');
  return (
    <tbody className="planner-group">
      <tr className="interview-group-row">
        <th scope="rowgroup" colSpan={6}>
          <div className="interview-group-head">
            <div className="interview-group-title">
              <span className="interview-group-name" dir="auto">
                {name}
              </span>
              {organisation ? (
                <span className="interview-group-meta">
                  {t('planner.organisationMeta', {
                    kind: organisationKindLabels[organisation.kind][format.language],
                    respondents: t('planner.respondentCount', { count: respondents.length }),
                    interviews: t('planner.interviewCount', { count: organisation.interviewCount }),
                  })}
                </span>
              ) : null}
            </div>
            {organisation && !props.readOnly ? (
              <button type="button" className="button button-small button-ghost" onClick={() => props.onPlan({ organisationId: organisation.id })} aria-label={t('planner.planFor', { organisation: name })}>
                <CalendarPlus size={14} aria-hidden />
                <span>{t('planner.planShort')}</span>
              </button>
            ) : null}
          </div>
        </th>
      </tr>
      {interviews.length === 0 ? (
        <tr className="interview-empty-row">
          <td colSpan={6}>{props.filtered ? t('planner.noMatches') : t('planner.noInterviewsYet')}</td>
        </tr>
      ) : (
        interviews.map((interview) => <InterviewRow key={interview.id} interview={interview} organisationName={name} />)
      )}
    </tbody>
  );
}

function InterviewRow(props: { readonly interview: Interview; readonly organisationName: string }) {
  const { t } = useTranslation('interviews');
  const labels = useLabels();
  const format = useInterviewFormat();
  const { interview } = props;
  const dated = interview.scheduledAt !== '';
  return (
    <tr className="interview-row" data-testid="interview-row">
      <td>
        <Link href={routeTo(routes.interview, interview.id)} className="interview-row-link">
          <span className="visually-hidden">{props.organisationName}, </span>
          {dated ? (
            <>
              <span className="when-date">{format.scheduledDate(interview.scheduledAt)}</span>
              <span className="interview-when-time">{format.scheduledTime(interview.scheduledAt)}</span>
            </>
          ) : (
            <span className="interview-when-missing">{t('common.noDate')}</span>
          )}
        </Link>
        {interview.location ? (
          <span className="interview-cell-sub" dir="auto">
            {interview.location}
          </span>
        ) : null}
      </td>
      <td>
        {interview.respondentNames.length === 0 ? (
          <span className="cell-muted">{t('common.noRespondents')}</span>
        ) : (
          <>
            <span className="interview-cell-main" dir="auto">
              {interview.respondentNames.join(', ')}
            </span>
            <span className="interview-cell-sub">{interview.respondentRoles.map((role) => labels.role(role)).join(', ')}</span>
          </>
        )}
      </td>
      <td>{labels.mode(interview.mode)}</td>
      <td>
        <StatusBadge status={interview.status} />
      </td>
      <td>
        <ProgressMeter
          answered={interview.answeredCount}
          total={interview.questionCount}
          text={t('common.progressShort', { answered: format.number(interview.answeredCount), total: format.number(interview.questionCount) })}
          label={t('common.progressLabel', { answered: format.number(interview.answeredCount), total: format.number(interview.questionCount) })}
        />
      </td>
      <td className="interview-cell-number">
        {interview.noteCount > 0 ? (
          <span className="interview-note-count" title={t('common.notesCount', { count: interview.noteCount })}>
            <MessageSquareText size={14} aria-hidden />
            <span aria-hidden>{format.number(interview.noteCount)}</span>
            <span className="visually-hidden">{t('common.notesCount', { count: interview.noteCount })}</span>
          </span>
        ) : (
          <>
            <span className="cell-muted" aria-hidden>
              –
            </span>
            <span className="visually-hidden">{t('common.notesCount', { count: 0 })}</span>
          </>
        )}
      </td>
    </tr>
  );
}
