// "Kopie delen…": where to write the copy (a native save dialog where there is one) and, recommended, a passphrase
// typed twice. The passphrase lives only in this dialog's state and the one call that seals the copy.
import { Eye, EyeOff, FolderOpen, Lock } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { flushPendingSaves } from '../../app/save-state';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { showToast } from '../../components/Toast';
import './share.css';

export const MIN_PASSPHRASE = 8;

export function ShareDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation('share');
  const app = useApp();
  const [path, setPath] = useState('');
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);
  const native = app.info.transport === 'electron';

  useEffect(() => {
    let live = true;
    client
      .call('share.suggestPath', {})
      .then((suggested) => live && setPath((current) => current || suggested.path))
      .catch((failure: unknown) => live && setError(toErrorInfo(failure)));
    return () => {
      live = false;
    };
  }, []);

  const length = [...passphrase.normalize('NFC')].length;
  const tooShort = encrypt && length < MIN_PASSPHRASE;
  const mismatch = encrypt && repeat.length > 0 && repeat !== passphrase;
  const ready = path.trim() !== '' && (!encrypt || (!tooShort && repeat === passphrase));

  async function browse() {
    try {
      const name = path.split(/[\\/]/).pop() ?? '';
      const picked = await client.call('dialog.pickSavePath', { suggestedName: name.replace(/\.inventaris$/i, '') });
      if (picked.path) setPath(picked.path);
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!ready) return;
    setSaving(true);
    setError(null);
    try {
      await flushPendingSaves();
      const result = await client.call('share.create', {
        path: path.trim(),
        ...(encrypt ? { passphrase, passphraseRepeat: repeat } : {}),
      });
      showToast(t(result.encrypted ? 'share.doneEncrypted' : 'share.donePlain', { path: result.path }));
      props.onClose();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setSaving(false);
    }
  }

  const passphraseType = visible ? 'text' : 'password';
  return (
    <FormDialog
      title={t('share.title')}
      description={t('share.description')}
      testId="share-dialog"
      formId="share-form"
      formClassName="form-stack"
      submitLabel={t('share.submit')}
      busy={saving}
      submitDisabled={!ready}
      onSubmit={(event) => void onSubmit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
      <Field label={t('share.pathLabel')} hint={t('share.pathHint')}>
        {(control) => (
          <div className="share-path-row">
            <input
              {...control}
              className="input input-mono"
              value={path}
              onChange={(e) => setPath(e.target.value)}
              spellCheck={false}
              autoComplete="off"
              data-testid="share-path"
            />
            {native ? (
              <Button variant="secondary" icon={FolderOpen} onClick={() => void browse()}>
                {t('share.browse')}
              </Button>
            ) : null}
          </div>
        )}
      </Field>
      <label className="check-row share-encrypt">
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} data-testid="share-encrypt" />
        <span className="check-row-text">
          <span className="check-row-title">
            <Lock size={14} aria-hidden /> {t('share.encrypt')}
          </span>
          <span className="check-row-meta">{t('share.encryptHint')}</span>
        </span>
      </label>
      {encrypt ? (
        <div className="share-passphrases">
          <Field
            label={t('share.passphrase')}
            hint={t('share.passphraseHint', { min: MIN_PASSPHRASE })}
            error={touched && tooShort ? t('share.tooShort', { count: MIN_PASSPHRASE - length }) : null}
            aside={
              <button type="button" className="link-button share-show" onClick={() => setVisible((v) => !v)} aria-pressed={visible}>
                {visible ? <EyeOff size={14} aria-hidden /> : <Eye size={14} aria-hidden />} {t('share.show')}
              </button>
            }
          >
            {(control) => (
              <input
                {...control}
                type={passphraseType}
                className="input"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                onBlur={() => passphrase && setTouched(true)}
                autoComplete="new-password"
                spellCheck={false}
                data-autofocus
                data-testid="share-passphrase"
              />
            )}
          </Field>
          <Field label={t('share.passphraseRepeat')} error={mismatch ? t('share.mismatch') : null}>
            {(control) => (
              <input
                {...control}
                type={passphraseType}
                className="input"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                autoComplete="new-password"
                spellCheck={false}
                data-testid="share-passphrase-repeat"
              />
            )}
          </Field>
        </div>
      ) : null}
    </FormDialog>
  );
}
