// The save state in the top bar: "Opgeslagen", "Opslaan…" or "Niet opgeslagen: <reason>". It reflects what
// the autosaving forms report and never claims more.
import { CircleCheck, LoaderCircle, Lock, OctagonExclamationPoint, TriangleExclamationPoint } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n';
import { flushPendingSaves, useSaveState } from './save-state';

export function SaveIndicator(props: { readonly readOnly: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useSaveState();

  if (props.readOnly) {
    return (
      <div className="save-state save-state-readonly" role="status" aria-label={t('save.label')} data-testid="save-state">
        <Lock size={14} aria-hidden />
        <span>{t('save.readOnly')}</span>
      </div>
    );
  }

  let content;
  switch (state.kind) {
    case 'saved':
      content = (
        <>
          <CircleCheck size={14} aria-hidden />
          <span>{t('save.saved')}</span>
        </>
      );
      break;
    case 'pending':
    case 'saving':
      content = (
        <>
          <LoaderCircle size={14} aria-hidden className="spin" />
          <span>{t('save.saving')}</span>
        </>
      );
      break;
    case 'invalid':
      content = (
        <>
          <TriangleExclamationPoint size={14} aria-hidden />
          <span>{t('save.invalid', { fields: format.list(state.labelKeys.map((key) => t(key as 'fields.title'))) })}</span>
        </>
      );
      break;
    case 'failed':
      content = (
        <>
          <OctagonExclamationPoint size={14} aria-hidden />
          <span className="save-state-reason" title={format.error(state.error)}>
            {t('save.failed', { reason: format.error(state.error) })}
          </span>
        </>
      );
      break;
  }

  return (
    <div className="save-state-wrap">
      <div className={`save-state save-state-${state.kind}`} role="status" aria-label={t('save.label')} data-testid="save-state" data-state={state.kind}>
        {content}
      </div>
      {state.kind === 'failed' ? (
        <button type="button" className="button button-small button-secondary" onClick={() => void flushPendingSaves()}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  );
}
