// "Aanbevelingen": the ordered list of recommendations, each edited in place and saved as typed, plus a composer
// for new ones. Order is the report's order: move with the arrow buttons, Alt+ArrowUp/Down on an item, or drag
// the handle. A move shows at once, is announced for screen readers, and keeps the focus where it was.
import { Lightbulb, Plus } from 'lucide-react';
import { useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../../shared/contract/fieldwork';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { PolarityTag } from '../../components/PolarityTag';
import { LoadingLine } from '../../components/LoadingLine';
import { useFormat } from '../../i18n';
import { EmptyState } from '../../components/EmptyState';
import { useLiveData } from '../../app/live-data';
import type { MultiOption } from '../../components/MultiSelect';
import { focusWhenPresent } from '../../app/focus';
import { showUndo } from '../../components/Toast';
import { RecommendationComposer } from './RecommendationComposer';
import { RecommendationItem, type DropSide } from './RecommendationItem';
import { moved } from './recommendation-form';
import '../sessions/sessions.css';
import './recommendations.css';

interface DragState {
  readonly id: string;
  readonly over: { readonly id: string; readonly side: DropSide } | null;
}

export function RecommendationsPage(props: { readonly file: OpenFile; readonly id?: string }) {
  const { t } = useTranslation('sessions');
  const format = useFormat();
  const app = useApp();
  const readOnly = props.file.readOnly;
  const recommendations = useLiveData(() => client.call('recommendations.list', {}), ['recommendations']);
  const organisations = useLiveData(() => client.call('organisations.list', {}), ['organisations']);
  const codes = useLiveData(() => client.call('codes.list', {}), ['guide']);
  const [announcement, setAnnouncement] = useState('');
  const [handleDown, setHandleDown] = useState<string | null>(null);
  const [drag, setDrag] = useState<DragState | null>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  const refocus = useRef<HTMLElement | null>(null);
  /** Counts moves, so only the answer to the latest one is shown (it holds the order after all of them). */
  const moves = useRef(0);

  const list = recommendations.data ?? [];
  const orderKey = list.map((r) => r.id).join(',');

  // Municipalities first: a recommendation "to a municipality" usually names one of them.
  const orgs = useMemo(() => {
    const all = organisations.data ?? [];
    return [...all.filter((o) => o.kind === 'municipality'), ...all.filter((o) => o.kind !== 'municipality')];
  }, [organisations.data]);

  const liveCodes = useMemo(() => new Set((codes.data ?? []).map((c) => c.id)), [codes.data]);
  const codeOptions = useMemo<MultiOption[]>(() => {
    const order = { kans: 0, knelpunt: 1, both: 2 } as const;
    return [...(codes.data ?? [])]
      .sort((a, b) => order[a.polarity] - order[b.polarity] || a.position - b.position)
      .map((code) => ({
        id: code.id,
        label: `${code.code} · ${code.label[format.language] || code.label.nl}`,
        group: t(`recommendations.codesGroup.${code.polarity}`),
        chipDetail: '',
        tag: <PolarityTag polarity={code.polarity} />,
      }));
  }, [codes.data, format.language, t]);

  // React moves the DOM node of a moved item, which drops its focus: give it back.
  useLayoutEffect(() => {
    const element = refocus.current;
    refocus.current = null;
    if (element?.isConnected && document.activeElement !== element) element.focus();
  }, [orderKey]);

  async function move(id: string, toIndex: number) {
    const from = list.findIndex((r) => r.id === id);
    if (from < 0 || toIndex < 0 || toIndex >= list.length || toIndex === from) return;
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    recommendations.replace(moved(list, from, toIndex));
    setAnnouncement(t('recommendations.moved', { position: format.number(toIndex + 1), count: list.length }));
    const thisMove = ++moves.current;
    try {
      const stored = await client.call('recommendations.move', { id, toIndex });
      // An earlier answer, with a later move already shown, would put the list back for a moment and drop the focus.
      if (thisMove !== moves.current) return;
      // Should the stored order differ from the one shown, its items move too: keep the focus then as well.
      if (stored.map((r) => r.id).join(',') !== moved(list, from, toIndex).map((r) => r.id).join(',')) {
        refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      }
      recommendations.replace(stored);
    } catch (error) {
      app.showAlert(error);
      void recommendations.reload();
    }
  }

  async function remove(recommendation: Recommendation, number: number) {
    try {
      await client.call('recommendations.delete', { id: recommendation.id });
    } catch (error) {
      app.showAlert(error);
      return;
    }
    showUndo({
      message: t('recommendations.deleted', { number }),
      undoneMessage: t('recommendations.restored'),
      undo: async () => {
        await client.call('recommendations.restore', { id: recommendation.id });
      },
      focusAfterUndo: () => focusWhenPresent(`[data-rec-id="${CSS.escape(recommendation.id)}"] .rec-handle`),
    });
  }

  function dragProps(recommendation: Recommendation, index: number) {
    const side = drag?.over?.id === recommendation.id ? drag.over.side : null;
    return {
      draggable: handleDown === recommendation.id,
      dragging: drag?.id === recommendation.id,
      dropSide: drag && drag.id !== recommendation.id ? side : null,
      onHandleDown: () => setHandleDown(recommendation.id),
      onDragStart: (event: DragEvent<HTMLLIElement>) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', recommendation.id);
        setDrag({ id: recommendation.id, over: null });
      },
      onDragOver: (event: DragEvent<HTMLLIElement>) => {
        if (!drag) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        const over = { id: recommendation.id, side: (event.clientY < box.top + box.height / 2 ? 'before' : 'after') as DropSide };
        if (drag.over?.id !== over.id || drag.over.side !== over.side) setDrag({ ...drag, over });
      },
      onDrop: (event: DragEvent<HTMLLIElement>) => {
        event.preventDefault();
        if (!drag?.over) return;
        const from = list.findIndex((r) => r.id === drag.id);
        let to = index + (drag.over.side === 'after' ? 1 : 0);
        if (from < to) to -= 1;
        setDrag(null);
        setHandleDown(null);
        void move(drag.id, to);
      },
      onDragEnd: () => {
        setDrag(null);
        setHandleDown(null);
      },
    };
  }

  const error = recommendations.error ?? organisations.error ?? codes.error;
  const loading = recommendations.data === null || organisations.data === null || codes.data === null;

  return (
    <div className="page page-wide" data-testid="recommendations-page" onPointerUp={() => !drag && setHandleDown(null)}>
      <header className="page-header page-header-actions">
        <div>
          <h1>{t('recommendations.title')}</h1>
          <p className="lead">{t('recommendations.lead')}</p>
        </div>
        {readOnly || list.length === 0 ? null : (
          <Button
            variant="secondary"
            icon={Plus}
            onClick={() => {
              composer.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
              composer.current?.focus({ preventScroll: true });
            }}
          >
            {t('recommendations.add')}
          </Button>
        )}
      </header>

      {error ? <ErrorAlert error={error} /> : null}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>

      {loading ? (
        error ? null : <LoadingLine />
      ) : (
        <div className="rec-layout">
          {list.length === 0 ? (
            <EmptyState icon={Lightbulb} title={t('recommendations.emptyTitle')} testId="recommendations-empty">
              {t('recommendations.emptyBody')}
            </EmptyState>
          ) : (
            <>
              <p className="rec-count">{t('recommendations.count', { count: list.length })}</p>
              <ol className="rec-list" aria-label={t('recommendations.listLabel')}>
                {list.map((recommendation, index) => (
                  <RecommendationItem
                    key={recommendation.id}
                    recommendation={recommendation}
                    index={index}
                    count={list.length}
                    organisations={orgs}
                    codeOptions={codeOptions}
                    liveCodes={liveCodes}
                    readOnly={readOnly}
                    onMove={(id, to) => void move(id, to)}
                    onDelete={(r, number) => void remove(r, number)}
                    drag={dragProps(recommendation, index)}
                  />
                ))}
              </ol>
            </>
          )}
          {readOnly ? null : (
            <RecommendationComposer
              ref={composer}
              organisations={orgs}
              onAdded={() => {
                setAnnouncement(t('recommendations.number', { number: list.length + 1 }));
                void recommendations.reload();
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
