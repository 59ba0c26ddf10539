// The sidebar entry of the Conflicts view, with the number of open conflicts; shown only while there are any (and
// while the view is open, so resolving the last one does not pull the page away from under the user).
import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { useLiveData } from '../../app/live-data';
import { routes } from '../../app/routes';
import { client } from '../../bridge';
import '../merge/merge.css';

export function ConflictsNavItem(props: { readonly icon: LucideIcon }) {
  const { t } = useTranslation('merge');
  const count = useLiveData(() => client.call('conflicts.count', {}), ['conflicts', 'notes', 'answers', 'interviews', 'sessions', 'recommendations', 'organisations', 'respondents', 'inventory', 'guide']);
  const [active] = useRoute(routes.conflicts);
  const open = count.data?.count ?? 0;
  if (open === 0 && !active) return null;
  const Icon = props.icon;
  return (
    <li>
      <Link href={routes.conflicts} className={`nav-item${active ? ' nav-item-active' : ''}`} aria-current={active ? 'page' : undefined} data-testid="nav-conflicts">
        <Icon size={16} aria-hidden />
        <span>{t('nav.conflicts')}</span>
        {open > 0 ? (
          <span className="nav-count" aria-label={t('nav.conflictCount', { count: open })}>
            {open}
          </span>
        ) : null}
      </Link>
    </li>
  );
}
