// One recommendation in the ordered list, edited in place and saved as it is typed: text, addressee (and which
// municipality), priority with a coloured tag, linked codebook codes. Move buttons, a drag handle and
// Alt+ArrowUp/Down reorder it; the page carries out the move.
import { CodedTextarea } from '../coding/CodedTextarea';
import { zodResolver } from '@hookform/resolvers/zod';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import { useId, type DragEvent, type KeyboardEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { priorities, recommendationAddressees, type Organisation, type Recommendation } from '../../../../shared/contract/fieldwork';
import { addresseeLabels, priorityLabels } from '../../../../shared/i18n/domain';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n';
import { MultiSelect, type MultiOption } from '../../components/MultiSelect';
import { useFieldMessage } from '../../app/field-message';
import {
  recommendationDraft,
  recommendationFormSchema,
  recommendationLabelKey,
  recommendationValues,
  toRecommendationPatch,
  type RecommendationFormValues,
} from './recommendation-form';

export type DropSide = 'before' | 'after';

export function PriorityTag(props: { readonly priority: Recommendation['priority'] }) {
  const { t } = useTranslation('sessions');
  const format = useFormat();
  const label = priorityLabels[props.priority][format.language];
  return (
    <span className={`rec-priority-tag rec-priority-${props.priority}`} title={t('recommendations.priorityTag', { priority: label })}>
      <span className="rec-priority-dot" aria-hidden />
      <span className="visually-hidden">{t('recommendations.fields.priority')}: </span>
      {label}
    </span>
  );
}

export function RecommendationItem(props: {
  readonly recommendation: Recommendation;
  readonly index: number;
  readonly count: number;
  readonly organisations: readonly Organisation[];
  readonly codeOptions: readonly MultiOption[];
  readonly liveCodes: ReadonlySet<string>;
  readonly readOnly: boolean;
  readonly onMove: (id: string, toIndex: number) => void;
  readonly onDelete: (recommendation: Recommendation, number: number) => void;
  /** Mouse drag: the page tracks which item is dragged and where it would land. */
  readonly drag: {
    readonly dragging: boolean;
    readonly dropSide: DropSide | null;
    readonly onHandleDown: () => void;
    readonly onDragStart: (event: DragEvent<HTMLLIElement>) => void;
    readonly onDragOver: (event: DragEvent<HTMLLIElement>) => void;
    readonly onDrop: (event: DragEvent<HTMLLIElement>) => void;
    readonly onDragEnd: () => void;
    readonly draggable: boolean;
  };
}) {
  const { t } = useTranslation('sessions');
  const format = useFormat();
  const fieldMessage = useFieldMessage();
  const hintId = useId();
  const { recommendation, index, count, readOnly } = props;
  const number = index + 1;
  const form = useForm<RecommendationFormValues>({ resolver: zodResolver(recommendationFormSchema), mode: 'onChange', defaultValues: recommendationValues(recommendation) });
  const { flush } = useAutosaveForm<RecommendationFormValues, RecommendationFormValues>({
    form,
    stored: storedRow(recommendation, recommendationValues),
    readOnly,
    toDraft: (values) => recommendationDraft(values, props.liveCodes),
    save: async (patch, base) => storedRow(await client.call('recommendations.update', { id: recommendation.id, patch: toRecommendationPatch(patch), base: toRecommendationPatch(base) }), recommendationValues),
    labelKey: recommendationLabelKey,
  });
  const { register, formState, getValues } = form;
  const [addressedTo, priority, text] = form.watch(['addressedTo', 'priority', 'text']);
  const textError = fieldMessage({ kind: 'text', max: 20_000 }, formState.errors.text, getValues('text'));

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (readOnly || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const target = event.target as HTMLElement;
    // A select or the code picker use arrows themselves.
    if (target.tagName === 'SELECT' || target.getAttribute('role') === 'combobox') return;
    event.preventDefault();
    props.onMove(recommendation.id, index + (event.key === 'ArrowUp' ? -1 : 1));
  }

  const first = index === 0;
  const last = index === count - 1;

  return (
    <li
      className={`rec-item${props.drag.dragging ? ' rec-item-dragging' : ''}${props.drag.dropSide ? ` rec-drop-${props.drag.dropSide}` : ''}`}
      data-rec-id={recommendation.id}
      data-testid="recommendation"
      aria-label={t('recommendations.number', { number })}
      onKeyDown={onKeyDown}
      draggable={props.drag.draggable}
      onDragStart={props.drag.onDragStart}
      onDragOver={props.drag.onDragOver}
      onDrop={props.drag.onDrop}
      onDragEnd={props.drag.onDragEnd}
    >
      <div className="rec-head">
        {readOnly ? null : (
          <button
            type="button"
            className="rec-handle"
            aria-label={t('recommendations.moveHandle', { number })}
            aria-describedby={hintId}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            title={t('recommendations.moveHint')}
            onPointerDown={props.drag.onHandleDown}
          >
            <GripVertical size={16} aria-hidden />
          </button>
        )}
        <span className="rec-number" aria-hidden>
          {format.number(number)}
        </span>
        <PriorityTag priority={priority} />
        <span className="rec-addressee">{addresseeLabels[addressedTo][format.language]}</span>
        <span className="rec-head-spacer" />
        {readOnly ? null : (
          <span className="rec-actions">
            <button
              type="button"
              className="icon-button"
              aria-label={t('recommendations.moveUp', { number })}
              title={t('recommendations.moveUp', { number })}
              aria-disabled={first || undefined}
              onClick={() => !first && props.onMove(recommendation.id, index - 1)}
            >
              <ArrowUp size={15} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('recommendations.moveDown', { number })}
              title={t('recommendations.moveDown', { number })}
              aria-disabled={last || undefined}
              onClick={() => !last && props.onMove(recommendation.id, index + 1)}
            >
              <ArrowDown size={15} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-button row-action"
              aria-label={t('recommendations.delete', { number })}
              title={t('recommendations.delete', { number })}
              onClick={() => props.onDelete(recommendation, number)}
            >
              <Trash2 size={15} aria-hidden />
            </button>
          </span>
        )}
        <span id={hintId} className="visually-hidden">
          {t('recommendations.moveHint')}
        </span>
      </div>
      <div className="rec-body">
        <CodedTextarea kind="recommendation" sourceId={recommendation.id} field="text" value={text ?? ''} readOnly={readOnly}>
          <textarea
            {...register('text', { onBlur: flush })}
            readOnly={readOnly}
            className="input textarea rec-text"
            rows={2}
            aria-label={t('recommendations.textNamed', { number })}
            aria-invalid={textError ? true : undefined}
            aria-describedby={textError ? `${hintId}-error` : undefined}
            data-coding-source="recommendation"
            data-coding-id={recommendation.id}
          />
        </CodedTextarea>
        {textError ? (
          <p id={`${hintId}-error`} className="field-error">
            {textError}
          </p>
        ) : null}
        <div className="rec-controls">
          <Field label={t('recommendations.fields.addressedTo')}>
            {(control) => (
              <select {...control} {...register('addressedTo', { onBlur: flush })} disabled={readOnly} className="input select">
                {recommendationAddressees.map((a) => (
                  <option key={a} value={a}>
                    {addresseeLabels[a][format.language]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {addressedTo === 'municipality' ? (
            <Field label={t('recommendations.fields.organisation')}>
              {(control) => (
                <select {...control} {...register('organisationId', { onBlur: flush })} disabled={readOnly} className="input select">
                  <option value="">{t('recommendations.fields.anyOrganisation')}</option>
                  {props.organisations.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field label={t('recommendations.fields.priority')}>
            {(control) => (
              <select {...control} {...register('priority', { onBlur: flush })} disabled={readOnly} className="input select rec-select-priority">
                {priorities.map((p) => (
                  <option key={p} value={p}>
                    {priorityLabels[p][format.language]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('recommendations.fields.codes')} className="rec-codes">
            {(control) => (
              <Controller
                control={form.control}
                name="codeIds"
                render={({ field }) => (
                  <MultiSelect
                    control={control}
                    label={`${t('recommendations.fields.codes')} (${t('recommendations.number', { number })})`}
                    options={props.codeOptions}
                    selected={field.value.filter((id) => props.liveCodes.has(id))}
                    onChange={(ids) => field.onChange(ids)}
                    onBlur={() => {
                      field.onBlur();
                      void flush();
                    }}
                    readOnly={readOnly}
                    testId="codes"
                  />
                )}
              />
            )}
          </Field>
        </div>
      </div>
    </li>
  );
}
