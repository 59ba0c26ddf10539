// An editable codable text with its coded segments highlighted in the text itself: a mirror layer behind the
// textarea (same font, padding, wrapping and scroll position, text invisible) paints each segment as a tinted mark
// with an underline in its code's colour, and the textarea on top keeps a transparent background. The textarea is
// the caller's own element, untouched, so typing, IME, undo, selection (and Alt+C coding) and autosave work as
// before. While the user types, the segments follow the text with the core's re-anchoring (live-anchor.ts). Under
// the field: the segment chips (remove a coding, "text removed").
import { Fragment, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { SegmentField, SegmentSourceKind } from '../../../../shared/contract/analysis';
import type { Code } from '../../../../shared/contract/fieldwork';
import { useFormat } from '../../i18n';
import { codeColour, type CodeLike } from './CodedText';
import { useCodebook } from './codebook-store';
import { LiveAnchor } from './live-anchor';
import { pieces } from './segment-pieces';
import { SegmentChips, useSourceSegments } from './SegmentList';
import './coding.css';

/** The computed styles the mirror copies from the textarea, so its text wraps at exactly the same places. */
const mirrored = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontVariant',
  'fontFeatureSettings',
  'fontKerning',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'whiteSpace',
  'wordBreak',
  'overflowWrap',
  'hyphens',
  'direction',
  'paddingTop',
  'paddingLeft',
  'paddingBottom',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopLeftRadius',
  'borderTopRightRadius',
  'borderBottomLeftRadius',
  'borderBottomRightRadius',
] as const;

/** Lays the mirror exactly under the textarea and copies what decides where its lines break. */
function syncMirror(textarea: HTMLTextAreaElement, backdrop: HTMLElement): void {
  textarea.style.backgroundColor = '';
  const style = getComputedStyle(textarea);
  for (const name of mirrored) backdrop.style[name] = style[name];
  backdrop.style.backgroundColor = style.backgroundColor;
  textarea.style.backgroundColor = 'transparent';
  // A scroll bar narrows the textarea's text; the mirror has none, so it pads that width instead.
  const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  const scrollbar = Math.max(0, textarea.offsetWidth - textarea.clientWidth - borders);
  backdrop.style.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
  backdrop.style.top = `${textarea.offsetTop}px`;
  backdrop.style.left = `${textarea.offsetLeft}px`;
  backdrop.style.width = `${textarea.offsetWidth}px`;
  backdrop.style.height = `${textarea.offsetHeight}px`;
  backdrop.scrollTop = textarea.scrollTop;
  backdrop.scrollLeft = textarea.scrollLeft;
}

export function CodedTextarea(props: {
  readonly kind: SegmentSourceKind;
  readonly sourceId: string;
  readonly field: SegmentField;
  /** The textarea's current value (what the user sees). */
  readonly value: string;
  /** The codebook; loaded here when not given. */
  readonly codes?: readonly Code[];
  readonly readOnly: boolean;
  /** The textarea itself. */
  readonly children: ReactNode;
  /** Shown between the field and the segment chips (e.g. a character counter). */
  readonly after?: ReactNode;
  /** Whether the segment chips are listed under the field (default); false where the page lists them elsewhere. */
  readonly listed?: boolean;
}) {
  const loaded = useCodebook();
  const codebook = props.codes ?? loaded;
  const { language } = useFormat();
  const { data, reload } = useSourceSegments(props.kind, props.sourceId, props.field);
  const anchor = useRef<LiveAnchor | null>(null);
  anchor.current ??= new LiveAnchor();
  const shown = anchor.current.follow(props.value, data);
  const codes = useMemo(
    () => new Map<string, CodeLike>(codebook.map((code) => [code.id, { code: code.code, label: code.label[language] || code.label.nl, colour: code.colour }])),
    [codebook, language],
  );
  const wrap = useRef<HTMLDivElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);

  // After every render (the value or the segments changed), and whenever the textarea resizes or scrolls.
  useLayoutEffect(() => {
    const textarea = wrap.current?.querySelector('textarea');
    if (textarea && backdrop.current) syncMirror(textarea, backdrop.current);
  });
  useLayoutEffect(() => {
    const textarea = wrap.current?.querySelector('textarea');
    const mirror = backdrop.current;
    if (!textarea || !mirror) return;
    const sync = () => syncMirror(textarea, mirror);
    const scroll = () => {
      mirror.scrollTop = textarea.scrollTop;
      mirror.scrollLeft = textarea.scrollLeft;
    };
    const observer = new ResizeObserver(sync);
    observer.observe(textarea);
    textarea.addEventListener('scroll', scroll, { passive: true });
    return () => {
      observer.disconnect();
      textarea.removeEventListener('scroll', scroll);
      textarea.style.backgroundColor = '';
    };
  }, []);

  return (
    <>
      <div ref={wrap} className="coded-textarea">
        <div ref={backdrop} className="coded-textarea-backdrop" aria-hidden data-testid="coded-textarea-backdrop">
          {pieces(props.value, shown).map((piece, i) => {
            if (piece.codes.length === 0) return <Fragment key={i}>{piece.text}</Fragment>;
            const colour = codeColour(codes.get(piece.codes[0]!));
            const under = piece.codes.map((id, n) => `inset 0 ${-2 * (n + 1)}px 0 ${codeColour(codes.get(id))}`).join(', ');
            return (
              <mark
                key={i}
                className={`coded-textarea-mark${piece.codes.length > 1 ? ' coded-textarea-mark-overlap' : ''}`}
                style={{ backgroundColor: `${colour}38`, boxShadow: under }}
                data-codes={piece.codes.map((id) => codes.get(id)?.code ?? '').join(' ')}
              >
                {piece.text}
              </mark>
            );
          })}
          {/* A final line break needs a character after it to take up its line, as it does in the textarea. */}
          {'\u200b'}
        </div>
        {props.children}
      </div>
      {props.after}
      {props.listed === false ? null : <SegmentChips segments={data} reload={reload} codes={props.codes} readOnly={props.readOnly} />}
    </>
  );
}
