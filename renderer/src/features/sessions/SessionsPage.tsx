// "Kennissessie": the knowledge session(s) of the inventory. Usually there is one; with more, tabs choose which
// one is shown. A new session starts with a default title and today's date and is then edited in place.
import { MessagesSquare, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeSession } from '../../../../shared/contract/fieldwork';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadingLine } from '../../components/LoadingLine';
import { useFormat } from '../../i18n';
import { EmptyState } from '../../components/EmptyState';
import { useLiveData } from '../../app/live-data';
import { formatDay, todayIso } from '../../app/text';
import { focusWhenPresent } from '../../app/focus';
import { showUndo } from '../../components/Toast';
import { SessionForm } from './SessionForm';
import './sessions.css';

export function SessionsPage(props: { readonly file: OpenFile; readonly id?: string }) {
  const { t } = useTranslation('sessions');
  const { t: tUi } = useTranslation();
  const format = useFormat();
  const app = useApp();
  const readOnly = props.file.readOnly;
  const sessions = useLiveData(() => client.call('sessions.list', {}), ['sessions']);
  const respondents = useLiveData(() => client.call('respondents.list', { includeDeleted: true }), ['respondents', 'organisations']);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const list = sessions.data ?? [];
  const selected = list.find((s) => s.id === selectedId) ?? list[0];

  async function add() {
    setAdding(true);
    try {
      const created = await client.call('sessions.create', { fields: { title: t('sessions.defaultTitle'), heldOn: todayIso() } });
      await sessions.reload();
      setSelectedId(created.id);
      focusWhenPresent(`[data-session-id="${CSS.escape(created.id)}"] input`);
    } catch (error) {
      app.showAlert(error);
    } finally {
      setAdding(false);
    }
  }

  async function remove(session: KnowledgeSession) {
    try {
      await client.call('sessions.delete', { id: session.id });
    } catch (error) {
      app.showAlert(error);
      return;
    }
    const name = session.title || t('sessions.untitled');
    showUndo({
      message: t('sessions.deleted', { title: name }),
      undoneMessage: tUi('components.toast.undone', { name }),
      undo: async () => {
        await client.call('sessions.restore', { id: session.id });
        setSelectedId(session.id);
      },
      focusAfterUndo: () => focusWhenPresent(`[data-session-id="${CSS.escape(session.id)}"] input`),
    });
  }

  const label = (session: KnowledgeSession) => session.title.trim() || t('sessions.untitled');
  const error = sessions.error ?? respondents.error;

  return (
    <div className="page page-wide" data-testid="sessions-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>{t('sessions.title')}</h1>
          <p className="lead">{t('sessions.lead')}</p>
        </div>
        {list.length > 0 && !readOnly ? (
          <Button variant="secondary" icon={Plus} onClick={() => void add()} busy={adding}>
            {t('sessions.add')}
          </Button>
        ) : null}
      </header>

      {error ? <ErrorAlert error={error} /> : null}

      {sessions.data === null || respondents.data === null ? (
        error ? null : <LoadingLine />
      ) : list.length === 0 ? (
        <EmptyState
          icon={MessagesSquare}
          title={t('sessions.emptyTitle')}
          testId="sessions-empty"
          action={
            readOnly ? undefined : (
              <Button variant="primary" icon={Plus} onClick={() => void add()} busy={adding}>
                {t('sessions.add')}
              </Button>
            )
          }
        >
          {t('sessions.emptyBody')}
        </EmptyState>
      ) : (
        <>
          {list.length > 1 ? (
            <div className="session-tabs" role="tablist" aria-label={t('sessions.listLabel')}>
              {list.map((session) => {
                const active = session.id === selected?.id;
                return (
                  <button
                    key={session.id}
                    type="button"
                    role="tab"
                    id={`session-tab-${session.id}`}
                    aria-selected={active}
                    aria-controls={`session-panel-${session.id}`}
                    tabIndex={active ? 0 : -1}
                    className={`session-tab${active ? ' session-tab-active' : ''}`}
                    onClick={() => setSelectedId(session.id)}
                    onKeyDown={(event) => {
                      const index = list.findIndex((s) => s.id === session.id);
                      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                      if (step === 0) return;
                      event.preventDefault();
                      const next = list[(index + step + list.length) % list.length]!;
                      setSelectedId(next.id);
                      document.getElementById(`session-tab-${next.id}`)?.focus();
                    }}
                  >
                    <span className="session-tab-title">{label(session)}</span>
                    <span className="session-tab-date">{session.heldOn ? formatDay(session.heldOn, format.locale, 'medium') : t('sessions.noDate')}</span>
                  </button>
                );
              })}
            </div>
          ) : null}
          {selected ? (
            <div
              key={selected.id}
              data-session-id={selected.id}
              {...(list.length > 1 ? { role: 'tabpanel', id: `session-panel-${selected.id}`, 'aria-labelledby': `session-tab-${selected.id}` } : {})}
            >
              <SessionForm session={selected} respondents={respondents.data} readOnly={readOnly} onDelete={(s) => void remove(s)} />
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
