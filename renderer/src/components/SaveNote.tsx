// A quiet line for the footer of an autosaving dialog: that edits save themselves, and whether they have. It reads
// the same save state as the top-bar indicator, so the two never disagree.
import { CircleCheck, LoaderCircle, TriangleExclamationPoint } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSaveState } from '../app/save-state';

export function SaveNote() {
  const { t } = useTranslation();
  const state = useSaveState();
  const busy = state.kind === 'pending' || state.kind === 'saving';
  const problem = state.kind === 'invalid' || state.kind === 'failed';
  return (
    <span className={`save-note${problem ? ' save-note-problem' : ''}`} data-testid="dialog-save-note" data-state={state.kind}>
      {busy ? <LoaderCircle size={14} className="spin" aria-hidden /> : problem ? <TriangleExclamationPoint size={14} aria-hidden /> : <CircleCheck size={14} aria-hidden />}
      <span>{busy ? t('save.saving') : problem ? t('save.label') : t('components.saveNote.autosave')}</span>
    </span>
  );
}
