// The search button in the top bar, which also shows its shortcut.
import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../components/Keys';
import { isMac } from '../interviews/shortcuts';
import { openSearch } from './SearchHost';
import './search.css';

export function SearchButton() {
  const { t } = useTranslation('analysisViews');
  const keys = [isMac() ? '⌘' : 'Ctrl', 'K'];
  return (
    <button type="button" className="topbar-search" onClick={openSearch} aria-keyshortcuts="Control+K /" title={t('search.buttonTitle', { keys: keys.join('+') })} data-testid="open-search">
      <Search size={15} aria-hidden />
      <span>{t('search.button')}</span>
      <Keys keys={keys} />
    </button>
  );
}
