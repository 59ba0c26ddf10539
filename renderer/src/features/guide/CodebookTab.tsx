// "Codeboek": the codes that notes and recommendations are tagged with, with their polarity (kans, knelpunt or
// both) and dimension. filter by polarity, add, edit in a side panel (autosaved) and delete with Undo.
import { FolderTree, Merge, Palette, Pencil, Plus, Tags, Trash, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Guide } from '../../../../shared/contract/fieldwork';
import { polarities, type Polarity } from '../../../../shared/template/types';
import { matchesQuery } from '../../app/text';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { SearchField } from '../../components/SearchField';
import { PolarityTag } from '../../components/PolarityTag';
import { showUndo } from '../../components/Toast';
import { useFormat } from '../../i18n';
import { Localized, useContentText } from '../../components/Localized';
import { CodeEditor } from './CodeEditor';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Menu } from '../../components/Menu';
import { NewCodeDialog } from './NewCodeDialog';
import { CodebookActionDialog, type CodebookAction } from '../coding/CodebookTools';
import { codeTree } from '../coding/code-tree';
import { codeColour } from '../coding/CodedText';

function matches(code: Code, query: string): boolean {
  return matchesQuery(query, [code.code, code.label.nl, code.label.en, code.definition.nl, code.definition.en]);
}

export function CodebookTab(props: { readonly guide: Guide; readonly readOnly: boolean; readonly reload: () => void; readonly onError: (error: unknown) => void }) {
  const { t } = useTranslation('guide');
  const { number } = useFormat();
  const contentText = useContentText();
  const { guide, readOnly } = props;
  const [query, setQuery] = useState('');
  const [polarity, setPolarity] = useState<Polarity | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirm, setConfirm] = useState<Code | null>(null);
  const [action, setAction] = useState<{ action: CodebookAction; code: Code } | null>(null);
  const { t: ta } = useTranslation('analysisViews');
  const dimensions = useMemo(() => new Map(guide.dimensions.map((dimension) => [dimension.id, dimension])), [guide.dimensions]);
  const visible = guide.codes.filter((code) => (!polarity || code.polarity === polarity) && matches(code, query.trim()));
  const counts = Object.fromEntries(polarities.map((item) => [item, guide.codes.filter((code) => code.polarity === item).length])) as Record<Polarity, number>;
  const editingCode = guide.codes.find((code) => code.id === editing);

  async function remove(code: Code) {
    try {
      await client.call('codes.delete', { id: code.id });
      if (editing === code.id) setEditing(null);
      showUndo({
        message: t('undo.codeDeleted', { code: code.code }),
        undo: async () => {
          await client.call('codes.restore', { id: code.id });
          props.reload();
        },
      });
      props.reload();
    } catch (error) {
      props.onError(error);
    } finally {
      setConfirm(null);
    }
  }

  return (
    <div className={`split${editingCode ? ' split-open' : ''}`}>
      <div className="split-main">
        <div className="toolbar">
          <SearchField size="compact" label={t('codebook.search')} placeholder={t('codebook.searchPlaceholder')} value={query} onChange={setQuery} />
          <div className="segmented g-filter-segmented" role="group" aria-label={t('codebook.polarityFilter')}>
            <button type="button" className="segmented-item" aria-pressed={polarity === ''} onClick={() => setPolarity('')}>
              {t('codebook.all')} <span className="segment-count">{number(guide.codes.length)}</span>
            </button>
            {polarities.map((item) => (
              <button key={item} type="button" className="segmented-item" aria-pressed={polarity === item} onClick={() => setPolarity(item)}>
                <span className={`polarity-dot polarity-dot-${item}`} aria-hidden />
                {t(`codebook.filter.${item}`)} <span className="segment-count">{number(counts[item])}</span>
              </button>
            ))}
          </div>
          {readOnly ? null : (
            <Button variant="secondary" icon={Plus} onClick={() => setAdding(true)} className="toolbar-end">
              {t('codebook.add')}
            </Button>
          )}
        </div>

        {guide.codes.length === 0 ? (
          <EmptyState compact icon={Tags} title={t('codebook.emptyTitle')}>
            {t('codebook.emptyBody')}
          </EmptyState>
        ) : (
          <div className="list-table-wrap codebook-wrap">
            <table className="list-table g-codebook-table" data-testid="codebook-table">
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
                  <th scope="col" className="list-table-actions">
                    <span className="visually-hidden">{t('codebook.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {codeTree(visible).map(({ code, depth }) => {
                  const dimension = code.dimensionId ? dimensions.get(code.dimensionId) : undefined;
                  return (
                    <tr key={code.id} className={editing === code.id ? 'row-selected' : undefined} data-testid="code-row" data-code={code.code}>
                      <td className="g-col-code">
                        <span className="codebook-code" style={{ paddingLeft: depth * 16 }} data-depth={depth}>
                          <span className="polarity-swatch" style={{ background: codeColour({ code: code.code, label: '', colour: code.colour }) }} aria-hidden />
                          <span className="code-mono">{code.code}</span>
                        </span>
                      </td>
                      <td>
                        <button type="button" className="link-button" onClick={() => setEditing(code.id)} aria-current={editing === code.id || undefined}>
                          <Localized value={code.label} placeholder={t('codebook.noLabel')} />
                        </button>
                      </td>
                      <td className="g-col-polarity">
                        <PolarityTag polarity={code.polarity} />
                      </td>
                      <td className="g-col-dimension">{dimension ? <span title={contentText(dimension.name)}>{dimension.code} · {contentText(dimension.name)}</span> : <span className="text-placeholder">—</span>}</td>
                      <td className="g-col-definition">
                        <span className="clamp-2">
                          <Localized value={code.definition} placeholder="—" />
                        </span>
                      </td>
                      <td className="list-table-actions">
                        {readOnly ? null : (
                          <Menu
                            label={t('codebook.actions', { code: code.code })}
                            items={[
                              { key: 'edit', label: t('codebook.edit'), icon: Pencil, onSelect: () => setEditing(code.id) },
                              { key: 'nest', label: ta('codebook.menu.nest'), icon: FolderTree, onSelect: () => setAction({ action: 'nest', code }) },
                              { key: 'colour', label: ta('codebook.menu.colour'), icon: Palette, onSelect: () => setAction({ action: 'colour', code }) },
                              { key: 'merge', label: ta('codebook.menu.merge'), icon: Merge, onSelect: () => setAction({ action: 'merge', code }) },
                              { key: 'delete', label: t('codebook.delete'), icon: Trash, danger: true, onSelect: () => setConfirm(code) },
                              { key: 'reassign', label: ta('codebook.menu.reassign'), icon: Trash2, danger: true, onSelect: () => setAction({ action: 'reassign', code }) },
                            ]}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {visible.length === 0 ? <p className="list-table-empty">{t('codebook.noMatches')}</p> : null}
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
      {action ? <CodebookActionDialog action={action.action} code={action.code} codes={guide.codes} onClose={() => setAction(null)} onDone={props.reload} /> : null}
      {confirm ? (
        <ConfirmDialog title={t('confirm.codeTitle', { code: confirm.code })} confirmLabel={t('confirm.delete')} onClose={() => setConfirm(null)} onConfirm={() => remove(confirm)}>
          <p className="confirm-quote">
            <Localized value={confirm.label} />
          </p>
          <p className="confirm-note">{t('confirm.codeNote')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
