// "Volwassenheidsmodel": the maturity model as a matrix of dimensions by the five levels, with each cell's
// descriptor and the questions that feed each dimension. A dimension is edited in a dialog, saved as you type.
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension, Guide } from '../../../../shared/contract/fieldwork';
import { EmptyState } from '../../components/EmptyState';
import { Localized, useContentText } from '../../components/Localized';
import { DimensionEditor } from './DimensionEditor';
import { levels } from './question-form';

export function MaturityTab(props: { readonly guide: Guide; readonly readOnly: boolean }) {
  const { t } = useTranslation('guide');
  const contentText = useContentText();
  const { guide } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const questions = guide.sections.flatMap((section) => section.questions);
  const feeding = (dimension: Dimension) => questions.filter((question) => question.dimensionId === dimension.id);
  const editingDimension = guide.dimensions.find((dimension) => dimension.id === editing);

  if (guide.dimensions.length === 0) {
    return (
      <EmptyState compact title={t('maturity.emptyTitle')}>
        {t('maturity.emptyBody')}
      </EmptyState>
    );
  }

  return (
    <div>
      <p className="g-tab-intro">{t('maturity.intro')}</p>
      <div className="g-matrix-wrap">
        <table className="g-matrix" data-testid="maturity-matrix">
          <caption className="visually-hidden">{t('maturity.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="g-matrix-corner">
                {t('maturity.dimension')}
              </th>
              {levels.map((level) => {
                const name = guide.levels.find((item) => item.level === level)?.name;
                return (
                  <th key={level} scope="col" className={`g-matrix-level g-matrix-level-${level}`}>
                    <span className="g-level-number">{level}</span>
                    <span className="g-level-name">{name ? <Localized value={name} /> : t('editor.levelLabel', { level })}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {guide.dimensions.map((dimension) => {
              const fed = feeding(dimension);
              return (
                <tr key={dimension.id} data-testid="dimension-row" data-code={dimension.code}>
                  <th scope="row" className="g-matrix-dimension">
                    <div className="g-dimension-head">
                      <span className="g-dimension-code">{dimension.code}</span>
                      <span className="g-dimension-name">
                        <Localized value={dimension.name} />
                      </span>
                    </div>
                    {dimension.description.nl || dimension.description.en ? (
                      <p className="g-dimension-description">
                        <Localized value={dimension.description} />
                      </p>
                    ) : null}
                    <div className="g-dimension-feeds">
                      <span className="g-dimension-feeds-label">{t('maturity.fedBy')}</span>
                      {fed.length === 0 ? (
                        <span className="text-placeholder">{t('maturity.noQuestions')}</span>
                      ) : (
                        <ul className="code-chip-list">
                          {fed.map((question) => (
                            <li key={question.id} className="code-chip code-chip-question" title={question.text.nl}>
                              {question.code || t('editor.noCode')}
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                    <button
                      type="button"
                      className="button button-small button-ghost g-dimension-edit"
                      onClick={() => setEditing(dimension.id)}
                      aria-label={t(props.readOnly ? 'maturity.viewLabel' : 'maturity.editLabel', { code: dimension.code, name: contentText(dimension.name) })}
                    >
                      <Pencil size={14} aria-hidden />
                      <span>{props.readOnly ? t('maturity.view') : t('maturity.edit')}</span>
                    </button>
                  </th>
                  {levels.map((level) => {
                    const descriptor = dimension.descriptors[level];
                    return (
                      <td key={level} className={`g-matrix-cell g-matrix-cell-${level}`}>
                        {descriptor && (descriptor.nl || descriptor.en) ? <Localized value={descriptor} /> : <span className="text-placeholder">{t('maturity.noDescriptor')}</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editingDimension ? <DimensionEditor key={editingDimension.id} dimension={editingDimension} guide={guide} readOnly={props.readOnly} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
