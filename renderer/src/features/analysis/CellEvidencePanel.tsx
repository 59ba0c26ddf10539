// The evidence behind one heat-map cell: the number and how the rule produced it, every answer counted (respondent
// role, interview, level, explanation with its coded segments), the answers left out, and the consultant's override
// with its reason. The override form needs a reason; removing an override can be undone.
import { ExternalLink, RotateCcw, Save } from 'lucide-react';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatHeatmapValue, heatmapFill, textColourOn } from '../../../../shared/charts';
import type { CellEvidence, ScoreView } from '../../../../shared/contract/analysis';
import type { Guide } from '../../../../shared/contract/fieldwork';
import { levels } from '../../../../shared/template/types';
import { interviewStatusLabels, roleLabels } from '../../../../shared/i18n/domain';
import { toErrorInfo } from '../../app/autosave';
import { useLiveData } from '../../app/live-data';
import { routes, routeTo } from '../../app/routes';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { LoadingLine } from '../../components/LoadingLine';
import { SidePanel } from '../../components/SidePanel';
import { showUndo } from '../../components/Toast';
import { useFormat } from '../../i18n';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { CodedText, type CodeLike } from '../coding/CodedText';
import { analysisEntities, inLanguage, levelName } from './analysis-data';

export function CellEvidencePanel(props: {
  readonly organisationId: string;
  readonly dimensionId: string;
  readonly view: ScoreView;
  readonly guide: Guide;
  readonly readOnly: boolean;
  readonly onClose: () => void;
  readonly reload: () => Promise<void>;
}) {
  const { t } = useTranslation('analysisViews');
  const { organisationId, dimensionId, view } = props;
  const format = useFormat();
  const load = useCallback(
    () => client.call('analysis.cellEvidence', { organisationId, dimensionId, view }),
    [organisationId, dimensionId, view],
  );
  const { data, error, reload } = useLiveData(load, analysisEntities, `${organisationId}:${dimensionId}:${view}`);
  const dimension = props.guide.dimensions.find((d) => d.id === dimensionId);
  return (
    <SidePanel
      title={data ? `${data.organisationName} · ${data.dimensionCode}` : t('evidence.title')}
      subtitle={data ? `${dimension ? inLanguage(dimension.name, format.language) : data.dimensionName} — ${t(`heatmap.views.${view}`)}` : undefined}
      onClose={props.onClose}
      testId="cell-evidence"
      initialFocus=".evidence-score"
    >
      {error ? <ErrorAlert error={error} /> : null}
      {data ? (
        <EvidenceBody
          evidence={data}
          guide={props.guide}
          readOnly={props.readOnly}
          changed={async () => {
            await Promise.all([reload(), props.reload()]);
          }}
        />
      ) : !error ? (
        <LoadingLine>{t('evidence.loading')}</LoadingLine>
      ) : null}
    </SidePanel>
  );
}

function EvidenceBody(props: { readonly evidence: CellEvidence; readonly guide: Guide; readonly readOnly: boolean; readonly changed: () => Promise<void> }) {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { language } = format;
  const { evidence, guide } = props;
  const { cell } = evidence;
  const gap = evidence.view === 'gap';
  const codes = useMemo(
    () => new Map<string, CodeLike>(guide.codes.map((code) => [code.id, { code: code.code, label: inLanguage(code.label, language), colour: code.colour }])),
    [guide.codes, language],
  );
  const fill = heatmapFill(cell.score, gap ? 'gap' : 'level');
  const scoreText = formatHeatmapValue(cell.score, gap ? 'gap' : 'level', format.locale, '–');

  return (
    <div className="evidence" data-testid="evidence-body">
      <section className="evidence-summary" aria-label={t('evidence.scoreHeading')}>
        <div className="evidence-score" tabIndex={-1} style={cell.score === null ? undefined : { background: fill, color: textColourOn(fill) }} data-empty={cell.score === null || undefined}>
          {scoreText}
        </div>
        <div className="evidence-score-text">
          <p className="evidence-score-title" data-testid="evidence-score">
            {cell.score === null
              ? t('evidence.noScore')
              : gap
                ? t('evidence.gapScore', { value: scoreText })
                : t('evidence.levelScore', { level: cell.score, name: levelName(guide, cell.score, language) })}
          </p>
          <p className="evidence-score-detail">
            {gap
              ? t('evidence.gapDetail', {
                  procurement: cell.procurement ?? '–',
                  policy: cell.policy ?? '–',
                })
              : cell.override !== null
                ? t('evidence.overrideDetail', { suggested: cell.suggested ?? '–', override: cell.override })
                : t('evidence.suggestedDetail', { count: cell.answers, shown: format.number(cell.answers) })}
          </p>
        </div>
      </section>

      <section className="evidence-section">
        <h3 className="evidence-heading">{t('evidence.ruleHeading')}</h3>
        <p className="evidence-rule" data-testid="evidence-rule">
          {evidence.rule}
        </p>
        {evidence.questions.length > 0 ? (
          <p className="evidence-questions">
            {t('evidence.questions')}{' '}
            {evidence.questions.map((q, i) => (
              <span key={q.id} title={q.text}>
                {i > 0 ? ', ' : ''}
                <span className="code-mono">{q.code}</span>
              </span>
            ))}
          </p>
        ) : null}
      </section>

      {evidence.view === 'all' ? <OverrideSection evidence={evidence} guide={guide} readOnly={props.readOnly} changed={props.changed} /> : null}

      <section className="evidence-section">
        <h3 className="evidence-heading">
          {t('evidence.answersHeading')} <span className="segment-count">{format.number(evidence.answers.length)}</span>
        </h3>
        {evidence.excluded > 0 ? <p className="evidence-excluded">{t('evidence.excluded', { count: evidence.excluded, shown: format.number(evidence.excluded) })}</p> : null}
        {evidence.answers.length === 0 ? (
          <p className="text-placeholder">{t('evidence.noAnswers')}</p>
        ) : (
          <ol className="evidence-answers">
            {evidence.answers.map((answer) => {
              const answerFill = heatmapFill(answer.level, 'level');
              return (
                <li key={`${answer.interviewId}/${answer.questionId}`} className="evidence-answer" data-testid="evidence-answer">
                  <div className="evidence-answer-head">
                    <span className="evidence-level" style={{ background: answerFill, color: textColourOn(answerFill) }} title={levelName(guide, answer.level, language)}>
                      {answer.level}
                    </span>
                    <div className="evidence-answer-who">
                      <span className="evidence-answer-roles">
                        {answer.respondentRoles.length > 0 ? answer.respondentRoles.map((role) => roleLabels[role][language]).join(', ') : t('evidence.noRole')}
                        <span className="evidence-status"> · {interviewStatusLabels[answer.interviewStatus as keyof typeof interviewStatusLabels]?.[language] ?? answer.interviewStatus}</span>
                      </span>
                      <Link href={routeTo(routes.interview, answer.interviewId)} className="evidence-interview-link">
                        {t('evidence.interview', { date: answer.interviewDate ? format.dateTime(answer.interviewDate) : t('evidence.noDate') })}
                        <ExternalLink size={12} aria-hidden />
                      </Link>
                    </div>
                  </div>
                  <p className="evidence-question">
                    <span className="code-mono">{answer.questionCode}</span> {answer.questionText}
                  </p>
                  <p className="evidence-level-name">
                    {t('evidence.answered', { level: answer.level, name: levelName(guide, answer.level, language) })}
                  </p>
                  {answer.explanation ? (
                    <blockquote className="evidence-explanation">
                      <CodedText text={answer.explanation} segments={answer.segments.filter((s) => s.field === 'explanation')} codes={codes} />
                    </blockquote>
                  ) : (
                    <p className="text-placeholder evidence-no-explanation">{t('evidence.noExplanation')}</p>
                  )}
                  {answer.segments.length > 0 ? (
                    <ul className="code-chip-list" aria-label={t('evidence.segmentCodes')}>
                      {[...new Set(answer.segments.map((s) => s.codeId))].map((id) => {
                        const code = codes.get(id);
                        return (
                          <li key={id} className="code-chip" title={code?.label}>
                            {code?.code ?? '?'}
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}

function OverrideSection(props: { readonly evidence: CellEvidence; readonly guide: Guide; readonly readOnly: boolean; readonly changed: () => Promise<void> }) {
  const { t } = useTranslation('analysisViews');
  const { language } = useFormat();
  const { evidence } = props;
  const { cell } = evidence;
  const [level, setLevel] = useState<number>(cell.override ?? cell.suggested ?? 3);
  const [reason, setReason] = useState(cell.reason ?? '');
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await client.call('analysis.setOverride', { organisationId: evidence.organisationId, dimensionId: evidence.dimensionId, level: level as 1 | 2 | 3 | 4 | 5, reason: reason.trim() });
      setEditing(false);
      await props.changed();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setBusy(false);
    }
  }

  async function clear() {
    setBusy(true);
    setError(null);
    try {
      const removed = await client.call('analysis.clearOverride', { organisationId: evidence.organisationId, dimensionId: evidence.dimensionId });
      await props.changed();
      if (removed) {
        showUndo({
          message: t('evidence.overrideRemoved'),
          undo: async () => {
            await client.call('analysis.restoreOverride', { id: removed.id });
            await props.changed();
          },
        });
      }
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="evidence-section evidence-override" data-testid="evidence-override">
      <h3 className="evidence-heading">{t('evidence.overrideHeading')}</h3>
      {error ? <ErrorAlert error={error} onDismiss={() => setError(null)} /> : null}
      {cell.override !== null && !editing ? (
        <div className="evidence-override-current">
          <p>
            <strong>{t('evidence.overrideCurrent', { level: cell.override, name: levelName(props.guide, cell.override, language) })}</strong>
          </p>
          <p className="evidence-override-reason" data-testid="override-reason">
            {t('evidence.reason')}: {cell.reason}
          </p>
          {props.readOnly ? null : (
            <div className="evidence-override-actions">
              <Button className="button-small" onClick={() => setEditing(true)}>
                {t('evidence.overrideChange')}
              </Button>
              <Button className="button-small" variant="ghost" icon={RotateCcw} busy={busy} onClick={() => void clear()} data-testid="override-clear">
                {t('evidence.overrideClear')}
              </Button>
            </div>
          )}
        </div>
      ) : props.readOnly ? (
        <p className="text-placeholder">{t('evidence.noOverride')}</p>
      ) : !editing ? (
        <div className="evidence-override-current">
          <p className="evidence-override-hint">{t('evidence.overrideHint')}</p>
          <Button className="button-small" onClick={() => setEditing(true)} data-testid="override-start">
            {t('evidence.overrideStart')}
          </Button>
        </div>
      ) : (
        <form className="form-stack evidence-override-form" onSubmit={(event) => void save(event)} noValidate>
          <Field label={t('evidence.overrideLevel')}>
            {(control) => (
              <select {...control} className="input select" value={level} onChange={(event) => setLevel(Number(event.target.value))} data-testid="override-level">
                {levels.map((l) => (
                  <option key={l} value={l}>
                    {l} · {levelName(props.guide, l, language)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('evidence.reason')} required hint={t('evidence.reasonHint')} error={reasonMissing && !reason.trim() ? t('evidence.reasonRequired') : null}>
            {(control) => (
              <textarea
                {...control}
                className="input textarea textarea-small"
                value={reason}
                maxLength={5000}
                onChange={(event) => {
                  setReason(event.target.value);
                  setReasonMissing(false);
                }}
                data-testid="override-reason-input"
              />
            )}
          </Field>
          <div className="evidence-override-actions">
            <Button type="submit" variant="primary" className="button-small" icon={Save} busy={busy} data-testid="override-save">
              {t('evidence.overrideSave')}
            </Button>
            <Button className="button-small" variant="ghost" onClick={() => setEditing(false)}>
              {t('evidence.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
