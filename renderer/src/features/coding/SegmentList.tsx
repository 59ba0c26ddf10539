// The coded segments of one field, listed under its editable field (which highlights them, CodedTextarea.tsx):
// code, the coded text, "text removed" when its text was deleted, and a button to remove the coding (undoable).
import { X } from 'lucide-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, SegmentField, SegmentSourceKind } from '../../../../shared/contract/analysis';
import type { Code } from '../../../../shared/contract/fieldwork';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { showUndo } from '../../components/Toast';
import { useFormat } from '../../i18n';
import { codeColour } from './CodedText';
import { useCodebook } from './codebook-store';
import './coding.css';

export function SegmentList(props: {
  readonly kind: SegmentSourceKind;
  readonly sourceId: string;
  readonly field: SegmentField;
  /** The codebook; loaded here when not given. */
  readonly codes?: readonly Code[];
  readonly readOnly: boolean;
}) {
  const { data, reload } = useSourceSegments(props.kind, props.sourceId, props.field);
  return <SegmentChips segments={data} reload={reload} codes={props.codes} readOnly={props.readOnly} />;
}

/** The live segments of one field of one source, reloaded when its source or its segments change. */
export function useSourceSegments(kind: SegmentSourceKind, sourceId: string, field: SegmentField): { data: readonly Segment[]; reload: () => Promise<void> } {
  const load = useCallback(() => client.call('segments.list', { sourceKind: kind, sourceId }), [kind, sourceId]);
  const { data, reload } = useLiveData(load, ['segments', 'answers', 'notes', 'sessions', 'recommendations'], `${kind}:${sourceId}`);
  const segments = useMemo(() => (data ?? []).filter((segment) => segment.field === field && segment.deletedAt === null), [data, field]);
  return { data: segments, reload };
}

export function SegmentChips(props: {
  readonly segments: readonly Segment[];
  readonly reload: () => Promise<void>;
  /** The codebook; loaded here when not given. */
  readonly codes?: readonly Code[];
  readonly readOnly: boolean;
}) {
  const loaded = useCodebook();
  const codebook = props.codes ?? loaded;
  const { t } = useTranslation('analysisViews');
  const { language } = useFormat();
  const { segments, reload } = props;
  if (segments.length === 0) return null;

  async function remove(id: string) {
    await client.call('segments.delete', { id });
    await reload();
    showUndo({
      message: t('coding.removed'),
      undo: async () => {
        await client.call('segments.restore', { id });
        await reload();
      },
    });
  }

  return (
    <ul className="segment-list" aria-label={t('coding.segmentsLabel')} data-testid="segment-list">
      {segments.map((segment) => {
        const code = codebook.find((c) => c.id === segment.codeId);
        const colour = codeColour(code ? { code: code.code, label: '', colour: code.colour } : undefined);
        return (
          <li key={segment.id} className={`segment-chip${segment.textRemoved ? ' segment-chip-removed' : ''}`} style={{ borderColor: colour, backgroundColor: `${colour}1f` }} data-testid="segment-chip" data-code={code?.code}>
            <span className="code-mono segment-chip-code" title={code ? code.label[language] || code.label.nl : undefined}>
              {code?.code ?? '?'}
            </span>
            {segment.textRemoved ? <span className="coded-removed-badge">{t('coding.textRemoved')}</span> : null}
            <span className="segment-chip-text" dir="auto">
              {segment.textRemoved ? <s>{segment.codedText}</s> : segment.codedText}
            </span>
            {props.readOnly ? null : (
              <button type="button" className="segment-chip-remove" onClick={() => void remove(segment.id)} aria-label={t('coding.remove', { code: code?.code ?? '?', text: segment.codedText.slice(0, 60) })}>
                <X size={12} aria-hidden />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
