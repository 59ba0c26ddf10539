// One section of the guide outline: its header (number, title that opens the section editor, question count,
// move buttons, menu), its introduction and its questions. Alt+ArrowUp/Down in the header moves the section.
import { ArrowDown, ArrowUp, GripVertical, ListPlus, Pencil, Plus, Trash } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension, Question, Section } from '../../../../shared/contract/fieldwork';
import { Button } from '../../components/Button';
import { Localized, useContentText } from '../../components/Localized';
import { Menu } from '../../components/Menu';
import type { Issue } from './question-form';
import { QuestionRow, type RowDnd } from './QuestionRow';
import type { SectionDnd } from './use-drag-reorder';

export type SectionWithQuestions = Section & { questions: Question[] };

export interface SectionActions {
  editSection(id: string): void;
  editQuestion(id: string): void;
  addQuestion(sectionId: string, toIndex?: number): void;
  addSection(toIndex?: number): void;
  moveSectionBy(id: string, direction: -1 | 1): void;
  moveQuestionBy(id: string, direction: -1 | 1): void;
  askMoveToSection(question: Question): void;
  askDeleteQuestion(question: Question): void;
  askDeleteSection(section: SectionWithQuestions): void;
}

export function SectionCard(props: {
  readonly section: SectionWithQuestions;
  readonly index: number;
  readonly sectionCount: number;
  readonly readOnly: boolean;
  readonly hintId: string;
  readonly editing: { readonly kind: 'question' | 'section'; readonly id: string } | null;
  readonly dimensionById: ReadonlyMap<string, Dimension>;
  readonly issuesById: ReadonlyMap<string, readonly Issue[]>;
  readonly dnd: SectionDnd;
  readonly questionDnd: (question: Question) => RowDnd;
  readonly actions: SectionActions;
}) {
  const { t } = useTranslation('guide');
  const contentText = useContentText();
  const { section, index, sectionCount, readOnly, editing, dnd, actions } = props;
  const title = contentText(section.title) || t('sections.untitled');
  const number = index + 1;
  const selected = editing?.kind === 'section' && editing.id === section.id;
  const className = ['g-section-card', dnd.hint ? `g-drop-${dnd.hint}` : '', dnd.dragging ? 'g-is-dragging' : '', selected ? 'g-section-card-selected' : ''].filter(Boolean).join(' ');

  function onHeaderKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || (event.target as HTMLElement).closest('[role="menu"]')) return;
    event.preventDefault();
    if (!readOnly) actions.moveSectionBy(section.id, event.key === 'ArrowUp' ? -1 : 1);
  }

  return (
    <li className={className} data-section-id={section.id} data-testid="section-card" onDragStart={dnd.onDragStart} onDragEnd={dnd.onDragEnd} onDragOver={dnd.onDragOver} onDrop={dnd.onDrop}>
      <div className="g-section-header" onKeyDown={onHeaderKeyDown}>
        {readOnly ? null : (
          <span className="g-drag-handle" aria-hidden title={t('sections.dragHint')} onPointerDown={dnd.onHandlePointerDown} data-testid="section-drag">
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
            onClick={() => actions.editSection(section.id)}
            aria-describedby={props.hintId}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            aria-current={selected || undefined}
          >
            <span className="visually-hidden">{t('sections.numbered', { number })} </span>
            {section.title.nl || section.title.en ? <Localized value={section.title} /> : <span className="text-placeholder">{t('sections.untitled')}</span>}
          </button>
        </h3>
        <span className="g-section-count">{t('sections.questionCount', { count: section.questions.length })}</span>
        {readOnly ? null : (
          <div className="g-row-actions">
            <button type="button" className="icon-button" onClick={() => actions.moveSectionBy(section.id, -1)} disabled={index === 0} aria-label={t('sections.moveUp', { title })} title={t('sections.moveUpShort')}>
              <ArrowUp size={15} aria-hidden />
            </button>
            <button type="button" className="icon-button" onClick={() => actions.moveSectionBy(section.id, 1)} disabled={index === sectionCount - 1} aria-label={t('sections.moveDown', { title })} title={t('sections.moveDownShort')}>
              <ArrowDown size={15} aria-hidden />
            </button>
            <Menu
              label={t('sections.actions', { title })}
              testId="section-menu"
              items={[
                { key: 'edit', label: t('sections.edit'), icon: Pencil, onSelect: () => actions.editSection(section.id) },
                { key: 'addQuestion', label: t('questions.add'), icon: Plus, onSelect: () => actions.addQuestion(section.id) },
                { key: 'addSection', label: t('sections.addBelow'), icon: ListPlus, onSelect: () => actions.addSection(index + 1) },
                { key: 'delete', label: t('sections.delete'), icon: Trash, danger: true, onSelect: () => actions.askDeleteSection(section) },
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
          {section.questions.map((question, position) => (
            <QuestionRow
              key={question.id}
              question={question}
              dimension={question.dimensionId ? (props.dimensionById.get(question.dimensionId) ?? null) : null}
              issues={props.issuesById.get(question.id) ?? []}
              selected={editing?.kind === 'question' && editing.id === question.id}
              readOnly={readOnly}
              canMoveUp={!(index === 0 && position === 0)}
              canMoveDown={!(index === sectionCount - 1 && position === section.questions.length - 1)}
              canMoveToSection={sectionCount > 1}
              hintId={props.hintId}
              dnd={props.questionDnd(question)}
              onOpen={() => actions.editQuestion(question.id)}
              onMove={(direction) => actions.moveQuestionBy(question.id, direction)}
              onInsertBelow={() => actions.addQuestion(section.id, position + 1)}
              onMoveToSection={() => actions.askMoveToSection(question)}
              onDelete={() => actions.askDeleteQuestion(question)}
            />
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <div className="g-section-footer">
          <Button variant="ghost" icon={Plus} className="button-small" onClick={() => actions.addQuestion(section.id)} aria-label={t('questions.addTo', { title })}>
            {t('questions.add')}
          </Button>
        </div>
      )}
    </li>
  );
}
