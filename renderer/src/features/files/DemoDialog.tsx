// "Demo bekijken": says where the demo file goes before writing it (about 5 MB), with the documents folder as the
// default. In Electron another place can be picked with the native save dialog; elsewhere the path is editable.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { filePathSchema } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import './files.css';

export function DemoDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { t: tUi } = useTranslation();
  const app = useApp();
  const native = app.info.transport === 'electron';
  const [path, setPath] = useState<string | null>(null);
  const [pathInvalid, setPathInvalid] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    client
      .call('files.suggestPath', { title: tUi('start.demoFileTitle') })
      .then((suggested) => live && setPath((current) => current ?? suggested.path))
      .catch((failure: unknown) => live && setError(toErrorInfo(failure)));
    return () => {
      live = false;
    };
  }, [tUi]);

  async function chooseOther() {
    setNotice(null);
    try {
      const picked = await client.call('dialog.pickSavePath', { suggestedName: tUi('start.demoFileTitle') });
      if (picked.path) setPath(picked.path);
      else if (picked.native) setNotice(t('demo.pickCancelled'));
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const target = (path ?? '').trim();
    if (!filePathSchema.safeParse(target).success) {
      setPathInvalid(true);
      return;
    }
    setBusy(true);
    try {
      await app.openDemo(target);
      props.onClose();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormDialog
      title={t('demo.title')}
      description={t('demo.description')}
      testId="demo-dialog"
      formId="demo-form"
      formClassName="form-stack"
      submitLabel={busy ? t('demo.creating') : t('demo.submit')}
      busy={busy}
      submitDisabled={path === null}
      onSubmit={(event) => void submit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
      {notice ? (
        <Message tone="info" role="status">
          {notice}
        </Message>
      ) : null}
      <Field label={t('demo.pathLabel')} hint={t('demo.pathHint')} error={pathInvalid ? t('demo.pathRequired') : null}>
        {(control) => (
          <input
            {...control}
            value={path ?? ''}
            onChange={(event) => {
              setPath(event.target.value);
              setPathInvalid(false);
            }}
            readOnly={native}
            className="input input-mono"
            spellCheck={false}
            autoComplete="off"
            data-testid="demo-path"
            data-autofocus={native ? undefined : true}
          />
        )}
      </Field>
      {native ? (
        <div>
          <Button variant="secondary" onClick={() => void chooseOther()} data-autofocus>
            {t('demo.chooseOther')}
          </Button>
        </div>
      ) : null}
    </FormDialog>
  );
}
