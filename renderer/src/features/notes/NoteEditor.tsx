// The side panel that edits one note, saved as you type: its kind, its text and the codebook codes it is linked
// to. It also says where the note was made (interview, question) and by whom.
import { Trash } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { noteFieldsSchema, noteKinds, type Note, type NoteFields } from '../../../../shared/contract/fieldwork';
import { noteKindLabels } from '../../../../shared/i18n/domain';
import { polarities } from '../../../../shared/template/types';
import type { Draft } from '../../app/autosave';
import { matchesQuery } from '../../app/text';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { SearchField } from '../../components/SearchField';
import { useFormat } from '../../i18n';
import { Localized, useContentText } from '../../components/Localized';
import { CodedTextarea } from '../coding/CodedTextarea';
import { IssueList, type IssueMessage } from '../../components/IssueList';
import { SidePanel } from '../../components/SidePanel';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { noteKindIcons } from '../../components/NoteKindTag';
import type { NotesData } from './notes-data';
import type { ReactNode } from 'react';

type NoteEdit = Pick<NoteFields, 'kind' | 'text' | 'codeIds'>;
const maxText = 50_000;

function editOf(note: Note): NoteEdit {
  return { kind: note.kind, text: note.text, codeIds: [...note.codeIds] };
}

function draftOf(values: NoteEdit, codeOrder: readonly string[]): Draft<NoteEdit> {
  const valid: Partial<NoteEdit> = { kind: values.kind };
  const invalid: (keyof NoteEdit)[] = [];
  const text = noteFieldsSchema.shape.text.safeParse(values.text);
  if (text.success) valid.text = text.data;
  else invalid.push('text');
  // Keep the codebook's order so ticking and unticking in another order is not a change.
  const chosen = new Set(values.codeIds ?? []);
  valid.codeIds = codeOrder.filter((id) => chosen.has(id));
  return { valid, invalid };
}

const labelKeys: Readonly<Record<keyof NoteEdit, string>> = { kind: 'guide:notes.fields.kind', text: 'guide:notes.fields.text', codeIds: 'guide:notes.fields.codes' };

export function NoteEditor(props: {
  readonly note: Note;
  readonly data: NotesData;
  readonly readOnly: boolean;
  readonly context: ReactNode;
  readonly onClose: () => void;
  readonly onDelete: () => void;
}) {
  const { t } = useTranslation('guide');
  const { language, number } = useFormat();
  const contentText = useContentText();
  const { note, data, readOnly } = props;
  const [codeQuery, setCodeQuery] = useState('');
  const codes = data.guide.codes;
  // Codes linked earlier that have since been deleted from the codebook stay linked (and visible) here.
  const codeOrder = useMemo(() => [...codes.map((code) => code.id), ...note.codeIds.filter((id) => !codes.some((code) => code.id === id))], [codes, note.codeIds]);
  const form = useForm<NoteEdit>({ mode: 'onChange', defaultValues: editOf(note) });
  const { flush } = useAutosaveForm<NoteEdit, NoteEdit>({
    form,
    stored: storedRow(note, editOf),
    toForm: (fields) => ({ kind: fields.kind, text: fields.text, codeIds: [...fields.codeIds] }),
    toDraft: (values) => draftOf(values, codeOrder),
    save: async (patch, base) => storedRow(await client.call('notes.update', { id: note.id, patch, base }), editOf),
    labelKey: (field) => labelKeys[field],
    readOnly,
  });
  const values = useWatch({ control: form.control }) as NoteEdit;
  const textIssues: IssueMessage[] = !values.text.trim()
    ? [{ severity: 'invalid', text: t('notes.issues.textMissing') }]
    : values.text.length > maxText
      ? [{ severity: 'invalid', text: t('issues.tooLong', { max: number(maxText) }) }]
      : [];
  const shownCodes = codes.filter((code) => matchesQuery(codeQuery, [code.code, code.label.nl, code.label.en]));
  const chosen = new Set(values.codeIds);

  return (
    <SidePanel
      title={t('notes.editor.title')}
      subtitle={props.context}
      onClose={() => {
        void flush();
        props.onClose();
      }}
      testId="note-editor"
      initialFocus='textarea[name="text"]'
      footer={
        <Button variant="ghost" icon={Trash} onClick={props.onDelete} disabled={readOnly} className="button-small button-danger-ghost">
          {t('notes.delete')}
        </Button>
      }
    >
      <form className="form-stack editor-form" onSubmit={(event) => event.preventDefault()} onBlur={() => void flush()} noValidate>
        <fieldset className="field">
          <legend className="field-label">{t('notes.fields.kind')}</legend>
          <div className="notes-kind-choice">
            {noteKinds.map((kind) => {
              const Icon = noteKindIcons[kind];
              return (
                <label key={kind} className={`notes-kind-option kind-${kind}`}>
                  <input type="radio" value={kind} {...form.register('kind')} disabled={readOnly} />
                  <Icon size={14} aria-hidden />
                  <span>{noteKindLabels[kind][language]}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={`note-text-${note.id}`}>
            {t('notes.fields.text')}
            <span className="field-required" aria-hidden>
              *
            </span>
          </label>
          <CodedTextarea
            kind="note"
            sourceId={note.id}
            field="text"
            value={values.text ?? ''}
            codes={props.data.guide.codes}
            readOnly={readOnly}
            after={<IssueList issues={textIssues} id={`note-text-${note.id}-issues`} />}
          >
            <textarea
              id={`note-text-${note.id}`}
              {...form.register('text')}
              readOnly={readOnly}
              className="input textarea textarea-auto notes-note-text-input"
              dir="auto"
              rows={4}
              aria-invalid={textIssues.length > 0 || undefined}
              aria-describedby={`note-text-${note.id}-issues`}
              data-coding-source="note"
              data-coding-id={note.id}
            />
          </CodedTextarea>
        </div>
        <fieldset className="field">
          <legend className="field-label">
            {t('notes.fields.codes')} <span className="field-aside">{t('notes.editor.codesChosen', { count: chosen.size })}</span>
          </legend>
          {codes.length === 0 ? (
            <p className="field-hint">{t('notes.editor.noCodebook')}</p>
          ) : (
            <>
              <SearchField size="small" label={t('notes.editor.codeSearch')} placeholder={t('notes.editor.codeSearch')} value={codeQuery} onChange={setCodeQuery} />
              <div className="notes-code-picker">
                {polarities.map((polarity) => {
                  const group = shownCodes.filter((code) => code.polarity === polarity);
                  if (group.length === 0) return null;
                  return (
                    <div key={polarity} className="notes-code-picker-group">
                      {group.map((code) => (
                        <label key={code.id} className={`notes-code-check${chosen.has(code.id) ? ' notes-code-check-on' : ''}`} title={contentText(code.definition)}>
                          <input type="checkbox" value={code.id} {...form.register('codeIds')} disabled={readOnly} />
                          <span className={`polarity-dot polarity-dot-${code.polarity}`} aria-hidden />
                          <span className="code-mono">{code.code}</span>
                          <span className="notes-code-check-label">
                            <Localized value={code.label} />
                          </span>
                        </label>
                      ))}
                    </div>
                  );
                })}
                {shownCodes.length === 0 ? <p className="field-hint">{t('notes.editor.noCodeMatches')}</p> : null}
              </div>
            </>
          )}
        </fieldset>
      </form>
    </SidePanel>
  );
}
