// The "?" overlay of interview mode (also Ctrl+/): every shortcut, grouped; and the short hint list in the rail.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Keys } from '../../components/Keys';
import { useLabels } from './parts';
import { comboKeys, isMac, noteKindOrder, noteShortcuts, questionShortcuts, shortcuts, type Combo } from './shortcuts';
import { codingShortcutKeys } from '../coding/CodingHost';

function Row(props: { readonly keys: ReactNode; readonly children: ReactNode }) {
  return (
    <tr>
      <td className="interview-shortcut-keys">{props.keys}</td>
      <td>{props.children}</td>
    </tr>
  );
}

function Either(props: { readonly combos: readonly Combo[] }) {
  const { t } = useTranslation('interviews');
  return (
    <>
      {props.combos.map((combo, index) => (
        <span key={index}>
          {index > 0 ? <span className="keys-or"> {t('shortcuts.or')} </span> : null}
          <Keys keys={comboKeys(combo)} />
        </span>
      ))}
    </>
  );
}

export function ShortcutHelp(props: { readonly onClose: () => void }) {
  const { t } = useTranslation('interviews');
  const { t: ta } = useTranslation('analysisViews');
  const labels = useLabels();
  return (
    <Dialog title={t('shortcuts.title')} description={t('shortcuts.description')} onClose={props.onClose} size="large" testId="shortcut-help">
      <div className="interview-shortcut-columns">
        <div>
          <table className="interview-shortcut-table">
            <caption>{t('shortcuts.navigation')}</caption>
            <tbody>
              <Row keys={<Keys keys={comboKeys(shortcuts.nextSection)} />}>{t('shortcuts.nextSection')}</Row>
              <Row keys={<Keys keys={comboKeys(shortcuts.previousSection)} />}>{t('shortcuts.previousSection')}</Row>
              <Row keys={<Either combos={[{ code: 'Tab' }, { shift: true, code: 'Tab' }]} />}>{t('shortcuts.tab')}</Row>
            </tbody>
          </table>
          <table className="interview-shortcut-table">
            <caption>{t('shortcuts.answering')}</caption>
            <tbody>
              <Row keys={<Keys keys={['←', '→', '↑', '↓']} />}>{t('shortcuts.arrows')}</Row>
              <Row keys={<Keys keys={['1', '…', '5']} />}>{t('shortcuts.digits')}</Row>
              <Row keys={<Keys keys={[t('keys.space')]} />}>{t('shortcuts.space')}</Row>
            </tbody>
          </table>
          <table className="interview-shortcut-table">
            <caption>{t('shortcuts.atQuestion')}</caption>
            <tbody>
              <Row keys={<Keys keys={comboKeys(questionShortcuts.notApplicable)} />}>{t('shortcuts.notApplicable')}</Row>
              <Row keys={<Keys keys={comboKeys(questionShortcuts.dontKnow)} />}>{t('shortcuts.dontKnow')}</Row>
              <Row keys={<Either combos={[questionShortcuts.clear, questionShortcuts.clearBackspace]} />}>{t('shortcuts.clear')}</Row>
              <Row keys={<Keys keys={comboKeys(questionShortcuts.help)} />}>{t('shortcuts.toggleHelp')}</Row>
              <Row keys={<Keys keys={[isMac() ? '⌘' : 'Ctrl', 'Z']} />}>{t('shortcuts.undo')}</Row>
            </tbody>
          </table>
        </div>
        <div>
          <table className="interview-shortcut-table">
            <caption>{t('shortcuts.capture')}</caption>
            <tbody>
              {noteKindOrder.map((kind) => (
                <Row key={kind} keys={<Keys keys={comboKeys(noteShortcuts[kind])} />}>
                  {labels.noteKind(kind)}
                </Row>
              ))}
              <Row keys={<Keys keys={[t('keys.enter')]} />}>{t('shortcuts.saveNote')}</Row>
              <Row keys={<Keys keys={[t('keys.shift'), t('keys.enter')]} />}>{t('shortcuts.newline')}</Row>
              <Row keys={<Keys keys={[t('keys.escape')]} />}>{t('shortcuts.cancelNote')}</Row>
            </tbody>
          </table>
          <table className="interview-shortcut-table">
            <caption>{t('shortcuts.other')}</caption>
            <tbody>
              <Row keys={<Keys keys={comboKeys(shortcuts.pause)} />}>{t('shortcuts.pause')}</Row>
              <Row keys={<Either combos={[shortcuts.help, shortcuts.helpQuestionMark]} />}>{t('shortcuts.help')}</Row>
              <Row keys={<Keys keys={codingShortcutKeys()} />}>{ta('coding.shortcut')}</Row>
              <Row keys={<Keys keys={[isMac() ? '⌘' : 'Ctrl', 'K']} />}>{ta('search.shortcut')}</Row>
            </tbody>
          </table>
        </div>
      </div>
    </Dialog>
  );
}

/** The short list in the section rail. */
export function ShortcutHints(props: { readonly onHelp: () => void }) {
  const { t } = useTranslation('interviews');
  const [alt, pageDown] = comboKeys(shortcuts.nextSection);
  const pageUp = comboKeys(shortcuts.previousSection).at(-1)!;
  return (
    <div className="interview-shortcut-hints" role="note" aria-label={t('conduct.hints.heading')}>
      <ul>
        <li>
          <Keys keys={[alt!, pageDown!]} />
          <span>{t('conduct.hints.next')}</span>
        </li>
        <li>
          <Keys keys={[alt!, pageUp]} />
          <span>{t('conduct.hints.previous')}</span>
        </li>
        <li>
          <Keys keys={[alt!, 'K B Q A O']} />
          <span>{t('conduct.hints.note')}</span>
        </li>
        <li>
          <button type="button" className="interview-hint-button" onClick={props.onHelp}>
            <Keys keys={comboKeys(shortcuts.help)} />
            <span>{t('conduct.hints.help')}</span>
          </button>
        </li>
      </ul>
    </div>
  );
}
