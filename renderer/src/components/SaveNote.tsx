// A quiet line for the footer of an autosaving dialog: that edits save themselves, and whether they have. It reads
// the same save state as the top-bar indicator, so the two never disagree.
import { CircleCheck, LoaderCircle, TriangleExclamationPoint } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSaveState } from '../app/save-state';
import { useFormat } from '../i18n';

export function SaveNote() {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useSaveState();
  // The same words as the top bar: which fields keep the form from being saved, or why saving failed.
  const problemText =
    state.kind === 'invalid'
      ? t('save.invalid', { fields: format.list(state.labelKeys.map((key) => t(key as 'fields.title'))) })
      : state.kind === 'failed'
        ? t('save.failed', { reason: format.error(state.error) })
        : '';
  const busy = state.kind === 'pending' || state.kind === 'saving';
  const problem = state.kind === 'invalid' || state.kind === 'failed';
  return (
    <span className={`save-note${problem ? ' save-note-problem' : ''}`} data-testid="dialog-save-note" data-state={state.kind}>
      {busy ? <LoaderCircle size={14} className="spin" aria-hidden /> : problem ? <TriangleExclamationPoint size={14} aria-hidden /> : <CircleCheck size={14} aria-hidden />}
      <span>{busy ? t('save.saving') : problem ? problemText : t('components.saveNote.autosave')}</span>
    </span>
  );
}
