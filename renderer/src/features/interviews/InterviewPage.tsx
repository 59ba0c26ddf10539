// One interview: its details (autosaved), progress, the answers per section to read back, its notes, and the
// prominent way into interview mode ("Interview starten" / "Verder met interview", Alt+S). Deleting asks first
// and can be undone from the planner.
import { ArrowLeft, Clock, MessageSquareText, Play, Snowflake, Trash2, Undo2 } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isLockedStatus } from '../../../../shared/contract/fieldwork';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { routes, routeTo } from '../../app/routes';
import { flushPendingSaves } from '../../app/save-state';
import { client } from '../../bridge';
import { ErrorAlert, Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadingLine } from '../../components/LoadingLine';
import { Dialog } from '../../components/Dialog';
import { showUndo } from '../../components/Toast';
import { AnswersView } from './AnswersView';
import { isAnswered, sectionsFor } from './answer-values';
import { InterviewDetailsForm } from './InterviewDetailsForm';
import { LockedNotice } from './LockedNotice';
import { useLiveData } from '../../app/live-data';
import { NoteItem } from './NoteItems';
import { Keys } from '../../components/Keys';
import { ProgressMeter } from '../../components/ProgressMeter';
import { StatusBadge } from '../../components/StatusBadge';
import { useInterviewFormat, useLabels } from './parts';
import { ariaKeys, comboKeys, comboText, matches, shortcuts } from './shortcuts';
import './interviews.css';

async function loadInterview(id: string) {
  const [workspace, organisations, respondents] = await Promise.all([
    client.call('interviews.workspace', { id }),
    client.call('organisations.list', {}),
    client.call('respondents.list', {}),
  ]);
  return { ...workspace, organisations, respondents };
}

export function InterviewPage(props: { readonly file: OpenFile; readonly id?: string }) {
  const { t } = useTranslation('interviews');
  const id = props.id ?? '';
  const load = useCallback(() => loadInterview(id), [id]);
  const { data, error } = useLiveData(load, ['interviews', 'answers', 'notes', 'guide', 'organisations', 'respondents'], `${props.file.path}#${id}`);

  if (!data && !error) {
    return (
      <div className="page">
        <LoadingLine />
      </div>
    );
  }
  if (error || !data) {
    return (
      <div className="page">
        <BackLink />
        {error?.code === 'NOT_FOUND' ? <Message tone="warning" role="alert">{t('interview.notFound')}</Message> : error ? <ErrorAlert error={error} /> : null}
      </div>
    );
  }
  return <InterviewView data={data} readOnly={props.file.readOnly} />;
}

function BackLink() {
  const { t } = useTranslation('interviews');
  return (
    <Link href={routes.interviews} className="interview-back-link">
      <ArrowLeft size={14} aria-hidden />
      {t('interview.back')}
    </Link>
  );
}

type InterviewData = Awaited<ReturnType<typeof loadInterview>>;

function InterviewView(props: { readonly data: InterviewData; readonly readOnly: boolean }) {
  const { t } = useTranslation('interviews');
  const app = useApp();
  const format = useInterviewFormat();
  const labels = useLabels();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [starting, setStarting] = useState(false);
  const { interview, guide, answers, notes } = props.data;
  const organisation = interview.organisationName ?? t('common.noOrganisation');
  const title = interview.organisationName ? t('common.interviewName', { organisation: interview.organisationName }) : t('common.interviewNameUnknown');
  const deleted = interview.deletedAt !== null;
  const locked = isLockedStatus(interview.status);
  // A processed or validated interview can still be read in interview mode.
  const canConduct = !deleted;
  const answeredCount = answers.filter((a) => isAnswered(a)).length;
  const questionIndex = new Map(sectionsFor(guide, interview.respondentRoles).flatMap((s) => s.questions.map((q) => [q.id, q.code] as const)));

  const start = useCallback(async () => {
    setStarting(true);
    try {
      await flushPendingSaves();
      if (!props.readOnly && !locked) await client.call('interviews.start', { id: interview.id });
      navigate(routeTo(routes.conduct, interview.id));
    } catch (error) {
      app.showAlert(error);
      setStarting(false);
    }
  }, [app, interview.id, navigate, props.readOnly, locked]);

  useEffect(() => {
    if (!canConduct) return;
    const onKey = (event: KeyboardEvent) => {
      if (!matches(event, shortcuts.start) || confirming) return;
      event.preventDefault();
      void start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canConduct, confirming, start]);

  async function remove() {
    try {
      await flushPendingSaves();
      await client.call('interviews.delete', { id: interview.id });
      setConfirming(false);
      navigate(routes.interviews);
      // Offered on the planner, where the deleted interview would reappear.
      showUndo({
        message: t('interview.deleted', { organisation }),
        undo: async () => {
          await client.call('interviews.restore', { id: interview.id });
        },
      });
    } catch (error) {
      setConfirming(false);
      app.showAlert(error);
    }
  }

  const meta = [
    interview.scheduledAt ? format.scheduled(interview.scheduledAt) : t('common.noDate'),
    labels.mode(interview.mode),
    interview.location,
  ].filter(Boolean);

  return (
    <div className="page page-wide interview-page">
      <BackLink />
      <header className="page-header page-header-row interview-header">
        <div className="interview-heading">
          <div className="interview-title-row">
            <h1 dir="auto">{title}</h1>
            <StatusBadge status={interview.status} />
          </div>
          <p className="lead">
            {meta.map((part, index) => (
              <span key={index} className="interview-meta-part" dir="auto">
                {part}
              </span>
            ))}
          </p>
          <p className="interview-people" dir="auto">
            {interview.respondentNames.length > 0
              ? interview.respondentNames.join(', ') + ` — ${interview.respondentRoles.map((role) => labels.role(role)).join(', ')}`
              : t('common.noRespondents')}
          </p>
        </div>
        {canConduct ? (
          <div className="interview-start-action">
            <Button variant="primary" icon={Play} className="interview-button-large" onClick={() => void start()} busy={starting} aria-keyshortcuts={ariaKeys(shortcuts.start)} data-testid="start-interview">
              {props.readOnly || locked ? t('locked.view') : interview.status === 'planned' ? t('interview.start') : t('interview.resume')}
            </Button>
            <span className="interview-shortcut-hint" aria-hidden>
              <Keys keys={comboKeys(shortcuts.start)} />
            </span>
            <span className="visually-hidden">{t('interview.shortcutHint', { keys: comboText(shortcuts.start) })}</span>
          </div>
        ) : null}
      </header>

      <LockedNotice interview={interview} fileReadOnly={props.readOnly} className="interview-page-locked" />
      {deleted ? (
        <Message tone="warning" role="status">
          <span>{t('interview.deletedNotice')} </span>
          {!props.readOnly ? (
            <button type="button" className="button button-small button-secondary interview-inline-button" onClick={() => void client.call('interviews.restore', { id: interview.id }).catch(app.showAlert)}>
              <Undo2 size={14} aria-hidden />
              <span>{t('interview.restore')}</span>
            </button>
          ) : null}
        </Message>
      ) : null}

      <div className="interview-grid">
        <InterviewDetailsForm interview={interview} organisations={props.data.organisations} respondents={props.data.respondents} readOnly={props.readOnly || deleted} locked={locked} />
        <aside className="interview-aside" aria-label={t('interview.progressHeading')}>
          <section className="card" aria-labelledby="progress-heading">
            <div className="card-header">
              <h2 id="progress-heading" className="card-title">
                {t('interview.progressHeading')}
              </h2>
            </div>
            <div className="card-body">
              <dl className="facts">
                <div>
                  <dt>{t('interview.answered')}</dt>
                  <dd>
                    <ProgressMeter
                      size="large"
                      answered={interview.answeredCount}
                      total={interview.questionCount}
                      text={t('common.progress', { answered: format.number(interview.answeredCount), total: format.number(interview.questionCount) })}
                      label={t('common.progressLabel', { answered: format.number(interview.answeredCount), total: format.number(interview.questionCount) })}
                    />
                  </dd>
                </div>
                <div>
                  <dt>{t('interview.duration')}</dt>
                  <dd className="interview-fact-icon">
                    <Clock size={14} aria-hidden />
                    {format.duration(interview.elapsedSeconds)}
                  </dd>
                </div>
                <div>
                  <dt>{t('interview.notes')}</dt>
                  <dd className="interview-fact-icon">
                    <MessageSquareText size={14} aria-hidden />
                    {t('common.notesCount', { count: interview.noteCount })}
                  </dd>
                </div>
              </dl>
              <p className="facts-note interview-fact-icon-note">
                <Snowflake size={14} aria-hidden />
                {interview.usesSnapshot ? t('interview.guideFrozen') : t('interview.guideLive')}
              </p>
            </div>
          </section>
          {!props.readOnly && !deleted ? (
            <Button variant="ghost" icon={Trash2} className="button-danger-ghost interview-delete" onClick={() => setConfirming(true)}>
              {t('interview.delete')}
            </Button>
          ) : null}
        </aside>
      </div>

      <section className="card interview-answers" aria-labelledby="answers-heading">
        <div className="card-header">
          <h2 id="answers-heading" className="card-title">
            {t('interview.answersHeading')}
          </h2>
        </div>
        <div className="card-body">
          <AnswersView interview={interview} guide={guide} answers={answers} notes={notes} />
        </div>
      </section>

      <section className="card interview-notes" aria-labelledby="notes-heading">
        <div className="card-header">
          <h2 id="notes-heading" className="card-title">
            {t('interview.notesHeading')}
          </h2>
        </div>
        <div className="card-body">
          {notes.length === 0 ? (
            <p className="interview-card-empty">{t('interview.notesEmpty')}</p>
          ) : (
            <ul className="interview-note-list">
              {[...notes].reverse().map((note) => {
                const code = note.questionId ? questionIndex.get(note.questionId) : undefined;
                return <NoteItem key={note.id} note={note} where={{ label: code ? t('conduct.atQuestion', { code }) : t('conduct.atInterview') }} />;
              })}
            </ul>
          )}
        </div>
      </section>

      {confirming ? (
        <Dialog
          title={t('interview.deleteTitle')}
          onClose={() => setConfirming(false)}
          size="small"
          testId="delete-interview-dialog"
          footer={
            <>
              <Button variant="ghost" onClick={() => setConfirming(false)} data-autofocus>
                {t('composer.cancel')}
              </Button>
              <Button variant="danger" icon={Trash2} onClick={() => void remove()}>
                {t('interview.deleteConfirm')}
              </Button>
            </>
          }
        >
          <p>
            {t('interview.deleteBody', {
              organisation,
              answers: t('interview.deleteAnswers', { count: answeredCount }),
              notes: t('common.notesCount', { count: notes.length }),
            })}
          </p>
        </Dialog>
      ) : null}
    </div>
  );
}
