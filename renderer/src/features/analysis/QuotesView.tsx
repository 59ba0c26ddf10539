// Quotes: quote notes and coded segments, filtered by code, organisation and role, each with the respondents'
// consent, the anonymised label the report will use, and whether it may be quoted by name. Marking a quote for use
// by name without recorded consent shows a warning.
import { ExternalLink, Quote as QuoteIcon, ShieldAlert, ShieldCheck, ShieldQuestion, X } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MentionFilter, Quote, ScoreRole, Segment } from '../../../../shared/contract/analysis';
import type { Guide, Organisation } from '../../../../shared/contract/fieldwork';
import { roleLabels } from '../../../../shared/i18n/domain';
import { useLiveData } from '../../app/live-data';
import { routes } from '../../app/routes';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadingLine } from '../../components/LoadingLine';
import { useApp } from '../../app/AppProvider';
import { useFormat } from '../../i18n';
import { CodedText, codeColour, type CodeLike } from '../coding/CodedText';
import { analysisEntities, inLanguage, sourceHref } from './analysis-data';

const noSegments: readonly Segment[] = [];

interface QuotesData {
  readonly quotes: readonly Quote[];
  readonly guide: Guide;
  readonly organisations: readonly Organisation[];
  /** The live coded segments of notes, by note id: a quote note shows them highlighted. */
  readonly noteSegments: ReadonlyMap<string, readonly Segment[]>;
}

export function QuotesView(props: { readonly readOnly: boolean }) {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { language } = format;
  const app = useApp();
  const [filter, setFilter] = useState<MentionFilter>({});
  const key = JSON.stringify(filter);
  const load = useCallback(async (): Promise<QuotesData> => {
    const [quotes, guide, organisations, segments] = await Promise.all([
      client.call('analysis.quotes', JSON.parse(key) as MentionFilter),
      client.call('guide.get', {}),
      client.call('organisations.list', {}),
      client.call('segments.list', { sourceKind: 'note' }),
    ]);
    const noteSegments = new Map<string, Segment[]>();
    for (const segment of segments) {
      if (segment.deletedAt !== null) continue;
      let list = noteSegments.get(segment.sourceId);
      if (!list) noteSegments.set(segment.sourceId, (list = []));
      list.push(segment);
    }
    return { quotes, guide, organisations, noteSegments };
  }, [key]);
  const { data, error, reload } = useLiveData(load, analysisEntities, key);
  const set = (patch: Partial<MentionFilter>) =>
    setFilter((current) => Object.fromEntries(Object.entries({ ...current, ...patch }).filter(([, v]) => v)) as MentionFilter);
  const filtered = Boolean(filter.codeId || filter.organisationId || filter.role);

  async function setUseByName(quote: Quote, useByName: boolean) {
    try {
      await client.call('quotes.setUseByName', { origin: quote.origin, id: quote.id, useByName });
      await reload();
    } catch (failure) {
      app.showAlert(failure);
    }
  }

  return (
    <div className="analysis-view" data-testid="quotes-view">
      <div className="toolbar analysis-toolbar">
        <select className="input select" value={filter.codeId ?? ''} onChange={(event) => set({ codeId: event.target.value || undefined })} aria-label={t('quotes.codeFilter')} data-testid="quotes-code-filter">
          <option value="">{t('quotes.allCodes')}</option>
          {data?.guide.codes.map((code) => (
            <option key={code.id} value={code.id}>
              {code.code} · {inLanguage(code.label, language)}
            </option>
          ))}
        </select>
        <select className="input select" value={filter.organisationId ?? ''} onChange={(event) => set({ organisationId: event.target.value || undefined })} aria-label={t('quotes.organisationFilter')}>
          <option value="">{t('quotes.allOrganisations')}</option>
          {data?.organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
        <select className="input select" value={filter.role ?? ''} onChange={(event) => set({ role: (event.target.value || undefined) as ScoreRole | undefined })} aria-label={t('quotes.roleFilter')} data-testid="quotes-role-filter">
          <option value="">{t('quotes.allRoles')}</option>
          {(['procurement', 'policy'] as const).map((role) => (
            <option key={role} value={role}>
              {roleLabels[role][language]}
            </option>
          ))}
        </select>
        {filtered ? (
          <Button variant="ghost" icon={X} className="button-small" onClick={() => setFilter({})}>
            {t('quotes.clearFilters')}
          </Button>
        ) : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {!data ? (
        !error ? <LoadingLine>{t('quotes.loading')}</LoadingLine> : null
      ) : data.quotes.length === 0 ? (
        <EmptyState compact icon={QuoteIcon} title={filtered ? t('quotes.noMatches') : t('quotes.emptyTitle')}>
          {filtered ? null : t('quotes.emptyBody')}
        </EmptyState>
      ) : (
        <>
          <p className="analysis-count" role="status" data-testid="quotes-count">
            {t('quotes.count', { count: data.quotes.length, shown: format.number(data.quotes.length) })}
            {data.quotes.some((q) => q.consentWarning) ? ` · ${t('quotes.warningCount', { count: data.quotes.filter((q) => q.consentWarning).length })}` : ''}
          </p>
          <ul className="quote-list">
            {data.quotes.map((quote) => (
              <QuoteCard
                key={`${quote.origin}:${quote.id}`}
                quote={quote}
                guide={data.guide}
                segments={quote.origin === 'note' ? (data.noteSegments.get(quote.sourceId) ?? noSegments) : noSegments}
                readOnly={props.readOnly} onUseByName={(value) => void setUseByName(quote, value)} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function QuoteCard(props: {
  readonly quote: Quote;
  readonly guide: Guide;
  readonly segments: readonly Segment[];
  readonly readOnly: boolean;
  readonly onUseByName: (value: boolean) => void;
}) {
  const { t } = useTranslation('analysisViews');
  const { language } = useFormat();
  const { quote } = props;
  const codes = useMemo(() => new Map(props.guide.codes.map((code) => [code.id, code])), [props.guide.codes]);
  const codeLikes = useMemo(
    () => new Map<string, CodeLike>(props.guide.codes.map((code) => [code.id, { code: code.code, label: inLanguage(code.label, language), colour: code.colour }])),
    [props.guide.codes, language],
  );
  const first = codes.get(quote.codeIds[0] ?? '');
  const ConsentIcon = quote.consent === 'by_name' ? ShieldCheck : quote.consent === 'anonymous' ? ShieldAlert : ShieldQuestion;
  return (
    <li className={`card quote-card${quote.consentWarning ? ' quote-card-warning' : ''}`} data-testid="quote" style={{ borderLeftColor: first ? codeColour({ code: first.code, label: '', colour: first.colour }) : undefined }}>
      <blockquote className="quote-text" dir="auto">
        <CodedText text={quote.text} segments={props.segments} codes={codeLikes} showRemoved={false} />
      </blockquote>
      <div className="quote-meta">
        <span className="quote-who">
          <span className="quote-label" data-testid="quote-label">
            — {quote.useByName && quote.namedLabel ? quote.namedLabel : quote.anonymisedLabel}
          </span>
          <span className="quote-where">
            {[quote.organisationName, quote.respondentRoles.map((r) => roleLabels[r][language]).join(', ')].filter(Boolean).join(' · ')}
          </span>
        </span>
        {quote.codeIds.length > 0 ? (
          <ul className="code-chip-list" aria-label={t('quotes.codes')}>
            {quote.codeIds.map((id) => {
              const code = codes.get(id);
              return (
                <li key={id} className={`code-chip code-chip-${code?.polarity ?? 'both'}`} title={code ? inLanguage(code.label, language) : undefined}>
                  {code?.code ?? '?'}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <div className="quote-footer">
        <span className={`quote-consent quote-consent-${quote.consent}`} data-testid="quote-consent">
          <ConsentIcon size={14} aria-hidden />
          {t(`quotes.consent.${quote.consent}`)}
        </span>
        <span className="quote-actions">
          <label className="quote-by-name">
            <input type="checkbox" checked={quote.useByName} disabled={props.readOnly} onChange={(event) => props.onUseByName(event.target.checked)} data-testid="quote-use-by-name" />
            {t('quotes.useByName')}
          </label>
          <Link href={sourceHref(quote.sourceKind, quote.interviewId, routes)} className="mention-link">
            {t(`mentions.open.${quote.sourceKind}`)}
            <ExternalLink size={12} aria-hidden />
          </Link>
        </span>
      </div>
      {quote.consentWarning ? (
        <p className="quote-warning" role="note" data-testid="quote-consent-warning">
          <ShieldAlert size={14} aria-hidden />
          {t('quotes.consentWarning')}
        </p>
      ) : null}
    </li>
  );
}
