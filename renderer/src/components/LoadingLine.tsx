// "Gegevens worden geladen…" with a spinner, while a page waits for its first data. It is a busy status, so a
// screen reader announces it once.
import { LoaderCircle } from 'lucide-react';
import type { ReactNode } from 'react';

export function LoadingLine(props: { readonly children: ReactNode }) {
  return (
    <p className="loading-line" role="status" aria-busy="true">
      <LoaderCircle size={16} className="spin" aria-hidden />
      {props.children}
    </p>
  );
}
