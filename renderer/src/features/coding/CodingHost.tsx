// Coding selected text anywhere: when text is selected in an answer, an explanation or a note, a small toolbar
// offers "Coderen"; Alt+C opens the code picker straight away (so a knelpunt can be coded while the respondent
// talks). The picker applies one or more codes; pending typing is saved first so the range matches the stored text,
// and the new segments can be undone.
import { Tag } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/contract/analysis';
import { toErrorInfo } from '../../app/autosave';
import { flushPendingSaves } from '../../app/save-state';
import { client } from '../../bridge';
import { Keys } from '../../components/Keys';
import { showToast, showUndo } from '../../components/Toast';
import { isMac } from '../interviews/shortcuts';
import { CodePicker } from './CodePicker';
import { useCodebookOrNull } from './codebook-store';
import { currentCodingSelection, restoreSelection, type CodingSelection } from './selection';
import './coding.css';

/** Alt+C (⌥C on a Mac), matched by physical key. */
export function isCodingShortcut(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyC';
}

export function codingShortcutKeys(): string[] {
  return [isMac() ? '⌥' : 'Alt', 'C'];
}

export function CodingHost(props: { readonly readOnly: boolean }) {
  const { t } = useTranslation('analysisViews');
  const [selection, setSelection] = useState<CodingSelection | null>(null);
  const [picking, setPicking] = useState<CodingSelection | null>(null);
  // Loaded while nothing is selected, so the picker has its codes the moment Alt+C is pressed.
  const codebook = useCodebookOrNull();
  const codes = useMemo(() => codebook?.filter((code) => code.deletedAt === null) ?? null, [codebook]);
  const pickingRef = useRef(picking);
  pickingRef.current = picking;

  const open = useCallback((target: CodingSelection) => {
    setPicking(target);
    setSelection(null);
  }, []);

  useEffect(() => {
    if (props.readOnly) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (pickingRef.current) return;
        setSelection(currentCodingSelection());
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isCodingShortcut(event) || event.defaultPrevented || pickingRef.current) return;
      const current = currentCodingSelection();
      event.preventDefault();
      if (current) open(current);
      else showToast(t('coding.selectFirst'));
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('mouseup', update);
    document.addEventListener('keyup', update);
    window.addEventListener('keydown', onKey);
    window.addEventListener('scroll', update, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('mouseup', update);
      document.removeEventListener('keyup', update);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', update, true);
    };
  }, [props.readOnly, open, t]);

  async function apply(target: CodingSelection, codeIds: readonly string[]): Promise<void> {
    // What was typed must be in the file before a range of it can be coded.
    await flushPendingSaves();
    const created: Segment[] = [];
    try {
      for (const codeId of codeIds) {
        created.push(await client.call('segments.create', { sourceKind: target.kind, sourceId: target.sourceId, field: target.field, start: target.start, end: target.end, codeId }));
      }
    } catch (failure) {
      for (const segment of created) await client.call('segments.delete', { id: segment.id }).catch(() => undefined);
      throw toErrorInfo(failure);
    }
    const names = codeIds.map((id) => codes?.find((code) => code.id === id)?.code ?? '').filter(Boolean);
    setPicking(null);
    restoreSelection(target);
    showUndo({
      message: t('coding.applied', { count: names.length, codes: names.join(', '), text: target.text.length > 40 ? `${target.text.slice(0, 40)}…` : target.text }),
      undo: async () => {
        for (const segment of created) await client.call('segments.delete', { id: segment.id });
      },
    });
  }

  if (props.readOnly) return null;
  return (
    <>
      {selection && !picking ? (
        <div className="coding-toolbar" style={toolbarPosition(selection)} role="toolbar" aria-label={t('coding.toolbar')} data-testid="coding-toolbar">
          <button
            type="button"
            className="coding-toolbar-button"
            // Keep the selection: the button must not take focus on mouse down.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => open(selection)}
            aria-keyshortcuts="Alt+C"
            data-testid="coding-toolbar-code"
          >
            <Tag size={14} aria-hidden />
            {t('coding.code')}
            <Keys keys={codingShortcutKeys()} />
          </button>
        </div>
      ) : null}
      {picking ? (
        <CodePicker
          selection={picking}
          codes={codes}
          position={toolbarPosition(picking)}
          onApply={(codeIds) => apply(picking, codeIds)}
          onClose={() => {
            setPicking(null);
            restoreSelection(picking);
          }}
        />
      ) : null}
    </>
  );
}

/** Just above the selection (below it when there is no room), kept inside the window. */
function toolbarPosition(selection: CodingSelection): { top: number; left: number } {
  const above = selection.rect.top - 44;
  const top = above > 8 ? above : Math.min(window.innerHeight - 52, selection.rect.bottom + 8);
  const left = Math.max(8, Math.min(window.innerWidth - 240, selection.element instanceof HTMLTextAreaElement ? selection.rect.right - 200 : selection.rect.left));
  return { top, left };
}
