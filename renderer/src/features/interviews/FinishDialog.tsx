// The "Afronden" dialog of interview mode: keep the interview as held, or mark it processed (which fixes it), with
// a warning when questions are still open.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../../../shared/contract/fieldwork';
import { Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

export function FinishDialog(props: { readonly interview: Interview; readonly unanswered: number; readonly onClose: () => void; readonly onDone: (markProcessed: boolean) => Promise<void> }) {
  const { t } = useTranslation('interviews');
  const [busy, setBusy] = useState<'held' | 'processed' | null>(null);
  const offerProcessed = props.interview.status === 'planned' || props.interview.status === 'held';
  const done = async (markProcessed: boolean) => {
    setBusy(markProcessed ? 'processed' : 'held');
    await props.onDone(markProcessed);
    setBusy(null);
  };
  return (
    <Dialog
      title={t('conduct.finishTitle')}
      onClose={props.onClose}
      testId="finish-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={props.onClose}>
            {t('composer.cancel')}
          </Button>
          <Button variant={offerProcessed ? 'secondary' : 'primary'} onClick={() => void done(false)} busy={busy === 'held'} data-autofocus>
            {offerProcessed ? t('conduct.finishKeepHeld') : t('conduct.finish')}
          </Button>
          {offerProcessed ? (
            <Button variant="primary" onClick={() => void done(true)} busy={busy === 'processed'}>
              {t('conduct.finishProcessed')}
            </Button>
          ) : null}
        </>
      }
    >
      <div className="form-stack">
        {offerProcessed ? <p>{t('conduct.finishBody')}</p> : null}
        {props.unanswered > 0 ? (
          <Message tone="warning" role="note">
            {t('conduct.finishUnanswered', { count: props.unanswered })}
          </Message>
        ) : null}
      </div>
    </Dialog>
  );
}
