// Inline validation messages for the forms, in the UI language. The contract's schemas say what is wrong
// (react-hook-form reports the zod issue code as `type`); this says it in words, per kind of field.
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n';

export type FieldRule =
  | { readonly kind: 'name' | 'title' | 'text'; readonly max: number }
  | { readonly kind: 'free'; readonly max: number }
  | { readonly kind: 'email' | 'phone' | 'date' | 'choice' };

/** Returns a function that turns a field's error (or none) into its message. */
export function useFieldMessage(): (rule: FieldRule, error: FieldError | undefined, value: unknown) => string | null {
  const { t } = useTranslation();
  const format = useFormat();
  return (rule, error, value) => {
    if (!error) return null;
    const length = typeof value === 'string' ? value.length : 0;
    if (error.type === 'too_big' && 'max' in rule) {
      return t('validation.tooLong', { max: format.number(rule.max), length: format.number(length) });
    }
    switch (rule.kind) {
      case 'name':
        return t('validation.nameRequired');
      case 'title':
        return t('validation.titleRequired');
      case 'text':
        return t('validation.textRequired');
      case 'email':
        return t('validation.email');
      case 'phone':
        return length > 50 ? t('validation.tooLong', { max: format.number(50), length: format.number(length) }) : t('validation.phone');
      case 'date':
        return t('validation.invalidDate');
      case 'free':
      case 'choice':
        return t('validation.invalid');
    }
  };
}
