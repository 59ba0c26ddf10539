// Turns a validation message descriptor into text in the current UI language.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import type { ValidationMessage } from './inventory-form';

export function useValidationText(): (message: ValidationMessage) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (message) => {
    switch (message.key) {
      case 'validation.tooLong':
        return t('validation.tooLong', { max: format.number(message.max), length: format.number(message.count) });
      default:
        return t(message.key);
    }
  };
}
