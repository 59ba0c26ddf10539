// A code's polarity (kans, knelpunt or both) as a small coloured tag, named as shared/i18n/domain.ts names it, so
// the codebook, the code editors and the recommendations show it alike.
import { polarityLabels } from '../../../shared/i18n/domain';
import type { Polarity } from '../../../shared/template/types';
import { useFormat } from '../i18n';

export function PolarityTag(props: { readonly polarity: Polarity }) {
  const { language } = useFormat();
  return <span className={`tag tag-${props.polarity}`}>{polarityLabels[props.polarity][language]}</span>;
}
