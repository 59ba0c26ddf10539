// The respondents an interview is with, as a list of checkboxes: name, then role and job title. A linked respondent
// who was deleted or belongs elsewhere still shows ("onbekende respondent") while linked, so unlinking stays possible.
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../../../shared/contract/fieldwork';
import { useLabels } from './parts';

export function RespondentCheckList(props: {
  readonly respondents: readonly Respondent[];
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (respondentId: string, on: boolean) => void;
  readonly onBlur?: () => void;
  /** Linked ids that are not among `respondents`. */
  readonly unknownIds?: readonly string[];
  readonly readOnly?: boolean;
  readonly columns?: boolean;
}) {
  const { t } = useTranslation('interviews');
  const labels = useLabels();
  return (
    <ul className={`check-list${props.columns ? ' check-list-columns' : ''}`}>
      {props.respondents.map((respondent) => (
        <li key={respondent.id}>
          <label className="check-row">
            <input
              type="checkbox"
              checked={props.selected.has(respondent.id)}
              disabled={props.readOnly}
              onChange={(event) => props.onToggle(respondent.id, event.target.checked)}
              onBlur={props.onBlur}
            />
            <span className="check-row-text">
              <span className="check-row-title" dir="auto">
                {respondent.name}
              </span>
              <span className="check-row-meta">{[labels.role(respondent.role), respondent.jobTitle].filter(Boolean).join(' · ')}</span>
            </span>
          </label>
        </li>
      ))}
      {(props.unknownIds ?? []).map((id) => (
        <li key={id}>
          <label className="check-row">
            <input type="checkbox" checked disabled={props.readOnly} onChange={() => props.onToggle(id, false)} />
            <span className="check-row-text">
              <span className="check-row-title">{t('common.unknownRespondent')}</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
