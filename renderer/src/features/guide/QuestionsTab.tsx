// "Vragen": the guide as an outline of sections and questions. Add, edit (side panel), reorder by keyboard
// (Alt+ArrowUp/Down, or the arrow buttons), by mouse (drag handle) or to another section, and delete with Undo.
// Held interviews keep their own snapshot, so none of this changes past interviews.
import { ClockArrowLeft, Eye, ListPlus, Pencil, Plus } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide, Question } from '../../../../shared/contract/fieldwork';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { showUndo } from '../../components/Toast';
import { Localized, useContentText } from '../../components/Localized';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { GuidePreview } from './GuidePreview';
import { MoveQuestionDialog } from './MoveQuestionDialog';
import { storedQuestionIssues } from './question-form';
import { QuestionEditor } from './QuestionEditor';
import { SectionCard, type SectionActions, type SectionWithQuestions } from './SectionCard';
import { SectionEditor } from './SectionEditor';
import { useDragReorder } from './use-drag-reorder';
import { useGuideMoves } from './use-guide-moves';

type Editing = { readonly kind: 'question' | 'section'; readonly id: string } | null;
type Confirm = { readonly kind: 'question'; readonly question: Question } | { readonly kind: 'section'; readonly section: SectionWithQuestions } | null;

const emptyText = { nl: '', en: '' };

/** The next free code in a section, e.g. '3.6' after 3.1..3.5. */
function nextCode(guide: Guide, sectionIndex: number): string {
  const prefix = `${sectionIndex + 1}.`;
  const taken = new Set(guide.sections.flatMap((section) => section.questions.map((question) => question.code.trim())));
  const questions = guide.sections[sectionIndex]?.questions ?? [];
  let highest = questions.length;
  for (const question of questions) {
    const code = question.code.trim();
    if (code.startsWith(prefix) && /^\d+$/.test(code.slice(prefix.length))) highest = Math.max(highest, Number(code.slice(prefix.length)));
  }
  let n = highest + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Problems of every question, for the badges on their rows; a code used twice counts as a duplicate. */
function issuesOf(guide: Guide) {
  const all = guide.sections.flatMap((section) => section.questions);
  const uses = new Map<string, number>();
  for (const question of all) if (question.code.trim()) uses.set(question.code.trim(), (uses.get(question.code.trim()) ?? 0) + 1);
  return new Map(
    all.map((question) => {
      const own = question.code.trim();
      const otherCodes = new Set([...uses.entries()].filter(([code, count]) => code !== own || count > 1).map(([code]) => code));
      return [question.id, storedQuestionIssues(question, { otherCodes })] as const;
    }),
  );
}

export function QuestionsTab(props: {
  readonly guide: Guide;
  readonly readOnly: boolean;
  readonly adopt: (guide: Guide) => void;
  readonly reload: () => void;
  readonly onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('guide');
  const contentText = useContentText();
  const { guide, readOnly, adopt, reload, onError } = props;
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [moving, setMoving] = useState<Question | null>(null);
  const hintId = useId();
  const moves = useGuideMoves({ guide, adopt, reload, onError, view: mode });
  const dnd = useDragReorder(moves);
  const { run, focusQuestion, focusSection, guideRef } = moves;

  const dimensionById = useMemo(() => new Map(guide.dimensions.map((dimension) => [dimension.id, dimension])), [guide.dimensions]);
  const issuesById = useMemo(() => issuesOf(guide), [guide]);
  const sectionNumber = (id: string) => guide.sections.findIndex((section) => section.id === id) + 1;

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
      moves.announce(t('announce.questionAdded', { code: created.code }));
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
      moves.announce(t('announce.sectionAdded'));
    });
  }

  async function deleteQuestion(question: Question) {
    const siblings = guideRef.current.sections.find((section) => section.id === question.sectionId)?.questions ?? [];
    const index = siblings.findIndex((item) => item.id === question.id);
    const neighbour = siblings[index + 1] ?? siblings[index - 1];
    await client.call('guide.deleteQuestion', { id: question.id });
    if (editing?.id === question.id) setEditing(null);
    if (neighbour) focusQuestion(neighbour.id);
    else focusSection(question.sectionId);
    showUndo({
      message: t('undo.questionDeleted', { code: question.code || t('editor.noCode') }),
      undo: async () => {
        await client.call('guide.restoreQuestion', { id: question.id });
        focusQuestion(question.id);
        reload();
      },
      takeFocus: false,
    });
  }

  async function deleteSection(section: SectionWithQuestions) {
    const sections = guideRef.current.sections;
    const index = sections.findIndex((item) => item.id === section.id);
    const neighbour = sections[index + 1] ?? sections[index - 1];
    await client.call('guide.deleteSection', { id: section.id });
    if (editing?.id === section.id || section.questions.some((question) => question.id === editing?.id)) setEditing(null);
    if (neighbour) focusSection(neighbour.id);
    showUndo({
      message: t('undo.sectionDeleted', { title: contentText(section.title) || t('sections.untitled') }),
      undo: async () => {
        await client.call('guide.restoreSection', { id: section.id });
        focusSection(section.id);
        reload();
      },
      takeFocus: neighbour === undefined,
    });
  }

  async function confirmDelete() {
    if (!confirm) return;
    await run(async () => {
      if (confirm.kind === 'question') await deleteQuestion(confirm.question);
      else await deleteSection(confirm.section);
      reload();
    });
    setConfirm(null);
  }

  const actions: SectionActions = {
    editSection: (id) => setEditing({ kind: 'section', id }),
    editQuestion: (id) => setEditing({ kind: 'question', id }),
    addQuestion: (sectionId, toIndex) => void addQuestion(sectionId, toIndex),
    addSection: (toIndex) => void addSection(toIndex),
    moveSectionBy: moves.moveSectionBy,
    moveQuestionBy: moves.moveQuestionBy,
    askMoveToSection: setMoving,
    askDeleteQuestion: (question) => setConfirm({ kind: 'question', question }),
    askDeleteSection: (section) => setConfirm({ kind: 'section', section }),
  };

  const editingQuestion = editing?.kind === 'question' ? guide.sections.flatMap((section) => section.questions).find((question) => question.id === editing.id) : undefined;
  const editingSection = editing?.kind === 'section' ? guide.sections.find((section) => section.id === editing.id) : undefined;
  const panelOpen = mode === 'edit' && Boolean(editingQuestion || editingSection);

  return (
    <div className={`split${panelOpen ? ' split-open' : ''}`}>
      <div className="split-main">
        <div className="toolbar">
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
            <Button variant="secondary" icon={Plus} onClick={() => void addSection()} className="toolbar-end">
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
          {moves.announcement}
        </p>

        {mode === 'preview' ? (
          <GuidePreview guide={guide} />
        ) : guide.sections.length === 0 ? (
          <EmptyState
            compact
            icon={ListPlus}
            title={t('questions.emptyTitle')}
            action={
              readOnly ? null : (
                <Button variant="primary" icon={Plus} onClick={() => void addSection()} className="g-empty-state-action">
                  {t('sections.addFirst')}
                </Button>
              )
            }
          >
            {t('questions.emptyBody')}
          </EmptyState>
        ) : (
          <ol className="g-section-list" aria-label={t('questions.outlineLabel')}>
            {guide.sections.map((section, index) => (
              <SectionCard
                key={section.id}
                section={section}
                index={index}
                sectionCount={guide.sections.length}
                readOnly={readOnly}
                hintId={hintId}
                editing={editing}
                dimensionById={dimensionById}
                issuesById={issuesById}
                dnd={dnd.section(section, index)}
                questionDnd={(question) => dnd.question(question, section)}
                actions={actions}
              />
            ))}
          </ol>
        )}
      </div>

      {panelOpen && editingQuestion ? (
        <QuestionEditor
          key={editingQuestion.id}
          question={editingQuestion}
          guide={guide}
          readOnly={readOnly}
          sectionLabel={t('editor.inSection', {
            number: sectionNumber(editingQuestion.sectionId),
            title: contentText(guide.sections.find((section) => section.id === editingQuestion.sectionId)?.title ?? emptyText) || t('sections.untitled'),
          })}
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
          onClose={() => setConfirm(null)}
          onConfirm={confirmDelete}
        >
          {confirm.kind === 'question' ? (
            <p className="confirm-quote">
              <Localized value={confirm.question.text} placeholder={t('questions.noText')} />
            </p>
          ) : (
            <p>{t('confirm.sectionBody', { count: confirm.section.questions.length })}</p>
          )}
          <p className="confirm-note">{t('confirm.snapshotNote')}</p>
        </ConfirmDialog>
      ) : null}

      {moving ? (
        <MoveQuestionDialog
          question={moving}
          guide={guide}
          onClose={() => setMoving(null)}
          onMove={async (sectionId, place) => {
            const target = guideRef.current.sections.find((section) => section.id === sectionId);
            moves.moveQuestionTo(moving.id, sectionId, place === 'start' ? 0 : (target?.questions.length ?? 0));
            await moves.settled();
            setMoving(null);
          }}
        />
      ) : null}
    </div>
  );
}
