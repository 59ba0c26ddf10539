// A text with its coded segments highlighted in their codes' colours (overlaps show every code in the tooltip and
// the mark's label), plus the segments whose text was removed from the source, listed under it as such.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { isHexColour } from '../../../../shared/charts';
import './coding.css';
import { pieces } from './segment-pieces';

export interface SegmentLike {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly codeId: string;
  readonly codedText: string;
  readonly textRemoved: boolean;
}

export interface CodeLike {
  readonly code: string;
  readonly label: string;
  readonly colour: string;
}

/** The highlight colour of a code: its own when it is a valid colour, else the accent. */
export function codeColour(code: CodeLike | undefined): string {
  return code && isHexColour(code.colour) ? code.colour : '#0f6e63';
}

export function CodedText(props: {
  readonly text: string;
  readonly segments: readonly SegmentLike[];
  readonly codes: ReadonlyMap<string, CodeLike>;
  readonly className?: string;
  readonly testId?: string;
  /** List the segments whose text was removed under the text (default); false where only the text fits (a table cell). */
  readonly showRemoved?: boolean;
}) {
  const { t } = useTranslation('analysisViews');
  const removed = props.showRemoved === false ? [] : props.segments.filter((s) => s.textRemoved);
  return (
    <>
      <span className={props.className} data-testid={props.testId} dir="auto">
        {pieces(props.text, props.segments).map((piece, i) => {
          if (piece.codes.length === 0) return <Fragment key={i}>{piece.text}</Fragment>;
          const codes = piece.codes.map((id) => props.codes.get(id));
          const colour = codeColour(codes[0]);
          const names = codes.map((code) => (code ? `${code.code} ${code.label}` : t('coding.unknownCode'))).join(', ');
          return (
            <mark
              key={i}
              className={`coded-mark${piece.codes.length > 1 ? ' coded-mark-overlap' : ''}`}
              style={{ backgroundColor: `${colour}33`, borderBottomColor: colour }}
              title={names}
              data-codes={codes.map((code) => code?.code ?? '').join(' ')}
            >
              {piece.text}
              <span className="visually-hidden" data-coding-ignore> ({names})</span>
            </mark>
          );
        })}
      </span>
      {removed.length > 0 ? (
        <ul className="coded-removed-list" aria-label={t('coding.removedLabel')} data-coding-ignore>
          {removed.map((segment) => {
            const code = props.codes.get(segment.codeId);
            return (
              <li key={segment.id} className="coded-removed" data-testid="segment-text-removed">
                <span className="code-chip" style={{ borderColor: codeColour(code) }}>
                  {code?.code ?? '?'}
                </span>
                <span className="coded-removed-badge">{t('coding.textRemoved')}</span>
                <s className="coded-removed-text">{segment.codedText}</s>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
