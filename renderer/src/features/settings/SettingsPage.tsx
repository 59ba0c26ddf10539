// "Instellingen": the settings of this installation, reachable from the sidebar while a file is open.
import { useTranslation } from 'react-i18next';
import { SettingsForm } from './SettingsForm';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
        <p className="lead">{t('settings.lead')}</p>
      </header>
      <SettingsForm idPrefix="settings-page" />
    </div>
  );
}
