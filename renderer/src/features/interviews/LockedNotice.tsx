// The notice on a processed or validated interview: it is fixed (read-only here and refused by the core), with the
// one way to change it again, "Heropenen voor bewerking", which sets the status back to held and can be undone.
import { LockKeyholeOpen, LockKeyhole } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLockedStatus, type Interview } from '../../../../shared/contract/fieldwork';
import { useApp } from '../../app/AppProvider';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { showUndo } from '../../components/Toast';

export function LockedNotice(props: { readonly interview: Interview; readonly fileReadOnly: boolean; readonly className?: string }) {
  const { t } = useTranslation('interviews');
  const app = useApp();
  const [busy, setBusy] = useState(false);
  const { interview } = props;
  if (!isLockedStatus(interview.status) || interview.deletedAt !== null) return null;
  const previous = interview.status;

  async function reopen() {
    setBusy(true);
    try {
      await client.call('interviews.update', { id: interview.id, patch: { status: 'held' } });
      showUndo({
        message: t('locked.reopened'),
        undo: async () => {
          await client.call('interviews.update', { id: interview.id, patch: { status: previous } });
        },
      });
    } catch (error) {
      app.showAlert(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={`interview-locked${props.className ? ` ${props.className}` : ''}`} role="status" data-testid="locked-notice">
      <LockKeyhole size={16} aria-hidden className="interview-locked-icon" />
      <span className="interview-locked-text">{interview.status === 'validated' ? t('locked.validated') : t('locked.processed')}</span>
      {!props.fileReadOnly ? (
        <Button variant="secondary" className="button-small" icon={LockKeyholeOpen} onClick={() => void reopen()} busy={busy} data-testid="reopen-interview">
          {t('locked.reopen')}
        </Button>
      ) : null}
    </div>
  );
}
