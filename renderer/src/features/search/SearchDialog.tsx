// The search box of the whole inventory (Ctrl+K or "/" from any page): answers, explanations, notes, session texts
// and recommendations, with the hits highlighted in their snippets and filters by organisation, kind and code.
// Arrow keys move through the results and Enter opens one in context. What the user types is passed to the core as
// is; a query it cannot search gets its translated message here.
import { FileText, Lightbulb, MessageSquareText, MessagesSquare, Search } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { segmentSourceKinds, type SearchOutput, type SearchResult, type SegmentSourceKind } from '../../../../shared/contract/analysis';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { Guide, Organisation } from '../../../../shared/contract/fieldwork';
import { toErrorInfo } from '../../app/autosave';
import { routes, routeTo } from '../../app/routes';
import { client } from '../../bridge';
import { Message } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Keys } from '../../components/Keys';
import { useFormat } from '../../i18n';
import { rememberTarget, revealPendingTarget } from './search-target';
import './search.css';

const debounceMs = 160;
const kindIcons = { answer: FileText, explanation: FileText, note: MessageSquareText, session: MessagesSquare, recommendation: Lightbulb } as const;

interface Filters {
  readonly organisationId: string;
  readonly kind: SegmentSourceKind | '';
  readonly codeId: string;
}

/** Where a result opens: its route, and what to scroll to there. */
export function resultTarget(result: SearchResult): { href: string; questionId: string | null; noteId: string | null } {
  const open = result.open;
  switch (open.view) {
    case 'interview':
      return { href: open.interviewId ? routeTo(routes.interview, open.interviewId) : routes.interviews, questionId: open.questionId, noteId: open.noteId };
    case 'notes':
      return { href: routes.notes, questionId: null, noteId: open.noteId };
    case 'session':
      return { href: routes.sessions, questionId: null, noteId: null };
    case 'recommendations':
      return { href: routes.recommendations, questionId: null, noteId: null };
  }
}

export function SearchDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { language } = format;
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({ organisationId: '', kind: '', codeId: '' });
  const [output, setOutput] = useState<SearchOutput | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [active, setActive] = useState(0);
  const [options, setOptions] = useState<{ organisations: readonly Organisation[]; guide: Guide } | null>(null);
  const sequence = useRef(0);
  const listId = useId();

  useEffect(() => {
    let live = true;
    Promise.all([client.call('organisations.list', {}), client.call('guide.get', {})])
      .then(([organisations, guide]) => live && setOptions({ organisations, guide }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const mine = ++sequence.current;
    if (!query.trim()) {
      setOutput(null);
      setError(null);
      setBusy(false);
      return;
    }
    setBusy(true);
    const timer = setTimeout(() => {
      client
        .call('search.query', {
          query,
          limit: 30,
          ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
          ...(filters.kind ? { kinds: filters.kind === 'answer' ? (['answer', 'explanation'] as const).slice() : [filters.kind] } : {}),
          ...(filters.codeId ? { codeId: filters.codeId } : {}),
        })
        .then((next) => {
          if (mine !== sequence.current) return;
          setOutput(next);
          setError(null);
          setActive(0);
        })
        .catch((failure: unknown) => {
          if (mine !== sequence.current) return;
          setOutput(null);
          setError(toErrorInfo(failure));
        })
        .finally(() => mine === sequence.current && setBusy(false));
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query, filters]);

  const results = output?.results ?? [];
  const kinds = useMemo(() => segmentSourceKinds.filter((kind) => kind !== 'explanation'), []);

  function open(result: SearchResult) {
    const target = resultTarget(result);
    rememberTarget({ questionId: target.questionId, noteId: target.noteId, terms: output?.terms ?? [] });
    props.onClose();
    navigate(target.href);
    revealPendingTarget();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (results.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const result = results[active];
      if (result) open(result);
    }
  }

  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <Dialog title={t('search.title')} onClose={props.onClose} size="large" testId="search-dialog">
      <div className="search-box">
        <div className="search-field search-box-field">
          <Search size={18} className="search-field-icon" aria-hidden />
          <input
            type="search"
            className="input input-large search-field-input"
            role="combobox"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-activedescendant={results.length > 0 ? `${listId}-${active}` : undefined}
            aria-autocomplete="list"
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            maxLength={10_000}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            data-testid="search-input"
          />
        </div>
        <div className="toolbar search-filters">
          <select className="input select" value={filters.organisationId} onChange={(event) => set({ organisationId: event.target.value })} aria-label={t('search.organisationFilter')}>
            <option value="">{t('search.allOrganisations')}</option>
            {options?.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
          <select className="input select" value={filters.kind} onChange={(event) => set({ kind: event.target.value as Filters['kind'] })} aria-label={t('search.kindFilter')} data-testid="search-kind">
            <option value="">{t('search.allKinds')}</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`search.kinds.${kind}`)}
              </option>
            ))}
          </select>
          <select className="input select" value={filters.codeId} onChange={(event) => set({ codeId: event.target.value })} aria-label={t('search.codeFilter')}>
            <option value="">{t('search.allCodes')}</option>
            {options?.guide.codes.map((code) => (
              <option key={code.id} value={code.id}>
                {code.code} · {code.label[language] || code.label.nl}
              </option>
            ))}
          </select>
        </div>
        <div className="search-status" role="status" aria-live="polite" data-testid="search-status">
          {error ? null : !query.trim() ? (
            <span className="search-help">
              {t('search.help')} <Keys keys={['↑', '↓']} /> {t('search.helpMove')} <Keys keys={['Enter']} /> {t('search.helpOpen')}
            </span>
          ) : busy && !output ? (
            t('search.searching')
          ) : output ? (
            output.expression === '' ? t('search.nothingSearchable') : t('search.count', { count: results.length, shown: format.number(results.length) })
          ) : null}
        </div>
        {error ? (
          <Message tone="warning" role="alert" testId="search-error">
            {format.error(error)}
          </Message>
        ) : null}
        {results.length > 0 ? (
          <ul className="search-results" role="listbox" id={listId} aria-label={t('search.results')} data-testid="search-results">
            {results.map((result, i) => {
              const Icon = kindIcons[result.kind];
              return (
                <li
                  key={`${result.kind}:${result.sourceId}:${result.field}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`search-result${i === active ? ' search-result-active' : ''}`}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => open(result)}
                  data-testid="search-result"
                >
                  <Icon size={16} className="search-result-icon" aria-hidden />
                  <div className="search-result-body">
                    <div className="search-result-meta">
                      <span className="search-result-kind">{t(`search.kinds.${result.kind}`)}</span>
                      {result.organisationName ? <span className="search-result-org">{result.organisationName}</span> : null}
                    </div>
                    <p className="search-result-snippet">
                      {result.snippet.map((part, p) => (part.hit ? <mark key={p}>{part.text}</mark> : <span key={p}>{part.text}</span>))}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </Dialog>
  );
}
