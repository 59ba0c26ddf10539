// "Over Inventaris": version, file format and how the app runs.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/AppProvider';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { LogoMark } from '../../components/LogoMark';

export function AboutDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { info } = useApp();
  return (
    <Dialog
      title={t('about.title')}
      onClose={props.onClose}
      size="small"
      testId="about-dialog"
      footer={
        <Button variant="primary" onClick={props.onClose} data-autofocus>
          {t('common.close')}
        </Button>
      }
    >
      <div className="about">
        <LogoMark size={44} />
        <div>
          <p className="about-name">{info.name}</p>
          <p className="about-version">{t('about.version', { version: info.version })}</p>
        </div>
      </div>
      <p className="about-body">{t('about.body')}</p>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('facts.schemaVersion')}</dt>
          <dd>{info.schemaVersion}</dd>
        </div>
        <div>
          <dt>{t('about.transportLabel')}</dt>
          <dd>{t(`about.transports.${info.transport}`)}</dd>
        </div>
      </dl>
    </Dialog>
  );
}
