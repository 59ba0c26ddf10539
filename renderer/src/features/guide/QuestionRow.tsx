// One question in the guide outline: code and text (opens the editor), type, roles, dimension and problems, plus
// move buttons and a menu. Alt+ArrowUp/Down anywhere in the row moves the question; a drag handle serves the mouse.
import { ArrowDown, ArrowUp, FolderInput, GripVertical, ListPlus, Pencil, Trash } from 'lucide-react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension, Question } from '../../../../shared/contract/fieldwork';
import { questionTypeLabels, roleLabels } from '../../../../shared/i18n/domain';
import { useFormat } from '../../i18n';
import { Localized, useContentText } from '../../components/Localized';
import { Menu } from '../../components/Menu';
import type { Issue } from './question-form';

export interface RowDnd {
  readonly onHandlePointerDown: (event: React.PointerEvent<HTMLElement>) => void;
  readonly onDragStart: (event: DragEvent<HTMLElement>) => void;
  readonly onDragOver: (event: DragEvent<HTMLElement>) => void;
  readonly onDrop: (event: DragEvent<HTMLElement>) => void;
  readonly onDragEnd: () => void;
  readonly hint: 'before' | 'after' | null;
  readonly dragging: boolean;
}

export function QuestionRow(props: {
  readonly question: Question;
  readonly dimension: Dimension | null;
  readonly issues: readonly Issue[];
  readonly selected: boolean;
  readonly readOnly: boolean;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly canMoveToSection: boolean;
  readonly hintId: string;
  readonly dnd: RowDnd;
  readonly onOpen: () => void;
  readonly onMove: (direction: -1 | 1) => void;
  readonly onInsertBelow: () => void;
  readonly onMoveToSection: () => void;
  readonly onDelete: () => void;
}) {
  const { t } = useTranslation('guide');
  const { language } = useFormat();
  const contentText = useContentText();
  const { question, dimension, issues, dnd } = props;
  const code = question.code.trim();
  const label = code || t('editor.noCode');
  const incomplete = issues.filter((issue) => issue.severity !== 'warning').length;
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  const metaId = `question-meta-${question.id}`;

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if ((event.target as HTMLElement).closest('[role="menu"]')) return;
    event.preventDefault();
    if (!props.readOnly) props.onMove(event.key === 'ArrowUp' ? -1 : 1);
  }

  const className = ['g-question-row', props.selected ? 'g-question-row-selected' : '', dnd.hint ? `g-drop-${dnd.hint}` : '', dnd.dragging ? 'g-is-dragging' : ''].filter(Boolean).join(' ');

  return (
    <li className={className} data-question-id={question.id} data-testid="question-row" onKeyDown={onKeyDown} onDragStart={dnd.onDragStart} onDragOver={dnd.onDragOver} onDrop={dnd.onDrop} onDragEnd={dnd.onDragEnd}>
      {props.readOnly ? (
        <span className="g-drag-handle g-drag-handle-off" aria-hidden />
      ) : (
        <span className="g-drag-handle" aria-hidden title={t('questions.dragHint')} onPointerDown={dnd.onHandlePointerDown} data-testid="question-drag">
          <GripVertical size={16} />
        </span>
      )}
      <div className="g-question-main">
        <button
          type="button"
          className="g-question-open"
          onClick={props.onOpen}
          aria-current={props.selected || undefined}
          aria-describedby={`${metaId} ${props.hintId}`}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          data-testid="question-open"
        >
          <span className="g-question-code">{label}</span>{' '}
          <Localized value={question.text} placeholder={t('questions.noText')} className="g-question-text" />
        </button>
        <div className="g-question-meta" id={metaId}>
          <span className="g-meta-type">{questionTypeLabels[question.type][language]}</span>
          <span className="g-meta-sep" aria-hidden>
            ·
          </span>
          <span className="meta-roles">{question.roles.length === 0 ? t('questions.allRoles') : question.roles.map((role) => roleLabels[role][language]).join(', ')}</span>
          {dimension ? (
            <span className="badge g-badge-dimension" title={contentText(dimension.name)}>
              <span className="visually-hidden">{t('fields.dimension')}: </span>
              {dimension.code} {contentText(dimension.name)}
            </span>
          ) : null}
          {incomplete > 0 ? (
            <span className="badge g-badge-danger" title={t('questions.incompleteTitle')}>
              {t('questions.incomplete')}
            </span>
          ) : null}
          {warnings > 0 ? <span className="badge badge-warning">{t('questions.warnings', { count: warnings })}</span> : null}
        </div>
      </div>
      {props.readOnly ? null : (
        <div className="g-row-actions">
          <button type="button" className="icon-button" onClick={() => props.onMove(-1)} disabled={!props.canMoveUp} aria-label={t('questions.moveUp', { code: label })} title={t('questions.moveUpShort')}>
            <ArrowUp size={15} aria-hidden />
          </button>
          <button type="button" className="icon-button" onClick={() => props.onMove(1)} disabled={!props.canMoveDown} aria-label={t('questions.moveDown', { code: label })} title={t('questions.moveDownShort')}>
            <ArrowDown size={15} aria-hidden />
          </button>
          <Menu
            label={t('questions.actions', { code: label })}
            testId="question-menu"
            items={[
              { key: 'edit', label: t('questions.edit'), icon: Pencil, onSelect: props.onOpen },
              { key: 'insert', label: t('questions.insertBelow'), icon: ListPlus, onSelect: props.onInsertBelow },
              { key: 'move', label: t('questions.moveToSection'), icon: FolderInput, onSelect: props.onMoveToSection, disabled: !props.canMoveToSection },
              { key: 'delete', label: t('questions.delete'), icon: Trash, onSelect: props.onDelete, danger: true },
            ]}
          />
        </div>
      )}
    </li>
  );
}
