// "Nog te doen": organisations and respondents without an interview, interviews without a date, held interviews
// with open questions and interviews not yet validated; each item leads straight to the fix.
import { CalendarClock, CalendarX2, CircleCheck, ListTodo, ShieldCheck, UserX, Building2, type LucideIcon } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Interview, Organisation } from '../../../../shared/contract/fieldwork';
import { routes, routeTo } from '../../app/routes';
import { useInterviewFormat } from './parts';
import type { PlanPreset } from './PlanInterviewDialog';
import { nothingMissing, type MissingWork } from './planner';

const visibleChips = 6;

export function MissingWorkCard(props: {
  readonly missing: MissingWork;
  readonly organisations: readonly Organisation[];
  readonly readOnly: boolean;
  readonly onPlan: (preset: PlanPreset) => void;
}) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const { missing } = props;
  const organisationName = (interview: Interview) => interview.organisationName ?? t('common.noOrganisation');
  const interviewName = (interview: Interview) =>
    interview.scheduledAt ? `${organisationName(interview)} · ${format.scheduledDate(interview.scheduledAt)}` : organisationName(interview);

  if (nothingMissing(missing)) {
    return (
      <section className="card missing-card missing-card-done" aria-labelledby="missing-heading">
        <div className="missing-done">
          <CircleCheck size={18} aria-hidden />
          <h2 id="missing-heading" className="visually-hidden">
            {t('planner.missing.heading')}
          </h2>
          <p>{t('planner.missing.allDone')}</p>
        </div>
      </section>
    );
  }

  const interviewChip = (interview: Interview, text: string = interviewName(interview)) => (
    <Link href={routeTo(routes.interview, interview.id)} className="chip chip-link">
      <span dir="auto">{text}</span>
    </Link>
  );

  return (
    <section className="card missing-card" aria-labelledby="missing-heading">
      <div className="card-header missing-header">
        <h2 id="missing-heading" className="card-title">
          <ListTodo size={16} aria-hidden />
          {t('planner.missing.heading')}
        </h2>
      </div>
      <ul className="missing-list">
        <MissingItem icon={Building2} title={t('planner.missing.organisations', { count: missing.organisations.length })} items={missing.organisations} render={(organisation) =>
            props.readOnly ? (
              <span className="chip" dir="auto">{organisation.name}</span>
            ) : (
              <button type="button" className="chip chip-action" onClick={() => props.onPlan({ organisationId: organisation.id })} aria-label={t('planner.missing.planFor', { name: organisation.name })}>
                <span dir="auto">{organisation.name}</span>
              </button>
            )
          }
          itemKey={(o) => o.id}
        />
        <MissingItem
          icon={UserX}
          title={t('planner.missing.respondents', { count: missing.respondents.length })}
          items={missing.respondents}
          itemKey={(r) => r.id}
          render={(respondent) => {
            const label = respondent.organisationName ? `${respondent.name} (${respondent.organisationName})` : respondent.name;
            return props.readOnly || !respondent.organisationId ? (
              <span className="chip" dir="auto">{label}</span>
            ) : (
              <button
                type="button"
                className="chip chip-action"
                onClick={() => props.onPlan({ organisationId: respondent.organisationId ?? undefined, respondentIds: [respondent.id] })}
                aria-label={t('planner.missing.planFor', { name: label })}
              >
                <span dir="auto">{label}</span>
              </button>
            );
          }}
        />
        <MissingItem icon={CalendarX2} title={t('planner.missing.undated', { count: missing.undated.length })} items={missing.undated} itemKey={(i) => i.id} render={(i) => interviewChip(i)} />
        <MissingItem
          icon={CalendarClock}
          title={t('planner.missing.unanswered', { count: missing.unanswered.length })}
          items={missing.unanswered}
          itemKey={(i) => i.id}
          render={(i) => interviewChip(i, t('planner.missing.openCount', { name: interviewName(i), open: format.number(i.questionCount - i.answeredCount) }))}
        />
        <MissingItem icon={ShieldCheck} title={t('planner.missing.unvalidated', { count: missing.unvalidated.length })} items={missing.unvalidated} itemKey={(i) => i.id} render={(i) => interviewChip(i)} />
      </ul>
    </section>
  );
}

function MissingItem<T>(props: {
  readonly icon: LucideIcon;
  readonly title: string;
  readonly items: readonly T[];
  readonly itemKey: (item: T) => string;
  readonly render: (item: T) => ReactNode;
}) {
  const { t } = useTranslation('interviews');
  const [expanded, setExpanded] = useState(false);
  if (props.items.length === 0) return null;
  const Icon = props.icon;
  const shown = expanded ? props.items : props.items.slice(0, visibleChips);
  const hidden = props.items.length - shown.length;
  return (
    <li className="missing-item">
      <Icon className="missing-icon" size={16} aria-hidden />
      <div className="missing-body">
        <p className="missing-title">{props.title}</p>
        <ul className="chip-list">
          {shown.map((item) => (
            <li key={props.itemKey(item)}>{props.render(item)}</li>
          ))}
          {props.items.length > visibleChips ? (
            <li>
              <button type="button" className="chip chip-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
                {expanded ? t('common.showLess') : t('common.showMore', { count: hidden })}
              </button>
            </li>
          ) : null}
        </ul>
      </div>
    </li>
  );
}
