// The recently opened files: click one to open it; a file that is gone is shown as such and can be removed.
import { Clock, FileText, FileX } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../../shared/contract/schemas';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { useFormat } from '../../i18n';
import { splitPath } from '../files/paths';
import { distinguishingNames } from './recent-names';

export function RecentList(props: {
  readonly recent: readonly RecentFile[];
  readonly disabled: boolean;
  readonly onOpen: (file: RecentFile) => void;
  readonly onForget: (file: RecentFile) => void;
}) {
  const { t } = useTranslation();
  if (props.recent.length === 0) {
    return (
      <EmptyState compact icon={Clock} title={t('start.recentEmptyTitle')}>
        {t('start.recentEmptyBody')}
      </EmptyState>
    );
  }
  const distinctions = distinguishingNames(props.recent);
  return (
    <ul className="recent-list">
      {props.recent.map((file) => (
        <RecentItem key={file.path} file={file} distinction={distinctions.get(file.path) ?? null} disabled={props.disabled} onOpen={props.onOpen} onForget={props.onForget} />
      ))}
    </ul>
  );
}


function RecentItem(props: { readonly file: RecentFile; readonly distinction: string | null; readonly disabled: boolean; readonly onOpen: (file: RecentFile) => void; readonly onForget: (file: RecentFile) => void }) {
  const { t } = useTranslation();
  const { t: tSettings } = useTranslation('settings');
  const format = useFormat();
  const detailsId = useId();
  const { file } = props;
  const { folder, name } = splitPath(file.path);
  const title = file.title || name;
  return (
    <li className={`recent-item${file.exists ? '' : ' recent-item-missing'}`} data-testid="recent-item">
      <span className="recent-icon" aria-hidden>
        {file.exists ? <FileText size={18} /> : <FileX size={18} />}
      </span>
      <div className="recent-main">
        {file.exists ? (
          <button type="button" className="recent-open stretched" onClick={() => props.onOpen(file)} disabled={props.disabled} aria-describedby={detailsId} data-testid="recent-open">
            {title}
          </button>
        ) : (
          <span className="recent-open">{title}</span>
        )}
        <div id={detailsId} className="recent-details">
          <span className="recent-file" title={file.path}>
            {props.distinction ? (
              <span className="recent-distinct" title={tSettings('recent.sameTitle')} data-testid="recent-distinct">
                {props.distinction}
              </span>
            ) : (
              name
            )}
            <span className="recent-folder"> — {folder}</span>
          </span>
        </div>
      </div>
      <div className="recent-side">
        {file.exists ? (
          <span className="recent-date">{t('start.recentOpened', { date: format.dateTime(file.openedAt) })}</span>
        ) : (
          <>
            <span className="badge badge-warning" title={t('start.recentMissingHint')}>
              {t('start.recentMissing')}
            </span>
            <Button variant="ghost" className="button-small" onClick={() => props.onForget(file)} aria-label={t('start.recentForgetLabel', { title })}>
              {t('start.recentForget')}
            </Button>
          </>
        )}
      </div>
    </li>
  );
}
