// A stored text shown read-only with its coded segments highlighted, marked as a coding source so selecting part of
// it and pressing Alt+C (or the toolbar) codes that part. Loads the segments of its own source.
import { useCallback, useMemo } from 'react';
import type { SegmentField, SegmentSourceKind } from '../../../../shared/contract/analysis';
import type { Code } from '../../../../shared/contract/fieldwork';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { useFormat } from '../../i18n';
import { CodedText, type CodeLike } from './CodedText';
import { useCodebook } from './codebook-store';

export function CodedField(props: {
  readonly kind: SegmentSourceKind;
  readonly sourceId: string;
  readonly field: SegmentField;
  readonly text: string;
  /** The codebook; loaded here when not given. */
  readonly codes?: readonly Code[];
  readonly className?: string;
}) {
  const loaded = useCodebook();
  const codebook = props.codes ?? loaded;
  const { language } = useFormat();
  const { kind, sourceId, field } = props;
  const load = useCallback(() => client.call('segments.list', { sourceKind: kind, sourceId }), [kind, sourceId]);
  const { data } = useLiveData(load, ['segments', 'answers', 'notes', 'sessions', 'recommendations'], `${kind}:${sourceId}`);
  const segments = useMemo(() => (data ?? []).filter((s) => s.field === field && s.deletedAt === null), [data, field]);
  const codes = useMemo(
    () => new Map<string, CodeLike>(codebook.map((code) => [code.id, { code: code.code, label: code.label[language] || code.label.nl, colour: code.colour }])),
    [codebook, language],
  );
  return (
    <span className={props.className} data-coding-source={kind} data-coding-id={sourceId} data-coding-field={field}>
      <CodedText text={props.text} segments={segments} codes={codes} />
    </span>
  );
}
