// Facts about the open file: where it is, its format version, when the inventory was created and last changed.
import { HardDrive } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useFormat } from '../../i18n';
import { splitPath } from '../files/paths';

export function FileFacts(props: { readonly file: OpenFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { file } = props;
  const { folder } = splitPath(file.path);
  return (
    <section className="card facts-card" aria-labelledby="file-facts">
      <div className="card-header">
        <h2 id="file-facts" className="card-title">
          <HardDrive size={16} aria-hidden />
          {t('facts.heading')}
        </h2>
      </div>
      <div className="card-body">
        <dl className="facts" data-testid="file-facts">
          <div>
            <dt>{t('facts.fileName')}</dt>
            <dd className="facts-strong">{file.fileName}</dd>
          </div>
          <div>
            <dt>{t('facts.folder')}</dt>
            <dd className="facts-path" title={folder}>
              {folder}
            </dd>
          </div>
          <div>
            <dt>{t('facts.access')}</dt>
            <dd>{file.readOnly ? t('facts.readOnly') : t('facts.readWrite')}</dd>
          </div>
          <div>
            <dt>{t('facts.schemaVersion')}</dt>
            <dd>{file.schemaVersion}</dd>
          </div>
          <div>
            <dt>{t('facts.created')}</dt>
            <dd>{format.dateTime(file.inventory.createdAt) || t('common.unknownDate')}</dd>
          </div>
          <div>
            <dt>{t('facts.updated')}</dt>
            <dd>{format.dateTime(file.inventory.updatedAt) || t('common.unknownDate')}</dd>
          </div>
        </dl>
        <p className="facts-note">{t('facts.storageNote')}</p>
      </div>
    </section>
  );
}
