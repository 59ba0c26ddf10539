// "Codeboek": the codes that notes and recommendations are tagged with, with their polarity (kans, knelpunt or
// both) and dimension. Search, filter by polarity, add, edit in a side panel (autosaved) and delete with Undo.
import { Pencil, Plus, Search, Tags, Trash } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Guide } from '../../../../shared/contract/fieldwork';
import { polarityLabels } from '../../../../shared/i18n/domain';
import { polarities, type Polarity } from '../../../../shared/template/types';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { useFormat } from '../../i18n';
import { Localized, useContentText } from './bilingual';
import { CodeEditor } from './CodeEditor';
import { ConfirmDialog } from './ConfirmDialog';
import { Menu } from './Menu';
import { NewCodeDialog } from './NewCodeDialog';
import type { UndoToastApi } from './UndoToast';

function matches(code: Code, query: string): boolean {
  if (!query) return true;
  const haystack = [code.code, code.label.nl, code.label.en, code.definition.nl, code.definition.en].join('\n').toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function CodebookTab(props: { readonly guide: Guide; readonly readOnly: boolean; readonly reload: () => void; readonly undo: UndoToastApi; readonly onError: (error: unknown) => void }) {
  const { t } = useTranslation('guide');
  const { language, number } = useFormat();
  const contentText = useContentText();
  const { guide, readOnly, undo } = props;
  const [query, setQuery] = useState('');
  const [polarity, setPolarity] = useState<Polarity | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirm, setConfirm] = useState<Code | null>(null);
  const [busy, setBusy] = useState(false);
  const dimensions = useMemo(() => new Map(guide.dimensions.map((dimension) => [dimension.id, dimension])), [guide.dimensions]);
  const visible = guide.codes.filter((code) => (!polarity || code.polarity === polarity) && matches(code, query.trim()));
  const counts = Object.fromEntries(polarities.map((item) => [item, guide.codes.filter((code) => code.polarity === item).length])) as Record<Polarity, number>;
  const editingCode = guide.codes.find((code) => code.id === editing);

  async function remove(code: Code) {
    setBusy(true);
    try {
      await client.call('codes.delete', { id: code.id });
      if (editing === code.id) setEditing(null);
      undo.offer(t('undo.codeDeleted', { code: code.code }), async () => {
        await client.call('codes.restore', { id: code.id });
        props.reload();
      });
      props.reload();
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
      setConfirm(null);
    }
  }

  return (
    <div className={`g-split${editingCode ? ' g-split-open' : ''}`}>
      <div className="g-split-main">
        <div className="g-toolbar">
          <div className="g-search">
            <Search size={15} className="g-search-icon" aria-hidden />
            <input type="search" className="input g-search-input" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('codebook.searchPlaceholder')} aria-label={t('codebook.search')} />
          </div>
          <div className="segmented g-filter-segmented" role="group" aria-label={t('codebook.polarityFilter')}>
            <button type="button" className="segmented-item" aria-pressed={polarity === ''} onClick={() => setPolarity('')}>
              {t('codebook.all')} <span className="g-segment-count">{number(guide.codes.length)}</span>
            </button>
            {polarities.map((item) => (
              <button key={item} type="button" className="segmented-item" aria-pressed={polarity === item} onClick={() => setPolarity(item)}>
                <span className={`g-dot g-dot-${item}`} aria-hidden />
                {t(`codebook.filter.${item}`)} <span className="g-segment-count">{number(counts[item])}</span>
              </button>
            ))}
          </div>
          {readOnly ? null : (
            <Button variant="secondary" icon={Plus} onClick={() => setAdding(true)} className="g-toolbar-end">
              {t('codebook.add')}
            </Button>
          )}
        </div>

        {guide.codes.length === 0 ? (
          <div className="empty-state">
            <Tags size={28} className="empty-state-icon" aria-hidden />
            <p className="empty-state-title">{t('codebook.emptyTitle')}</p>
            <p className="empty-state-body">{t('codebook.emptyBody')}</p>
          </div>
        ) : (
          <div className="g-table-wrap codebook-wrap">
            <table className="g-table g-codebook-table" data-testid="codebook-table">
              <caption className="visually-hidden">{t('codebook.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="g-col-code">
                    {t('codebook.columns.code')}
                  </th>
                  <th scope="col">{t('codebook.columns.label')}</th>
                  <th scope="col" className="g-col-polarity">
                    {t('codebook.columns.polarity')}
                  </th>
                  <th scope="col" className="g-col-dimension">
                    {t('codebook.columns.dimension')}
                  </th>
                  <th scope="col" className="g-col-definition">
                    {t('codebook.columns.definition')}
                  </th>
                  <th scope="col" className="g-col-actions">
                    <span className="visually-hidden">{t('codebook.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((code) => {
                  const dimension = code.dimensionId ? dimensions.get(code.dimensionId) : undefined;
                  return (
                    <tr key={code.id} className={editing === code.id ? 'g-row-selected' : undefined} data-testid="code-row" data-code={code.code}>
                      <td className="g-col-code">
                        <span className="g-code-mono">{code.code}</span>
                      </td>
                      <td>
                        <button type="button" className="g-link-button" onClick={() => setEditing(code.id)} aria-current={editing === code.id || undefined}>
                          <Localized value={code.label} placeholder={t('codebook.noLabel')} />
                        </button>
                      </td>
                      <td className="g-col-polarity">
                        <span className={`g-tag g-tag-${code.polarity}`}>{polarityLabels[code.polarity][language]}</span>
                      </td>
                      <td className="g-col-dimension">{dimension ? <span title={contentText(dimension.name)}>{dimension.code} · {contentText(dimension.name)}</span> : <span className="g-text-placeholder">—</span>}</td>
                      <td className="g-col-definition">
                        <span className="g-clamp-2">
                          <Localized value={code.definition} placeholder="—" />
                        </span>
                      </td>
                      <td className="g-col-actions">
                        {readOnly ? null : (
                          <Menu
                            label={t('codebook.actions', { code: code.code })}
                            items={[
                              { key: 'edit', label: t('codebook.edit'), icon: Pencil, onSelect: () => setEditing(code.id) },
                              { key: 'delete', label: t('codebook.delete'), icon: Trash, danger: true, onSelect: () => setConfirm(code) },
                            ]}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {visible.length === 0 ? <p className="g-table-empty">{t('codebook.noMatches')}</p> : null}
          </div>
        )}
      </div>

      {editingCode ? <CodeEditor key={editingCode.id} code={editingCode} guide={guide} readOnly={readOnly} onClose={() => setEditing(null)} onDelete={() => setConfirm(editingCode)} /> : null}
      {adding ? (
        <NewCodeDialog
          guide={guide}
          onClose={() => setAdding(false)}
          onCreated={(code) => {
            setAdding(false);
            setQuery('');
            setPolarity('');
            props.reload();
            setEditing(code.id);
          }}
        />
      ) : null}
      {confirm ? (
        <ConfirmDialog title={t('confirm.codeTitle', { code: confirm.code })} confirmLabel={t('confirm.delete')} busy={busy} onCancel={() => setConfirm(null)} onConfirm={() => void remove(confirm)}>
          <p className="g-confirm-quote">
            <Localized value={confirm.label} />
          </p>
          <p className="g-confirm-note">{t('confirm.codeNote')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
