// "Nog te doen": organisations and respondents without an interview, interviews without a date, held interviews
// with open questions and interviews not yet validated. One compact row of counts; each opens its list, and each
// item in a list leads straight to the fix (plan an interview, open the interview).
import { Building2, CalendarClock, CalendarX2, ChevronDown, CircleCheck, ListTodo, ShieldCheck, UserX, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Interview } from '../../../../shared/contract/fieldwork';
import { routes, routeTo } from '../../app/routes';
import { useInterviewFormat } from './parts';
import type { PlanPreset } from './PlanInterviewDialog';
import { nothingMissing, type MissingWork } from './planner';

type Kind = keyof MissingWork;
const kinds: readonly Kind[] = ['organisations', 'respondents', 'undated', 'unanswered', 'unvalidated'];
const icons: Readonly<Record<Kind, LucideIcon>> = {
  organisations: Building2,
  respondents: UserX,
  undated: CalendarX2,
  unanswered: CalendarClock,
  unvalidated: ShieldCheck,
};
const openKey = 'inventaris.interviews.missingOpen';

export function MissingWorkCard(props: { readonly missing: MissingWork; readonly readOnly: boolean; readonly onPlan: (preset: PlanPreset) => void }) {
  const { t } = useTranslation('interviews');
  const format = useInterviewFormat();
  const id = useId();
  const { missing } = props;
  const present = kinds.filter((kind) => missing[kind].length > 0);
  const [open, setOpen] = useState<Kind | null>(() => {
    const stored = sessionStorage.getItem(openKey);
    return stored === 'none' ? null : ((kinds as readonly string[]).includes(stored ?? '') ? (stored as Kind) : (present[0] ?? null));
  });
  const shown = open && present.includes(open) ? open : null;

  useEffect(() => {
    sessionStorage.setItem(openKey, open ?? 'none');
  }, [open]);

  if (nothingMissing(missing)) {
    return (
      <section className="card interview-missing-card" aria-labelledby={`${id}-heading`}>
        <div className="interview-missing-done">
          <CircleCheck size={18} aria-hidden />
          <h2 id={`${id}-heading`} className="visually-hidden">
            {t('planner.missing.heading')}
          </h2>
          <p>{t('planner.missing.allDone')}</p>
        </div>
      </section>
    );
  }

  const title = (kind: Kind) => t(`planner.missing.${kind}`, { count: missing[kind].length });
  const organisationName = (interview: Interview) => interview.organisationName ?? t('common.noOrganisation');
  const interviewName = (interview: Interview) =>
    interview.scheduledAt ? `${organisationName(interview)} · ${format.scheduledDate(interview.scheduledAt)}` : organisationName(interview);
  const interviewChip = (interview: Interview, text: string = interviewName(interview)) => (
    <Link href={routeTo(routes.interview, interview.id)} className="chip chip-link">
      <span dir="auto">{text}</span>
    </Link>
  );

  function items(kind: Kind): ReactNode[] {
    switch (kind) {
      case 'organisations':
        return missing.organisations.map((organisation) =>
          props.readOnly ? (
            <span key={organisation.id} className="chip" dir="auto">
              {organisation.name}
            </span>
          ) : (
            <button key={organisation.id} type="button" className="chip chip-action" onClick={() => props.onPlan({ organisationId: organisation.id })} aria-label={t('planner.missing.planFor', { name: organisation.name })}>
              <span dir="auto">{organisation.name}</span>
            </button>
          ),
        );
      case 'respondents':
        return missing.respondents.map((respondent) => {
          const label = respondent.organisationName ? `${respondent.name} (${respondent.organisationName})` : respondent.name;
          return props.readOnly || !respondent.organisationId ? (
            <span key={respondent.id} className="chip" dir="auto">
              {label}
            </span>
          ) : (
            <button
              key={respondent.id}
              type="button"
              className="chip chip-action"
              onClick={() => props.onPlan({ organisationId: respondent.organisationId ?? undefined, respondentIds: [respondent.id] })}
              aria-label={t('planner.missing.planFor', { name: label })}
            >
              <span dir="auto">{label}</span>
            </button>
          );
        });
      case 'unanswered':
        return missing.unanswered.map((i) => (
          <span key={i.id}>{interviewChip(i, t('planner.missing.openCount', { name: interviewName(i), open: format.number(i.questionCount - i.answeredCount) }))}</span>
        ));
      case 'undated':
      case 'unvalidated':
        return missing[kind].map((i) => <span key={i.id}>{interviewChip(i)}</span>);
    }
  }

  return (
    <section className="card interview-missing-card" aria-labelledby={`${id}-heading`}>
      <div className="interview-missing-summary">
        <h2 id={`${id}-heading`} className="interview-missing-heading">
          <ListTodo size={16} aria-hidden />
          {t('planner.missing.heading')}
        </h2>
        <ul className="interview-missing-toggles">
          {present.map((kind) => {
            const Icon = icons[kind];
            return (
              <li key={kind}>
                <button
                  type="button"
                  className="interview-missing-toggle"
                  aria-expanded={shown === kind}
                  aria-controls={`${id}-${kind}`}
                  onClick={() => setOpen(shown === kind ? null : kind)}
                >
                  <Icon size={14} aria-hidden />
                  <span>{title(kind)}</span>
                  <ChevronDown size={14} className="interview-missing-chevron" aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      {present.map((kind) => (
        <div key={kind} id={`${id}-${kind}`} className="interview-missing-panel" hidden={shown !== kind}>
          <ul className="chip-list" aria-label={title(kind)}>
            {items(kind).map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
