// "Vergeten (AVG)": explains exactly what forgetting removes, what replaces the name and what stays, and that it
// cannot be undone, before respondents.forget erases the person's details everywhere (history included).
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../../../shared/contract/fieldwork';
import { forgottenRespondentLabel } from '../../../../shared/i18n/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export function ForgetDialog(props: {
  readonly respondent: Respondent;
  /** The core names the forgotten person in the inventory's (report) language. */
  readonly inventoryLanguage: 'nl' | 'en';
  readonly onConfirm: () => Promise<void>;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('people');
  const { respondent } = props;
  const placeholder = forgottenRespondentLabel(respondent.role, respondent.organisationName, props.inventoryLanguage);
  return (
    <ConfirmDialog title={t('respondents.forgetTitle')} confirmLabel={t('respondents.forgetConfirm')} onConfirm={props.onConfirm} onClose={props.onClose} testId="forget-dialog">
      <p>{t('respondents.forgetIntro', { name: respondent.name })}</p>
      <ul>
        <li>{t('respondents.forgetRemoved')}</li>
        <li>{t('respondents.forgetReplaced', { placeholder })}</li>
        <li>{t('respondents.forgetKept')}</li>
      </ul>
      <p className="confirm-strong">{t('respondents.forgetIrreversible')}</p>
    </ConfirmDialog>
  );
}
