// Codebook manager actions beyond editing one code: nest a code under a parent, recolour it, merge it into another
// code (its segments and tags move to the survivor), and delete it with its uses reassigned to another code. Each is
// one dialog; the core refuses a cycle or a merge into itself with a translated message.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { categoricalColours, isHexColour } from '../../../../shared/charts';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { Code } from '../../../../shared/contract/fieldwork';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { showToast, showUndo } from '../../components/Toast';
import { useFormat } from '../../i18n';
import { codeColour } from './CodedText';
import { descendantsOf } from './code-tree';

export type CodebookAction = 'nest' | 'colour' | 'merge' | 'reassign';

/** Extra colours beside Okabe–Ito, all distinct on white. */
const palette: readonly string[] = [...categoricalColours.filter((c) => c !== '#000000' && c !== '#F0E442'), '#7A4D00', '#1D4F91', '#8E3B8E', '#4D7C0F', '#B42318', '#5C5C56'];

export function CodebookActionDialog(props: { readonly action: CodebookAction; readonly code: Code; readonly codes: readonly Code[]; readonly onClose: () => void; readonly onDone: () => void }) {
  const { t } = useTranslation('analysisViews');
  const { language } = useFormat();
  const { action, code } = props;
  const blocked = useMemo(() => (action === 'nest' ? descendantsOf(props.codes, code.id) : new Set([code.id])), [action, props.codes, code.id]);
  const others = props.codes.filter((c) => !blocked.has(c.id) && c.deletedAt === null);
  const [target, setTarget] = useState<string>(action === 'nest' ? (code.parentId ?? '') : '');
  const [colour, setColour] = useState<string>(isHexColour(code.colour) ? code.colour.toUpperCase() : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const name = (c: Code) => `${c.code} · ${c.label[language] || c.label.nl}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (action === 'nest') {
        const previous = code.parentId;
        await client.call('codes.update', { id: code.id, patch: { parentId: target || null } });
        showUndo({
          message: t('codebook.nested', { code: code.code }),
          undo: async () => {
            await client.call('codes.update', { id: code.id, patch: { parentId: previous } });
            props.onDone();
          },
        });
      } else if (action === 'colour') {
        await client.call('codes.update', { id: code.id, patch: { colour: colour ? colour.toLowerCase() : '' } });
        showToast(t('codebook.recoloured', { code: code.code }));
      } else if (action === 'merge') {
        const result = await client.call('codebook.merge', { fromId: code.id, intoId: target });
        showToast(t('codebook.merged', { code: code.code, into: props.codes.find((c) => c.id === target)?.code ?? '', count: result.moved }));
      } else {
        const result = await client.call('codebook.deleteReassign', { id: code.id, reassignTo: target || null });
        showToast(target ? t('codebook.deletedReassigned', { code: code.code, into: props.codes.find((c) => c.id === target)?.code ?? '', count: result.moved }) : t('codebook.deletedUnassigned', { code: code.code, count: result.moved }));
      }
      props.onDone();
      props.onClose();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setBusy(false);
    }
  }

  const needsTarget = action === 'merge';
  return (
    <FormDialog
      title={t(`codebook.titles.${action}`, { code: code.code })}
      description={t(`codebook.descriptions.${action}`)}
      size="small"
      testId="codebook-action-dialog"
      formId="codebook-action-form"
      formClassName="form-stack"
      submitLabel={t(`codebook.submit.${action}`)}
      busy={busy}
      submitDisabled={needsTarget && !target}
      onSubmit={(event) => void submit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
      {action === 'colour' ? (
        <fieldset className="codebook-palette">
          <legend className="field-label">{t('codebook.colour')}</legend>
          <div className="codebook-swatches">
            <label className={`codebook-swatch codebook-swatch-default${colour === '' ? ' is-selected' : ''}`}>
              <input type="radio" name="colour" checked={colour === ''} onChange={() => setColour('')} />
              <span>{t('codebook.defaultColour')}</span>
            </label>
            {palette.map((swatch) => (
              <label key={swatch} className={`codebook-swatch${colour === swatch.toUpperCase() ? ' is-selected' : ''}`} style={{ background: swatch }} title={swatch}>
                <input type="radio" name="colour" checked={colour === swatch.toUpperCase()} onChange={() => setColour(swatch.toUpperCase())} aria-label={swatch} data-testid="colour-swatch" />
              </label>
            ))}
          </div>
          <p className="codebook-preview">
            <span className="polarity-swatch" style={{ background: colour || codeColour({ code: code.code, label: '', colour: code.colour }) }} aria-hidden />
            <mark className="coded-mark" style={{ backgroundColor: `${colour || codeColour({ code: code.code, label: '', colour: code.colour })}33`, borderBottomColor: colour || codeColour({ code: code.code, label: '', colour: code.colour }) }}>
              {t('codebook.previewText')}
            </mark>
          </p>
        </fieldset>
      ) : (
        <Field label={t(`codebook.targetLabel.${action}`)} hint={t(`codebook.targetHint.${action}`)}>
          {(control) => (
            <select {...control} className="input select select-full" value={target} onChange={(event) => setTarget(event.target.value)} data-testid="codebook-action-target" data-autofocus>
              {action === 'merge' ? <option value="">{t('codebook.chooseCode')}</option> : <option value="">{t(`codebook.none.${action}`)}</option>}
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {name(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </FormDialog>
  );
}
