// "Gegevens worden geladen…" with a spinner, while a page waits for its first data. It is a busy status, so a
// screen reader announces it once; a page may name what it loads instead.
import { LoaderCircle } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LoadingLine(props: { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p className="loading-line" role="status" aria-busy="true">
      <LoaderCircle size={16} className="spin" aria-hidden />
      {props.children ?? t('components.loadingLine.loading')}
    </p>
  );
}
