// "Vragen": the guide as an outline of sections and questions. Add, edit (side panel), reorder by keyboard
// (Alt+ArrowUp/Down, or the arrow buttons), by mouse (drag handle) or to another section, and delete with Undo.
// Held interviews keep their own snapshot, so none of this changes past interviews.
import { ArrowDown, ArrowUp, Eye, GripVertical, ClockArrowLeft, ListPlus, Pencil, Plus, Trash } from 'lucide-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide, Question, Section } from '../../../../shared/contract/fieldwork';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { Localized, useContentText } from './bilingual';
import { ConfirmDialog } from './ConfirmDialog';
import { GuidePreview } from './GuidePreview';
import { Menu } from './Menu';
import { MoveQuestionDialog } from './MoveQuestionDialog';
import { storedQuestionIssues, type QuestionContext } from './question-form';
import { QuestionEditor } from './QuestionEditor';
import { QuestionRow, type RowDnd } from './QuestionRow';
import { SectionEditor } from './SectionEditor';
import type { UndoToastApi } from './UndoToast';

type Editing = { readonly kind: 'question'; readonly id: string } | { readonly kind: 'section'; readonly id: string } | null;
type Confirm = { readonly kind: 'question'; readonly question: Question } | { readonly kind: 'section'; readonly section: Section & { questions: Question[] } } | null;
type DragItem = { readonly kind: 'question' | 'section'; readonly id: string };
type DropHint = { readonly kind: 'question' | 'section'; readonly id: string; readonly where: 'before' | 'after' } | { readonly kind: 'sectionEnd'; readonly id: string };

const emptyText = { nl: '', en: '' };

/** The next free code in a section, e.g. '3.6' after 3.1..3.5. */
function nextCode(guide: Guide, sectionIndex: number): string {
  const prefix = `${sectionIndex + 1}.`;
  const taken = new Set(guide.sections.flatMap((section) => section.questions.map((question) => question.code.trim())));
  let highest = 0;
  for (const question of guide.sections[sectionIndex]?.questions ?? []) {
    const match = new RegExp(`^${sectionIndex + 1}\\.(\\d+)$`).exec(question.code.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let n = Math.max(highest, guide.sections[sectionIndex]?.questions.length ?? 0) + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function dropWhere(event: DragEvent<HTMLElement>): 'before' | 'after' {
  const rect = event.currentTarget.getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
}

export function QuestionsTab(props: {
  readonly guide: Guide;
  readonly readOnly: boolean;
  readonly adopt: (guide: Guide) => void;
  readonly reload: () => void;
  readonly undo: UndoToastApi;
  readonly onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('guide');
  const contentText = useContentText();
  const { guide, readOnly, adopt, reload, undo, onError } = props;
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [moving, setMoving] = useState<Question | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [hint, setHint] = useState<DropHint | null>(null);
  const [dragging, setDragging] = useState<DragItem | null>(null);
  const hintId = useId();
  const guideRef = useRef(guide);
  guideRef.current = guide;
  const pendingFocus = useRef<string | null>(null);
  const moves = useRef<Promise<void>>(Promise.resolve());
  const drag = useRef<DragItem | null>(null);

  const sectionNumber = (id: string) => guide.sections.findIndex((section) => section.id === id) + 1;
  const dimensionById = useMemo(() => new Map(guide.dimensions.map((dimension) => [dimension.id, dimension])), [guide.dimensions]);
  const issuesById = useMemo(() => {
    const all = guide.sections.flatMap((section) => section.questions);
    const codes = new Map<string, number>();
    for (const question of all) if (question.code.trim()) codes.set(question.code.trim(), (codes.get(question.code.trim()) ?? 0) + 1);
    return new Map(
      all.map((question) => {
        const own = question.code.trim();
        const otherCodes = new Set([...codes.entries()].filter(([code, count]) => code !== own || count > 1).map(([code]) => code));
        const context: QuestionContext = { otherCodes };
        return [question.id, storedQuestionIssues(question, context)] as const;
      }),
    );
  }, [guide.sections]);

  // After a move or delete, focus goes to the row it concerns once the new guide is on screen.
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    const target = document.querySelector<HTMLElement>(selector);
    if (target) {
      pendingFocus.current = null;
      target.focus();
    }
  }, [guide, mode]);

  const focusQuestion = (id: string) => (pendingFocus.current = `[data-question-id="${id}"] .g-question-open`);
  const focusSection = (id: string) => (pendingFocus.current = `[data-section-id="${id}"] .g-section-open`);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        onError(error);
        reload();
      }
    },
    [onError, reload],
  );

  // Moves run one after another, each from the guide the previous one returned, so quick key presses all count.
  function queueMove(work: (current: Guide) => Promise<Guide | null>) {
    moves.current = moves.current.then(() =>
      run(async () => {
        const next = await work(guideRef.current);
        if (next) {
          guideRef.current = next;
          adopt(next);
        }
      }),
    );
  }

  function moveQuestionBy(id: string, direction: -1 | 1) {
    queueMove(async (current) => {
      const sectionIndex = current.sections.findIndex((section) => section.questions.some((question) => question.id === id));
      const section = current.sections[sectionIndex];
      if (!section) return null;
      const index = section.questions.findIndex((question) => question.id === id);
      const question = section.questions[index]!;
      let target: { sectionId: string; toIndex: number; sectionNumber: number } | null = null;
      if (direction === -1 && index > 0) target = { sectionId: section.id, toIndex: index - 1, sectionNumber: sectionIndex + 1 };
      else if (direction === 1 && index < section.questions.length - 1) target = { sectionId: section.id, toIndex: index + 1, sectionNumber: sectionIndex + 1 };
      else if (direction === -1 && sectionIndex > 0) {
        const previous = current.sections[sectionIndex - 1]!;
        target = { sectionId: previous.id, toIndex: previous.questions.length, sectionNumber: sectionIndex };
      } else if (direction === 1 && sectionIndex < current.sections.length - 1) target = { sectionId: current.sections[sectionIndex + 1]!.id, toIndex: 0, sectionNumber: sectionIndex + 2 };
      const code = question.code || t('editor.noCode');
      if (!target) {
        setAnnouncement(t(direction === -1 ? 'announce.atTop' : 'announce.atBottom', { code }));
        return null;
      }
      const next = await client.call('guide.moveQuestion', { id, sectionId: target.sectionId, toIndex: target.toIndex });
      focusQuestion(id);
      setAnnouncement(t('announce.questionMoved', { code, position: target.toIndex + 1, section: target.sectionNumber }));
      return next;
    });
  }

  function moveQuestionTo(id: string, sectionId: string, toIndex: number) {
    queueMove(async (current) => {
      const question = current.sections.flatMap((section) => section.questions).find((item) => item.id === id);
      if (!question) return null;
      const next = await client.call('guide.moveQuestion', { id, sectionId, toIndex });
      focusQuestion(id);
      const sectionIndex = next.sections.findIndex((section) => section.id === sectionId);
      const position = next.sections[sectionIndex]?.questions.findIndex((item) => item.id === id) ?? toIndex;
      setAnnouncement(t('announce.questionMoved', { code: question.code || t('editor.noCode'), position: position + 1, section: sectionIndex + 1 }));
      return next;
    });
  }

  function moveSectionBy(id: string, direction: -1 | 1) {
    queueMove(async (current) => {
      const index = current.sections.findIndex((section) => section.id === id);
      const to = index + direction;
      if (index < 0) return null;
      if (to < 0 || to >= current.sections.length) {
        setAnnouncement(t(direction === -1 ? 'announce.sectionAtTop' : 'announce.sectionAtBottom'));
        return null;
      }
      const next = await client.call('guide.moveSection', { id, toIndex: to });
      focusSection(id);
      setAnnouncement(t('announce.sectionMoved', { position: to + 1 }));
      return next;
    });
  }

  function moveSectionTo(id: string, toIndex: number) {
    queueMove(async () => {
      const next = await client.call('guide.moveSection', { id, toIndex });
      focusSection(id);
      setAnnouncement(t('announce.sectionMoved', { position: toIndex + 1 }));
      return next;
    });
  }

  async function addQuestion(sectionId: string, toIndex?: number) {
    await run(async () => {
      const current = guideRef.current;
      const sectionIndex = current.sections.findIndex((section) => section.id === sectionId);
      const created = await client.call('guide.createQuestion', { sectionId, fields: { type: 'open', text: emptyText, code: nextCode(current, sectionIndex) }, toIndex });
      // Show it at once; the reload that db.changed brings confirms the stored order.
      adopt({
        ...current,
        sections: current.sections.map((section) => {
          if (section.id !== sectionId) return section;
          const questions = [...section.questions];
          questions.splice(toIndex ?? questions.length, 0, created);
          return { ...section, questions };
        }),
      });
      setMode('edit');
      setEditing({ kind: 'question', id: created.id });
      setAnnouncement(t('announce.questionAdded', { code: created.code }));
    });
  }

  async function addSection(toIndex?: number) {
    await run(async () => {
      const current = guideRef.current;
      const created = await client.call('guide.createSection', { fields: { title: emptyText, intro: emptyText }, toIndex });
      const sections = [...current.sections];
      sections.splice(toIndex ?? sections.length, 0, { ...created, questions: [] });
      adopt({ ...current, sections });
      setMode('edit');
      setEditing({ kind: 'section', id: created.id });
      setAnnouncement(t('announce.sectionAdded'));
    });
  }

  async function confirmDelete() {
    if (!confirm) return;
    setBusy(true);
    await run(async () => {
      const current = guideRef.current;
      if (confirm.kind === 'question') {
        const { question } = confirm;
        const section = current.sections.find((item) => item.id === question.sectionId);
        const siblings = section?.questions ?? [];
        const index = siblings.findIndex((item) => item.id === question.id);
        const neighbour = siblings[index + 1] ?? siblings[index - 1];
        await client.call('guide.deleteQuestion', { id: question.id });
        if (editing?.id === question.id) setEditing(null);
        if (neighbour) focusQuestion(neighbour.id);
        else if (section) focusSection(section.id);
        const code = question.code || t('editor.noCode');
        undo.offer(t('undo.questionDeleted', { code }), async () => {
          await client.call('guide.restoreQuestion', { id: question.id });
          focusQuestion(question.id);
          reload();
        });
      } else {
        const { section } = confirm;
        const index = current.sections.findIndex((item) => item.id === section.id);
        const neighbour = current.sections[index + 1] ?? current.sections[index - 1];
        await client.call('guide.deleteSection', { id: section.id });
        if (editing?.id === section.id || section.questions.some((question) => question.id === editing?.id)) setEditing(null);
        if (neighbour) focusSection(neighbour.id);
        const title = contentText(section.title) || t('sections.untitled');
        undo.offer(t('undo.sectionDeleted', { title }), async () => {
          await client.call('guide.restoreSection', { id: section.id });
          focusSection(section.id);
          reload();
        });
      }
      reload();
    });
    setBusy(false);
    setConfirm(null);
  }

  // Mouse reordering: the handle arms its row for dragging, so text in rows stays selectable.
  function armDrag(event: React.PointerEvent<HTMLElement>, selector: string) {
    const row = event.currentTarget.closest<HTMLElement>(selector);
    if (!row) return;
    row.draggable = true;
    const disarm = () => {
      row.draggable = false;
      window.removeEventListener('pointerup', disarm);
    };
    window.addEventListener('pointerup', disarm);
  }

  function dragStart(event: DragEvent<HTMLElement>, item: DragItem) {
    if (!event.currentTarget.draggable) return;
    event.stopPropagation();
    drag.current = item;
    setDragging(item);
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', item.id);
  }

  function dragEnd(event?: DragEvent<HTMLElement> | null) {
    if (event?.currentTarget) event.currentTarget.draggable = false;
    drag.current = null;
    setDragging(null);
    setHint(null);
  }

  function questionDnd(question: Question, section: Section & { questions: Question[] }): RowDnd {
    return {
      onHandlePointerDown: (event) => armDrag(event, '.g-question-row'),
      onDragStart: (event) => dragStart(event, { kind: 'question', id: question.id }),
      onDragOver: (event) => {
        if (drag.current?.kind !== 'question') return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
        const where = dropWhere(event);
        if (hint?.kind !== 'question' || hint.id !== question.id || hint.where !== where) setHint({ kind: 'question', id: question.id, where });
      },
      onDrop: (event) => {
        const item = drag.current;
        if (item?.kind !== 'question') return;
        event.preventDefault();
        event.stopPropagation();
        const where = dropWhere(event);
        dragEnd();
        if (item.id === question.id) return;
        let index = section.questions.findIndex((other) => other.id === question.id) + (where === 'after' ? 1 : 0);
        const from = section.questions.findIndex((other) => other.id === item.id);
        if (from >= 0 && from < index) index--;
        moveQuestionTo(item.id, section.id, index);
      },
      onDragEnd: () => dragEnd(),
      hint: hint?.kind === 'question' && hint.id === question.id ? hint.where : null,
      dragging: dragging?.kind === 'question' && dragging.id === question.id,
    };
  }

  function sectionDropProps(section: Section & { questions: Question[] }, index: number) {
    return {
      onDragOver: (event: DragEvent<HTMLElement>) => {
        const item = drag.current;
        if (!item) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (item.kind === 'question') {
          if (hint?.kind !== 'sectionEnd' || hint.id !== section.id) setHint({ kind: 'sectionEnd', id: section.id });
        } else {
          const where = dropWhere(event);
          if (hint?.kind !== 'section' || hint.id !== section.id || hint.where !== where) setHint({ kind: 'section', id: section.id, where });
        }
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        const item = drag.current;
        if (!item) return;
        event.preventDefault();
        const where = dropWhere(event);
        dragEnd();
        if (item.kind === 'question') {
          const inSection = section.questions.some((question) => question.id === item.id);
          moveQuestionTo(item.id, section.id, inSection ? section.questions.length - 1 : section.questions.length);
        } else if (item.id !== section.id) {
          let to = index + (where === 'after' ? 1 : 0);
          const from = guideRef.current.sections.findIndex((other) => other.id === item.id);
          if (from >= 0 && from < to) to--;
          moveSectionTo(item.id, to);
        }
      },
    };
  }

  const editingQuestion = editing?.kind === 'question' ? guide.sections.flatMap((section) => section.questions).find((question) => question.id === editing.id) : undefined;
  const editingSection = editing?.kind === 'section' ? guide.sections.find((section) => section.id === editing.id) : undefined;
  const panelOpen = mode === 'edit' && Boolean(editingQuestion || editingSection);

  return (
    <div className={`g-split${panelOpen ? ' g-split-open' : ''}`}>
      <div className="g-split-main">
        <div className="g-toolbar">
          <div className="segmented g-segmented-large" role="group" aria-label={t('questions.modeLabel')}>
            <button type="button" className="segmented-item" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>
              <Pencil size={14} aria-hidden />
              {t('questions.modeEdit')}
            </button>
            <button type="button" className="segmented-item" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>
              <Eye size={14} aria-hidden />
              {t('questions.modePreview')}
            </button>
          </div>
          {mode === 'edit' && !readOnly ? (
            <Button variant="secondary" icon={Plus} onClick={() => void addSection()} className="g-toolbar-end">
              {t('sections.add')}
            </Button>
          ) : null}
        </div>
        <p className="g-snapshot-note">
          <ClockArrowLeft size={15} aria-hidden />
          <span>{t('questions.snapshotNote')}</span>
        </p>
        <p id={hintId} className="visually-hidden">
          {t('questions.keyboardHint')}
        </p>
        <p className="visually-hidden" aria-live="polite" data-testid="announcer">
          {announcement}
        </p>

        {mode === 'preview' ? (
          <GuidePreview guide={guide} />
        ) : guide.sections.length === 0 ? (
          <div className="empty-state">
            <ListPlus size={28} className="empty-state-icon" aria-hidden />
            <p className="empty-state-title">{t('questions.emptyTitle')}</p>
            <p className="empty-state-body">{t('questions.emptyBody')}</p>
            {!readOnly ? (
              <Button variant="primary" icon={Plus} onClick={() => void addSection()} className="g-empty-state-action">
                {t('sections.addFirst')}
              </Button>
            ) : null}
          </div>
        ) : (
          <ol className="g-section-list" aria-label={t('questions.outlineLabel')}>
            {guide.sections.map((section, sectionIndex) => {
              const drop = sectionDropProps(section, sectionIndex);
              const sectionHint = hint?.kind === 'section' && hint.id === section.id ? ` g-drop-${hint.where}` : '';
              const endHint = hint?.kind === 'sectionEnd' && hint.id === section.id ? ' g-drop-inside' : '';
              const title = contentText(section.title) || t('sections.untitled');
              const number = sectionIndex + 1;
              return (
                <li
                  key={section.id}
                  className={`g-section-card${sectionHint}${endHint}${dragging?.kind === 'section' && dragging.id === section.id ? ' g-is-dragging' : ''}${editing?.kind === 'section' && editing.id === section.id ? ' g-section-card-selected' : ''}`}
                  data-section-id={section.id}
                  data-testid="section-card"
                  onDragStart={(event) => dragStart(event, { kind: 'section', id: section.id })}
                  onDragEnd={(event) => dragEnd(event)}
                  onDragOver={drop.onDragOver}
                  onDrop={drop.onDrop}
                >
                  <div
                    className="g-section-header"
                    onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
                      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || (event.target as HTMLElement).closest('[role="menu"]')) return;
                      event.preventDefault();
                      if (!readOnly) moveSectionBy(section.id, event.key === 'ArrowUp' ? -1 : 1);
                    }}
                  >
                    {readOnly ? null : (
                      <span className="g-drag-handle" aria-hidden title={t('sections.dragHint')} onPointerDown={(event) => armDrag(event, '.g-section-card')} data-testid="section-drag">
                        <GripVertical size={16} />
                      </span>
                    )}
                    <span className="g-section-number" aria-hidden>
                      {number}
                    </span>
                    <h3 className="g-section-title">
                      <button
                        type="button"
                        className="g-section-open"
                        onClick={() => setEditing({ kind: 'section', id: section.id })}
                        aria-describedby={hintId}
                        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                        aria-current={(editing?.kind === 'section' && editing.id === section.id) || undefined}
                      >
                        <span className="visually-hidden">{t('sections.numbered', { number })} </span>
                        {section.title.nl || section.title.en ? <Localized value={section.title} /> : <span className="g-text-placeholder">{t('sections.untitled')}</span>}
                      </button>
                    </h3>
                    <span className="g-section-count">{t('sections.questionCount', { count: section.questions.length })}</span>
                    {readOnly ? null : (
                      <div className="g-row-actions">
                        <button type="button" className="icon-button" onClick={() => moveSectionBy(section.id, -1)} disabled={sectionIndex === 0} aria-label={t('sections.moveUp', { title })} title={t('sections.moveUpShort')}>
                          <ArrowUp size={15} aria-hidden />
                        </button>
                        <button type="button" className="icon-button" onClick={() => moveSectionBy(section.id, 1)} disabled={sectionIndex === guide.sections.length - 1} aria-label={t('sections.moveDown', { title })} title={t('sections.moveDownShort')}>
                          <ArrowDown size={15} aria-hidden />
                        </button>
                        <Menu
                          label={t('sections.actions', { title })}
                          testId="section-menu"
                          items={[
                            { key: 'edit', label: t('sections.edit'), icon: Pencil, onSelect: () => setEditing({ kind: 'section', id: section.id }) },
                            { key: 'addQuestion', label: t('questions.add'), icon: Plus, onSelect: () => void addQuestion(section.id) },
                            { key: 'addSection', label: t('sections.addBelow'), icon: ListPlus, onSelect: () => void addSection(sectionIndex + 1) },
                            { key: 'delete', label: t('sections.delete'), icon: Trash, danger: true, onSelect: () => setConfirm({ kind: 'section', section }) },
                          ]}
                        />
                      </div>
                    )}
                  </div>
                  {section.intro.nl || section.intro.en ? (
                    <p className="g-section-intro">
                      <Localized value={section.intro} />
                    </p>
                  ) : null}
                  {section.questions.length === 0 ? (
                    <p className="g-section-empty">{t('sections.empty')}</p>
                  ) : (
                    <ol className="g-question-list" aria-label={t('sections.questionsOf', { title })}>
                      {section.questions.map((question, index) => {
                        const first = sectionIndex === 0 && index === 0;
                        const last = sectionIndex === guide.sections.length - 1 && index === section.questions.length - 1;
                        return (
                          <QuestionRow
                            key={question.id}
                            question={question}
                            dimension={question.dimensionId ? (dimensionById.get(question.dimensionId) ?? null) : null}
                            issues={issuesById.get(question.id) ?? []}
                            selected={editing?.kind === 'question' && editing.id === question.id}
                            readOnly={readOnly}
                            canMoveUp={!first}
                            canMoveDown={!last}
                            canMoveToSection={guide.sections.length > 1}
                            hintId={hintId}
                            dnd={questionDnd(question, section)}
                            onOpen={() => setEditing({ kind: 'question', id: question.id })}
                            onMove={(direction) => moveQuestionBy(question.id, direction)}
                            onInsertBelow={() => void addQuestion(section.id, index + 1)}
                            onMoveToSection={() => setMoving(question)}
                            onDelete={() => setConfirm({ kind: 'question', question })}
                          />
                        );
                      })}
                    </ol>
                  )}
                  {readOnly ? null : (
                    <div className="g-section-footer">
                      <Button variant="ghost" icon={Plus} className="button-small" onClick={() => void addQuestion(section.id)} aria-label={t('questions.addTo', { title })}>
                        {t('questions.add')}
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>

      {panelOpen && editingQuestion ? (
        <QuestionEditor
          key={editingQuestion.id}
          question={editingQuestion}
          guide={guide}
          readOnly={readOnly}
          sectionLabel={t('editor.inSection', { number: sectionNumber(editingQuestion.sectionId), title: contentText(guide.sections.find((section) => section.id === editingQuestion.sectionId)?.title ?? emptyText) || t('sections.untitled') })}
          onClose={() => setEditing(null)}
          onDelete={() => setConfirm({ kind: 'question', question: editingQuestion })}
          onMoveToSection={() => setMoving(editingQuestion)}
        />
      ) : null}
      {panelOpen && editingSection ? (
        <SectionEditor
          key={editingSection.id}
          section={editingSection}
          number={sectionNumber(editingSection.id)}
          readOnly={readOnly}
          onClose={() => setEditing(null)}
          onDelete={() => setConfirm({ kind: 'section', section: editingSection })}
        />
      ) : null}

      {confirm ? (
        <ConfirmDialog
          title={confirm.kind === 'question' ? t('confirm.questionTitle', { code: confirm.question.code || t('editor.noCode') }) : t('confirm.sectionTitle', { title: contentText(confirm.section.title) || t('sections.untitled') })}
          confirmLabel={t('confirm.delete')}
          busy={busy}
          onCancel={() => setConfirm(null)}
          onConfirm={() => void confirmDelete()}
        >
          {confirm.kind === 'question' ? (
            <p className="g-confirm-quote">
              <Localized value={confirm.question.text} placeholder={t('questions.noText')} />
            </p>
          ) : (
            <p>{t('confirm.sectionBody', { count: confirm.section.questions.length })}</p>
          )}
          <p className="g-confirm-note">{t('confirm.snapshotNote')}</p>
        </ConfirmDialog>
      ) : null}

      {moving ? (
        <MoveQuestionDialog
          question={moving}
          guide={guide}
          onClose={() => setMoving(null)}
          onMove={async (sectionId, place) => {
            const target = guideRef.current.sections.find((section) => section.id === sectionId);
            moveQuestionTo(moving.id, sectionId, place === 'start' ? 0 : (target?.questions.length ?? 0));
            await moves.current;
            setMoving(null);
          }}
        />
      ) : null}
    </div>
  );
}
