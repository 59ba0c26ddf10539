// "Overzicht": the inventory's own fields (autosaved) beside the facts of its file.
import { useTranslation } from 'react-i18next';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { FileFacts } from './FileFacts';
import { InventoryForm } from './InventoryForm';

export function OverviewPage(props: { readonly file: OpenFile }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('overview.title')}</h1>
        <p className="lead">{props.file.readOnly ? t('overview.subtitleReadOnly') : t('overview.subtitle')}</p>
      </header>
      <div className="overview-grid">
        {/* A different inventory is a different form: remount so nothing carries over. */}
        <InventoryForm key={`${props.file.path}#${props.file.inventory.id}`} file={props.file} />
        <aside className="overview-aside" aria-label={t('facts.heading')}>
          <FileFacts file={props.file} />
        </aside>
      </div>
    </div>
  );
}
