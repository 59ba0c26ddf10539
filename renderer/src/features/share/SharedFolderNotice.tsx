// The shell's notices for files in synced and shared folders: who else has this file open (with the offer to
// reopen it read-only or to work in an own copy), unreadable presence markers, and sync clients' conflicted copies.
// Checked when a file opens and every minute while it stays open.
import { Copy, GitMerge, Lock } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Presence } from '../../../../shared/contract/share';
import type { OpenFile } from '../../../../shared/contract/schemas';
import type { MethodOutput } from '../../../../shared/contract/methods';
import { useApp } from '../../app/AppProvider';
import { client } from '../../bridge';
import { Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { showToast } from '../../components/Toast';
import { useFormat } from '../../i18n';
import './share.css';

const REFRESH_MS = 60_000;

type Status = MethodOutput<'presence.status'>;

export function SharedFolderNotice(props: { readonly file: OpenFile }) {
  const { t } = useTranslation('share');
  const format = useFormat();
  const app = useApp();
  const [status, setStatus] = useState<Status | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [busy, setBusy] = useState<'readOnly' | 'copy' | 'merge' | null>(null);
  const { path } = props.file;

  const refresh = useCallback(async () => {
    try {
      setStatus(await client.call('presence.status', {}));
    } catch {
      // A file closed in the meantime: the next file brings its own status.
      setStatus(null);
    }
  }, []);

  useEffect(() => {
    setStatus(null);
    void refresh();
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [path, props.file.readOnly, refresh]);

  async function act(kind: 'readOnly' | 'copy') {
    setBusy(kind);
    try {
      const opened = await client.call(kind === 'readOnly' ? 'presence.reopenReadOnly' : 'presence.personalCopy', {});
      if (kind === 'copy') showToast(t('presence.personalCopyDone', { name: opened.fileName }));
    } catch (error) {
      app.showAlert(error);
    } finally {
      setBusy(null);
    }
  }

  /** Merges the sync client's copies one by one (each after its own backup), then says what came in. */
  async function mergeCopies(copies: Status['conflictedCopies'], key: string) {
    setBusy('merge');
    try {
      let changes = 0;
      let conflicts = 0;
      for (const copy of copies) {
        const summary = await client.call('merge.run', { path: copy.path });
        changes += summary.changes;
        conflicts = summary.openConflicts;
      }
      showToast(
        [t('presence.merged', { count: changes, names: format.list(copies.map((c) => c.fileName)) }), conflicts > 0 ? t('presence.mergedConflicts', { count: conflicts }) : '']
          .filter(Boolean)
          .join(' '),
      );
      setDismissed(key);
    } catch (error) {
      app.showAlert(error);
    } finally {
      setBusy(null);
    }
  }

  if (!status) return null;
  const key = `${path}|${status.others.map((o) => o.since).join(',')}|${status.conflictedCopies.map((c) => c.path).join(',')}`;
  if (dismissed === key) return null;
  const describe = (other: Presence) =>
    other.sameDevice && !other.readOnly
      ? t('presence.sameDevice', { since: format.dateTime(other.since) })
      : t(other.readOnly ? 'presence.otherReadOnly' : 'presence.other', { author: other.author || '?', device: other.device, since: format.dateTime(other.since) });
  const writers = status.others.filter((o) => !o.readOnly);

  return (
    <>
      {status.others.length > 0 ? (
        <Message tone="warning" role="status" onDismiss={() => setDismissed(key)} testId="presence-notice">
          <span className="presence-title">{t('presence.othersTitle')}</span>
          <ul className="presence-list">
            {status.others.map((other) => (
              <li key={`${other.device}-${other.since}-${other.author}`}>{describe(other)}</li>
            ))}
          </ul>
          {writers.length > 0 && !props.file.readOnly ? (
            <>
              <span>{t('presence.advice')}</span>
              <span className="presence-actions">
                <Button variant="secondary" className="button-small" icon={Lock} busy={busy === 'readOnly'} onClick={() => void act('readOnly')}>
                  {t('presence.readOnly')}
                </Button>
                <Button variant="secondary" className="button-small" icon={Copy} busy={busy === 'copy'} onClick={() => void act('copy')}>
                  {t('presence.personalCopy')}
                </Button>
              </span>
            </>
          ) : null}
        </Message>
      ) : null}
      {status.conflictedCopies.length > 0 ? (
        <Message tone="info" role="status" onDismiss={() => setDismissed(key)} testId="conflicted-copies-notice">
          <span className="presence-title">{t('presence.conflictsTitle')}</span>
          {t('presence.conflicts', { names: format.list(status.conflictedCopies.map((c) => c.fileName)) })}
          {props.file.readOnly ? null : (
            <span className="presence-actions">
              <Button variant="secondary" className="button-small" icon={GitMerge} busy={busy === 'merge'} onClick={() => void mergeCopies(status.conflictedCopies, key)}>
                {t('presence.conflictsMerge')}
              </Button>
            </span>
          )}
        </Message>
      ) : null}
      {status.unreadable.length > 0 ? (
        <Message tone="info" role="note" onDismiss={() => setDismissed(key)} testId="presence-unreadable">
          {t('presence.unreadable', { names: format.list(status.unreadable) })}
        </Message>
      ) : null}
    </>
  );
}
