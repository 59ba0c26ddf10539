// Placeholder until the interviews feature lands.
import { useTranslation } from 'react-i18next';
import type { OpenFile } from '../../../../shared/contract/schemas';

export function InterviewPage(props: { readonly file: OpenFile; readonly id?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page" data-file={props.file.fileName} data-id={props.id}>
      <header className="page-header">
        <h1>{t('nav.interviews')}</h1>
      </header>
    </div>
  );
}
