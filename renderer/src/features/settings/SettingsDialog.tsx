// The settings in a dialog, for the start screen (no file open, so there is no sidebar to reach the page from).
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { SettingsForm } from './SettingsForm';

export function SettingsDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation('settings');
  return (
    <Dialog title={t('settings.dialogTitle')} description={t('settings.lead')} onClose={props.onClose} size="large" testId="settings-dialog">
      <SettingsForm idPrefix="settings-dialog" layout="dialog" onSaved={props.onClose} />
    </Dialog>
  );
}
