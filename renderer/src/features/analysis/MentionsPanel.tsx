// The mentions behind a count of the theme matrix or a top list: each coded segment, whole-note code, codebook
// choice or recommendation code, with its organisation, the respondents' roles and a link to its source.
import { ExternalLink } from 'lucide-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MentionQuery } from '../../../../shared/contract/analysis';
import type { Guide } from '../../../../shared/contract/fieldwork';
import { roleLabels } from '../../../../shared/i18n/domain';
import { useLiveData } from '../../app/live-data';
import { routes } from '../../app/routes';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { LoadingLine } from '../../components/LoadingLine';
import { SidePanel } from '../../components/SidePanel';
import { useFormat } from '../../i18n';
import { CodedText, codeColour, type CodeLike } from '../coding/CodedText';
import { analysisEntities, inLanguage, sourceHref } from './analysis-data';

export function MentionsPanel(props: { readonly filter: MentionQuery; readonly title: string; readonly subtitle?: string; readonly guide: Guide; readonly onClose: () => void }) {
  const { t } = useTranslation('analysisViews');
  const format = useFormat();
  const { language } = format;
  const key = JSON.stringify(props.filter);
  const load = useCallback(() => client.call('analysis.mentions', JSON.parse(key) as MentionQuery), [key]);
  const { data, error } = useLiveData(load, analysisEntities, key);
  const codes = useMemo(
    () => new Map<string, CodeLike>(props.guide.codes.map((code) => [code.id, { code: code.code, label: inLanguage(code.label, language), colour: code.colour }])),
    [props.guide.codes, language],
  );
  return (
    <SidePanel title={props.title} subtitle={props.subtitle} onClose={props.onClose} testId="mentions-panel" initialFocus=".mentions-count">
      {error ? <ErrorAlert error={error} /> : null}
      {!data ? (
        !error ? <LoadingLine>{t('mentions.loading')}</LoadingLine> : null
      ) : (
        <>
          <p className="mentions-count" tabIndex={-1} data-testid="mentions-count">
            {t('mentions.count', { count: data.length, shown: format.number(data.length) })}
          </p>
          {data.length === 0 ? <p className="text-placeholder">{t('mentions.none')}</p> : null}
          <ol className="mention-list">
            {data.map((mention) => {
              const code = codes.get(mention.codeId);
              return (
                <li key={mention.id} className="mention" data-testid="mention" style={{ borderLeftColor: codeColour(code) }}>
                  <div className="mention-head">
                    <span className="code-chip" title={code?.label}>
                      {code?.code ?? '?'}
                    </span>
                    <span className="mention-origin">{t(`mentions.origin.${mention.origin}`)}</span>
                    <span className="mention-where">
                      {[mention.organisationName ?? t('mentions.noOrganisation'), mention.respondentRoles.map((r) => roleLabels[r][language]).join(', ')].filter(Boolean).join(' · ')}
                    </span>
                  </div>
                  {mention.textRemoved ? (
                    <p className="mention-text">
                      <span className="coded-removed-badge">{t('coding.textRemoved')}</span> <s>{mention.text}</s>
                    </p>
                  ) : (
                    <p className="mention-text">
                      <CodedText text={mention.text} segments={[]} codes={codes} />
                    </p>
                  )}
                  <Link href={sourceHref(mention.sourceKind, mention.interviewId, routes)} className="mention-link">
                    {t(`mentions.open.${mention.sourceKind}`)}
                    <ExternalLink size={12} aria-hidden />
                  </Link>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </SidePanel>
  );
}
