// Side by side: one question's answers across all organisations, with a count chart for choice, yes/no and scale
// questions ("n.v.t." and "weet niet" counted apart), and per organisation every answer with the respondents' roles.
import { Columns3, ExternalLink } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { buildBars, heatmapFill } from '../../../../shared/charts';
import type { SideBySide } from '../../../../shared/contract/analysis';
import type { AnswerValue, Guide, Question } from '../../../../shared/contract/fieldwork';
import { roleLabels } from '../../../../shared/i18n/domain';
import { useLiveData } from '../../app/live-data';
import { routes, routeTo } from '../../app/routes';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { LoadingLine } from '../../components/LoadingLine';
import { useFormat } from '../../i18n';
import { choicesOf } from '../interviews/answer-values';
import { analysisEntities, inLanguage } from './analysis-data';
import { ChartFigure } from './ChartFigure';

const storageKey = 'inventaris.analysis.compareQuestion';
const loadGuide = () => client.call('guide.get', {});

export function SideBySideView() {
  const { t } = useTranslation('analysisViews');
  const { language } = useFormat();
  const guide = useLiveData(loadGuide, ['guide']);
  const questions = useMemo(() => guide.data?.sections.flatMap((s) => s.questions) ?? [], [guide.data]);
  const [chosen, setChosen] = useState<string | null>(() => sessionStorage.getItem(storageKey));
  const questionId = chosen && questions.some((q) => q.id === chosen) ? chosen : (questions.find((q) => q.type === 'scale') ?? questions[0])?.id ?? null;

  function choose(id: string) {
    setChosen(id);
    sessionStorage.setItem(storageKey, id);
  }

  if (guide.error) return <ErrorAlert error={guide.error} />;
  if (!guide.data) return <LoadingLine>{t('compare.loading')}</LoadingLine>;
  if (!questionId) {
    return (
      <EmptyState compact icon={Columns3} title={t('compare.emptyTitle')}>
        {t('compare.emptyBody')}
      </EmptyState>
    );
  }
  return (
    <div className="analysis-view" data-testid="compare-view">
      <div className="toolbar analysis-toolbar">
        <label className="compare-question-label" htmlFor="compare-question">
          {t('compare.question')}
        </label>
        <select id="compare-question" className="input select compare-question" value={questionId} onChange={(event) => choose(event.target.value)} data-testid="compare-question">
          {guide.data.sections.map((section) => (
            <optgroup key={section.id} label={inLanguage(section.title, language)}>
              {section.questions.map((question) => (
                <option key={question.id} value={question.id}>
                  {question.code} · {inLanguage(question.text, language)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Comparison key={questionId} questionId={questionId} guide={guide.data} question={questions.find((q) => q.id === questionId)!} />
    </div>
  );
}

function Comparison(props: { readonly questionId: string; readonly guide: Guide; readonly question: Question }) {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { language } = format;
  const load = useCallback(() => client.call('analysis.sideBySide', { questionId: props.questionId }), [props.questionId]);
  const { data, error } = useLiveData<SideBySide>(load, analysisEntities, props.questionId);
  const choices = useMemo(() => new Map(choicesOf(props.question, props.guide, language).map((c) => [c.key, c.label])), [props.question, props.guide, language]);

  if (error) return <ErrorAlert error={error} />;
  if (!data) return <LoadingLine>{t('compare.loading')}</LoadingLine>;

  const valueText = (value: AnswerValue): string => {
    if (value === null) return '';
    if (typeof value === 'boolean') return value ? t('compare.yes') : t('compare.no');
    if (typeof value === 'number') return props.question.type === 'scale' ? t('compare.level', { level: value }) : format.number(value);
    if (Array.isArray(value)) return value.map((key) => choices.get(key) ?? key).join('; ');
    return choices.get(value) ?? value;
  };

  const counted = data.counts.length > 0;
  const chart = counted
    ? buildBars({
        title: t('compare.chartTitle', { code: data.question.code }),
        description: t('compare.chartDescription', { question: data.question.text }),
        locale: format.locale,
        width: 640,
        tableColumns: [t('compare.answer'), t('compare.count')],
        emptyText: t('compare.noAnswers'),
        bars: [
          ...data.counts.map((c) => ({
            id: c.key,
            label: c.label,
            value: c.count,
            colour: props.question.type === 'scale' ? heatmapFill(Number(c.key), 'level') : undefined,
          })),
          ...(data.noAnswer.not_applicable > 0 ? [{ id: 'na', label: t('compare.notApplicable'), value: data.noAnswer.not_applicable, colour: '#b9b9b1' }] : []),
          ...(data.noAnswer.dont_know > 0 ? [{ id: 'dk', label: t('compare.dontKnow'), value: data.noAnswer.dont_know, colour: '#b9b9b1' }] : []),
        ],
      })
    : null;
  const answered = data.organisations.reduce((sum, o) => sum + o.answers.length, 0);

  return (
    <div className="compare">
      <section className="card analysis-card">
        <h2 className="analysis-card-title">
          <span className="code-mono">{data.question.code}</span> {inLanguage(props.question.text, language)}
        </h2>
        <p className="analysis-card-lead">{t('compare.lead', { answers: format.number(answered), organisations: format.number(data.organisations.filter((o) => o.answers.length > 0).length) })}</p>
        {chart ? <ChartFigure chart={chart} testId="compare-chart" /> : null}
      </section>
      <div className="compare-grid">
        {data.organisations.map((organisation) => (
          <section key={organisation.organisationId} className="card compare-card" data-testid="compare-organisation">
            <h3 className="compare-card-title">{organisation.organisationName}</h3>
            {organisation.answers.length === 0 ? (
              <p className="text-placeholder">{t('compare.noAnswer')}</p>
            ) : (
              <ul className="compare-answers">
                {organisation.answers.map((answer) => (
                  <li key={answer.interviewId} className="compare-answer">
                    <div className="compare-answer-head">
                      <span className="compare-roles">{answer.respondentRoles.map((r) => roleLabels[r][language]).join(', ') || t('evidence.noRole')}</span>
                      <Link href={routeTo(routes.interview, answer.interviewId)} className="mention-link" aria-label={t('compare.openInterview', { organisation: organisation.organisationName })}>
                        <ExternalLink size={12} aria-hidden />
                      </Link>
                    </div>
                    <p className="compare-value">
                      {answer.noAnswer ? <span className="text-placeholder">{answer.noAnswer === 'not_applicable' ? t('compare.notApplicable') : t('compare.dontKnow')}</span> : valueText(answer.value)}
                    </p>
                    {answer.explanation ? <p className="compare-explanation">{answer.explanation}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
