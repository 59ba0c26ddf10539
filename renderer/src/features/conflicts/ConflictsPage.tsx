// "Conflicten": texts two people changed in the same place. Every version is shown with who wrote it and when; the
// user picks one or combines them in place, and saving resolves the conflict (an ordinary, logged change).
import { CircleCheck, GitCompareArrows } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/contract/exchange';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { useLiveData } from '../../app/live-data';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LoadingLine } from '../../components/LoadingLine';
import { showToast } from '../../components/Toast';
import { useFormat } from '../../i18n';
import { fieldLabel, kindLabel } from '../merge/labels';
import '../merge/merge.css';

type Bilingual = { nl: string; en: string };
const isBilingual = (v: unknown): v is Bilingual => typeof v === 'object' && v !== null && 'nl' in v && 'en' in v;
const textOf = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));

function ConflictCard(props: { readonly conflict: Conflict; readonly readOnly: boolean }) {
  const { t } = useTranslation('merge');
  const format = useFormat();
  const app = useApp();
  const { conflict } = props;
  const bilingual = isBilingual(conflict.shown) || conflict.versions.some((v) => isBilingual(v.value));
  const [text, setText] = useState<string>(bilingual ? '' : textOf(conflict.shown));
  const [pair, setPair] = useState<Bilingual>(isBilingual(conflict.shown) ? conflict.shown : { nl: '', en: '' });
  const [saving, setSaving] = useState(false);
  const id = `conflict-${conflict.entity}-${conflict.rowId}-${conflict.field}`.replace(/[^A-Za-z0-9-]/g, '-');

  async function resolve() {
    setSaving(true);
    try {
      await client.call('conflicts.resolve', { entity: conflict.entity, rowId: conflict.rowId, field: conflict.field, value: bilingual ? pair : text });
      showToast(t('conflicts.resolved'));
    } catch (error) {
      app.showAlert(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <article className="card conflict-card" aria-labelledby={`${id}-title`} data-testid="conflict">
      <div className="card-header conflict-header">
        <div>
          <span className="conflict-kind">{kindLabel(t, conflict.entity)}</span>
          <h2 id={`${id}-title`} className="card-title">
            {conflict.rowLabel}
          </h2>
        </div>
        <span className="conflict-field">{t('conflicts.field', { field: fieldLabel(t, conflict.field) })}</span>
      </div>
      <div className="card-body conflict-body">
        <div className="conflict-versions">
          {conflict.versions.map((version) => (
            <section key={version.hlc} className="conflict-version" aria-label={t('conflicts.versionBy', { author: version.author, when: format.dateTime(version.at) })}>
              <header className="conflict-version-header">
                <span className="conflict-author">{version.author || t('merge.unknownAuthor')}</span>
                <span className="conflict-when">{format.dateTime(version.at)}</span>
              </header>
              {isBilingual(version.value) ? (
                <div className="conflict-text">
                  <p>
                    <strong>{t('conflicts.dutch')}:</strong> {version.value.nl}
                  </p>
                  <p>
                    <strong>{t('conflicts.english')}:</strong> {version.value.en}
                  </p>
                </div>
              ) : (
                <p className="conflict-text">{textOf(version.value)}</p>
              )}
              {!props.readOnly ? (
                <Button
                  variant="secondary"
                  className="button-small"
                  onClick={() => (isBilingual(version.value) ? setPair(version.value) : setText(textOf(version.value)))}
                >
                  {t('conflicts.useThis')}
                </Button>
              ) : null}
            </section>
          ))}
        </div>
        {!props.readOnly ? (
          <div className="conflict-resolve">
            {bilingual ? (
              <>
                <label className="field-label" htmlFor={`${id}-nl`}>
                  {t('conflicts.combined')} ({t('conflicts.dutch')})
                </label>
                <textarea id={`${id}-nl`} className="input textarea" rows={4} value={pair.nl} onChange={(e) => setPair({ ...pair, nl: e.target.value })} />
                <label className="field-label" htmlFor={`${id}-en`}>
                  {t('conflicts.combined')} ({t('conflicts.english')})
                </label>
                <textarea id={`${id}-en`} className="input textarea" rows={4} value={pair.en} onChange={(e) => setPair({ ...pair, en: e.target.value })} />
              </>
            ) : (
              <>
                <label className="field-label" htmlFor={`${id}-text`}>
                  {t('conflicts.combined')}
                </label>
                <textarea id={`${id}-text`} className="input textarea" rows={5} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint`} data-testid="conflict-text" />
              </>
            )}
            <p id={`${id}-hint`} className="field-hint">
              {t('conflicts.combinedHint')}
            </p>
            <div className="conflict-actions">
              <Button variant="primary" icon={CircleCheck} onClick={() => void resolve()} busy={saving} data-testid="conflict-save">
                {t('conflicts.save')}
              </Button>
            </div>
          </div>
        ) : null}
      </div>
    </article>
  );
}

export function ConflictsPage(props: { readonly file: OpenFile }) {
  const { t } = useTranslation('merge');
  const conflicts = useLiveData(() => client.call('conflicts.list', {}), ['conflicts', 'notes', 'answers', 'interviews', 'sessions', 'recommendations', 'organisations', 'respondents', 'inventory', 'guide']);
  return (
    <div className="page" data-testid="conflicts-page">
      <header className="page-header">
        <div>
          <h1>{t('conflicts.title')}</h1>
          <p className="lead">{t('conflicts.lead')}</p>
        </div>
      </header>
      {conflicts.error ? <ErrorAlert error={conflicts.error} /> : null}
      {conflicts.data === null ? (
        conflicts.error ? null : <LoadingLine />
      ) : conflicts.data.length === 0 ? (
        <EmptyState icon={GitCompareArrows} title={t('conflicts.emptyTitle')} testId="conflicts-empty">
          {t('conflicts.emptyBody')}
        </EmptyState>
      ) : (
        <div className="conflict-list">
          {conflicts.data.map((conflict) => (
            <ConflictCard key={`${conflict.entity}/${conflict.rowId}/${conflict.field}/${conflict.versions.map((v) => v.hlc).join()}`} conflict={conflict} readOnly={props.file.readOnly} />
          ))}
        </div>
      )}
    </div>
  );
}
