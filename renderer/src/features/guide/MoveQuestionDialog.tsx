// Moves a question to another section (at its end or start), the keyboard-friendly alternative to dragging it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide, Question } from '../../../../shared/contract/fieldwork';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useContentText } from '../../components/Localized';

export function MoveQuestionDialog(props: {
  readonly question: Question;
  readonly guide: Guide;
  readonly onMove: (sectionId: string, place: 'start' | 'end') => Promise<void>;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('guide');
  const contentText = useContentText();
  const others = props.guide.sections.filter((section) => section.id !== props.question.sectionId);
  const [sectionId, setSectionId] = useState(others[0]?.id ?? '');
  const [place, setPlace] = useState<'start' | 'end'>('end');
  const [busy, setBusy] = useState(false);
  const numberOf = (id: string) => props.guide.sections.findIndex((section) => section.id === id) + 1;

  async function submit() {
    setBusy(true);
    try {
      await props.onMove(sectionId, place);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('moveDialog.title', { code: props.question.code || t('editor.noCode') })}
      description={t('moveDialog.description')}
      onClose={props.onClose}
      size="small"
      testId="move-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" onClick={() => void submit()} busy={busy} disabled={!sectionId}>
            {t('moveDialog.submit')}
          </Button>
        </>
      }
    >
      <form
        className="form-stack"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t('moveDialog.section')}>
          {(control) => (
            <select {...control} className="input select g-select-wide" value={sectionId} onChange={(event) => setSectionId(event.target.value)} data-autofocus>
              {others.map((section) => (
                <option key={section.id} value={section.id}>
                  {numberOf(section.id)}. {contentText(section.title) || t('sections.untitled')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="field">
          <legend className="field-label">{t('moveDialog.place')}</legend>
          <div className="g-radio-row">
            {(['start', 'end'] as const).map((value) => (
              <label key={value} className="g-checkbox">
                <input type="radio" name="place" value={value} checked={place === value} onChange={() => setPlace(value)} />
                <span>{t(`moveDialog.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
