// Interview mode: the focused full-window form that follows the interview's guide (its snapshot once held),
// filtered to the respondents' roles, one section at a time. Header with who, the clock, progress and the save
// state; a section rail; the current section's questions; the notes of the interview. Keyboard first.
import { ArrowLeft, ArrowRight, CheckCheck, Clock, Keyboard, Pause, Play } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isLockedStatus, type Answer, type Guide, type Interview, type Note } from '../../../../shared/contract/fieldwork';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { routes, routeTo } from '../../app/routes';
import { flushPendingSaves } from '../../app/save-state';
import { SaveIndicator } from '../../app/SaveIndicator';
import { client } from '../../bridge';
import { ErrorAlert, Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadingLine } from '../../components/LoadingLine';
import { showUndo } from '../../components/Toast';
import { AnswerBook, type AnswerField, type AnswerForm, type EditOptions } from './answer-book';
import { isAnswered, progressOf, sectionsFor, type AppliedSection } from './answer-values';
import { pickText } from '../../app/bilingual-text';
import { useElapsedClock } from './elapsed-clock';
import { LockedNotice } from './LockedNotice';
import { runQuestionShortcut, useDiscardingEdit } from './question-actions';
import { useLiveData } from '../../app/live-data';
import { NoteComposer, type ComposerTarget } from './NoteComposer';
import { NoteItem } from './NoteItems';
import { Keys } from '../../components/Keys';
import { ProgressMeter } from '../../components/ProgressMeter';
import { useInterviewFormat, useLabels } from './parts';
import { FinishDialog } from './FinishDialog';
import { OtherRoleQuestion, QuestionCard } from './QuestionCard';
import { ShortcutHelp, ShortcutHints } from './ShortcutHelp';
import { ariaKeys, comboKeys, comboText, matches, noteKindOrder, noteShortcuts, shortcuts } from './shortcuts';
import type { NoteKind } from '../../components/NoteKindTag';
import './interviews.css';
import './conduct.css';

interface Workspace {
  readonly interview: Interview;
  readonly guide: Guide;
  readonly answers: readonly Answer[];
  readonly notes: readonly Note[];
}

export function ConductPage(props: { readonly file: OpenFile; readonly id?: string }) {
  const id = props.id ?? '';
  // One interview per mount: going to another interview (address, history, link) starts over, so nothing of the
  // first one (its clock, its answer book) carries over to the second.
  return <ConductLoader key={`${props.file.path}#${id}`} file={props.file} id={id} />;
}

function ConductLoader(props: { readonly file: OpenFile; readonly id: string }) {
  const { t } = useTranslation('interviews');
  const { id } = props;
  const load = useCallback(() => client.call('interviews.workspace', { id }), [id]);
  const live = useLiveData<Workspace>(load, ['answers', 'notes', 'interviews', 'guide', 'respondents', 'organisations'], `${props.file.path}#${id}`);
  const data = live.data?.interview.id === id ? live.data : null;
  const { error } = live;
  // The first answer seeds the answer book; later ones (after any change in the file) flow in. A failed reload
  // keeps the last good data on screen: the save indicator already says what is wrong.
  const first = useRef<Workspace | null>(null);
  if (data) first.current ??= data;

  if (first.current === null || data === null) {
    return error ? (
      <div className="conduct conduct-message">
        <Link href={routes.interviews} className="interview-back-link">
          <ArrowLeft size={14} aria-hidden />
          {t('interview.back')}
        </Link>
        {error.code === 'NOT_FOUND' ? <Message tone="warning" role="alert">{t('interview.notFound')}</Message> : <ErrorAlert error={error} />}
      </div>
    ) : (
      <main className="conduct conduct-message" aria-busy="true">
        <LoadingLine />
      </main>
    );
  }
  return <ConductView first={first.current} current={data} fileReadOnly={props.file.readOnly} />;
}

const sectionKey = (interviewId: string) => `inventaris.conduct.${interviewId}.section`;

function focusedField(): { questionId: string; field: AnswerField } | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return null;
  const card = active.closest<HTMLElement>('[data-question-id]');
  const field = active.dataset['field'];
  if (!card || (field !== 'value' && field !== 'explanation')) return null;
  return { questionId: card.dataset['questionId']!, field };
}

function ConductView(props: { readonly first: Workspace; readonly current: Workspace; readonly fileReadOnly: boolean }) {
  const { t } = useTranslation('interviews');
  const app = useApp();
  const format = useInterviewFormat();
  const labels = useLabels();
  const [, navigate] = useLocation();
  const { interview, guide } = props.current;
  const interviewId = interview.id;
  // A processed or validated interview opens to be read; "Heropenen voor bewerking" makes it editable again.
  const locked = isLockedStatus(interview.status);
  const readOnly = props.fileReadOnly || locked;

  // The answer book lives as long as this view; answers stored elsewhere flow in without touching edits here.
  const [book] = useState(
    () => new AnswerBook({ interviewId, answers: props.first.answers, save: (input) => client.call('answers.save', input) }),
  );
  const forms = useSyncExternalStore(book.subscribe, book.getSnapshot);
  useEffect(() => () => void book.flush().finally(() => book.dispose()), [book]);
  const latestAnswers = useRef(props.current.answers);
  useEffect(() => {
    latestAnswers.current = props.current.answers;
    book.adoptRemote(props.current.answers, focusedField());
  }, [book, props.current.answers]);

  const [localNotes, setLocalNotes] = useState<readonly Note[]>([]);
  const notes = useMemo(() => {
    const known = new Set(props.current.notes.map((n) => n.id));
    return [...props.current.notes, ...localNotes.filter((n) => !known.has(n.id))];
  }, [props.current.notes, localNotes]);
  const [hiddenNotes, setHiddenNotes] = useState<ReadonlySet<string>>(new Set());
  const visibleNotes = notes.filter((n) => !hiddenNotes.has(n.id) && n.deletedAt === null);

  const sections = useMemo(() => sectionsFor(guide, interview.respondentRoles), [guide, interview.respondentRoles]);
  const [sectionIndex, setSectionIndex] = useState(() => {
    const stored = localStorage.getItem(sectionKey(interviewId));
    const index = sections.findIndex((s) => s.section.id === stored);
    return index >= 0 ? index : 0;
  });
  const index = Math.min(sectionIndex, Math.max(0, sections.length - 1));
  const section: AppliedSection | undefined = sections[index];

  const [currentQuestion, setCurrentQuestion] = useState<string | null>(null);
  const currentRef = useRef<string | null>(null);
  const [composer, setComposer] = useState<ComposerTarget | null>(null);
  const composerToken = useRef(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [finishOpen, setFinishOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const scroller = useRef<HTMLElement>(null);
  const focusFirstAfterChange = useRef(false);
  const clock = useElapsedClock(interviewId, props.first.interview.elapsedSeconds, readOnly);

  const allQuestions = useMemo(() => sections.flatMap((s) => s.questions), [sections]);
  const answered = (questionId: string) => isAnswered(forms.get(questionId));
  const overall = progressOf(allQuestions, answered);
  const codeOf = useCallback((questionId: string | null) => allQuestions.find((q) => q.id === questionId)?.code ?? null, [allQuestions]);
  const whereLabel = (questionId: string | null) => {
    const code = codeOf(questionId);
    return code ? t('conduct.atQuestion', { code }) : t('conduct.atInterview');
  };

  const onEdit = useCallback((questionId: string, patch: Partial<AnswerForm>, options?: EditOptions) => book.edit(questionId, patch, options), [book]);
  const onDiscardingEdit = useDiscardingEdit(book);
  // Leaving a field sends it, and lets in what another tab stored in it while it had focus.
  const onFlush = useCallback(
    (questionId: string) => {
      void book.flushQuestion(questionId);
      book.adoptRemote(latestAnswers.current, focusedField());
    },
    [book],
  );
  const onFocusQuestion = useCallback((questionId: string) => {
    currentRef.current = questionId;
    setCurrentQuestion(questionId);
  }, []);

  const goToSection = useCallback(
    (next: number, focusFirst = true) => {
      if (next < 0 || next >= sections.length || next === index) return;
      void book.flush();
      const target = sections[next]!;
      localStorage.setItem(sectionKey(interviewId), target.section.id);
      focusFirstAfterChange.current = focusFirst;
      currentRef.current = null;
      setCurrentQuestion(null);
      setSectionIndex(next);
      setAnnouncement(t('conduct.sectionAnnounced', { index: next + 1, total: sections.length, title: pickText(target.section.title, format.language).text }));
    },
    [book, sections, index, interviewId, t, format.language],
  );

  // Interview mode opens ready to type: focus on the first answer of the section.
  useEffect(() => {
    scroller.current?.querySelector<HTMLElement>('[data-question-id] [data-field="value"]:not([disabled])')?.focus();
  }, []);

  // After a section change: back to the top, focus on the first answer.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    if (!focusFirstAfterChange.current) return;
    focusFirstAfterChange.current = false;
    const first = scroller.current?.querySelector<HTMLElement>('[data-question-id] [data-field="value"]:not([disabled])');
    first?.focus();
  }, [index]);

  const openComposer = useCallback(
    (kind: NoteKind) => {
      if (readOnly) return;
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // Re-asking while the composer is open changes its kind and keeps what was typed.
      if (composer && active?.closest('[data-testid="note-composer"]')) {
        setComposer({ ...composer, kind, token: ++composerToken.current });
        return;
      }
      const inQuestion = active?.closest<HTMLElement>('[data-question-id]')?.dataset['questionId'] ?? null;
      const inSection = (id: string | null) => id !== null && (section?.questions.some((q) => q.id === id) ?? false);
      const questionId = inQuestion ?? (inSection(currentRef.current) ? currentRef.current : null);
      returnFocus.current = active;
      setComposer({ kind, questionId, token: ++composerToken.current });
    },
    [composer, readOnly, section],
  );

  const closeComposer = useCallback(() => {
    setComposer(null);
    const back = returnFocus.current;
    returnFocus.current = null;
    // The element that had focus may be gone (e.g. a note list re-rendered): fall back to the question.
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus();
    });
  }, []);

  const onNoteSaved = useCallback(
    (note: Note) => {
      setLocalNotes((list) => [...list, note]);
      setAnnouncement(t('conduct.noteSaved', { kind: labels.noteKind(note.kind), where: whereLabel(note.questionId) }));
      closeComposer();
    },
    [closeComposer, labels, t, codeOf],
  );

  const onDeleteNote = useCallback(
    (note: Note) => {
      setHiddenNotes((set) => new Set(set).add(note.id));
      client
        .call('notes.delete', { id: note.id })
        .then(() =>
          showUndo({
            message: t('conduct.noteDeleted'),
            undo: async () => {
              await client.call('notes.restore', { id: note.id });
              setHiddenNotes((set) => {
                const next = new Set(set);
                next.delete(note.id);
                return next;
              });
            },
          }),
        )
        .catch((error: unknown) => {
          setHiddenNotes((set) => {
            const next = new Set(set);
            next.delete(note.id);
            return next;
          });
          app.showAlert(error);
        });
    },
    [app, t],
  );

  const goToQuestion = useCallback(
    (questionId: string) => {
      const target = sections.findIndex((s) => s.questions.some((q) => q.id === questionId));
      if (target < 0) return;
      const focus = () => document.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(questionId)}"] [data-field="value"]`)?.focus();
      if (target === index) focus();
      else {
        goToSection(target, false);
        setTimeout(focus, 0);
      }
    },
    [sections, index, goToSection],
  );

  const leave = useCallback(
    async (to: string) => {
      await book.flush();
      await flushPendingSaves();
      navigate(to);
    },
    [book, navigate],
  );

  // Shortcuts of interview mode; dialogs take the keyboard while they are open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (helpOpen || finishOpen || event.defaultPrevented) return;
      if (matches(event, shortcuts.nextSection)) {
        event.preventDefault();
        goToSection(index + 1);
      } else if (matches(event, shortcuts.previousSection)) {
        event.preventDefault();
        goToSection(index - 1);
      } else if (matches(event, shortcuts.pause)) {
        event.preventDefault();
        clock.toggle();
      } else if (matches(event, shortcuts.help) || matches(event, shortcuts.helpQuestionMark)) {
        event.preventDefault();
        setHelpOpen(true);
      } else if (runQuestionShortcut(event, currentRef.current)) {
        event.preventDefault();
      } else {
        const kind = noteKindOrder.find((k) => matches(event, noteShortcuts[k]));
        if (kind) {
          event.preventDefault();
          openComposer(kind);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [helpOpen, finishOpen, goToSection, index, clock, openComposer]);

  // Closing or hiding the page sends what is pending (the app does this too; the book is ours).
  useEffect(() => {
    const onHide = () => void book.flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [book]);

  const organisation = interview.organisationName ?? t('common.noOrganisation');
  const composerFor = (questionId: string | null) =>
    composer && composer.questionId === questionId ? (
      <NoteComposer
        key="composer"
        target={composer}
        interviewId={interviewId}
        where={whereLabel(questionId)}
        onKind={(kind) => setComposer({ ...composer, kind, token: composer.token })}
        onSaved={onNoteSaved}
        onCancel={closeComposer}
      />
    ) : null;
  const next = sections[index + 1];

  return (
    <div className="conduct" data-testid="conduct">
      <header className="conduct-header">
        <button type="button" className="icon-button conduct-back" onClick={() => void leave(routeTo(routes.interview, interviewId))} aria-label={t('conduct.back')} title={t('conduct.back')}>
          <ArrowLeft size={18} aria-hidden />
        </button>
        <div className="conduct-who">
          <h1 className="conduct-title" dir="auto">
            {organisation}
          </h1>
          <p className="conduct-people" dir="auto">
            {interview.respondentNames.length > 0
              ? interview.respondentNames.join(', ') + ' — ' + interview.respondentRoles.map((r) => labels.role(r)).join(', ')
              : t('common.noRespondents')}
          </p>
        </div>
        <div className={`conduct-clock${clock.running ? '' : ' is-paused'}`} role="group" aria-label={t('conduct.elapsed')}>
          <Clock size={16} aria-hidden />
          <span className="interview-clock-time" role="timer" aria-label={t('conduct.elapsed')} data-testid="elapsed">
            {format.duration(clock.seconds)}
          </span>
          {!clock.running ? <span className="interview-clock-paused">{t('conduct.paused')}</span> : null}
          {!readOnly ? (
            <button
              type="button"
              className="icon-button"
              onClick={clock.toggle}
              aria-label={clock.running ? t('conduct.pause') : t('conduct.resume')}
              title={`${clock.running ? t('conduct.pause') : t('conduct.resume')} (${comboText(shortcuts.pause)})`}
              aria-keyshortcuts={ariaKeys(shortcuts.pause)}
            >
              {clock.running ? <Pause size={16} aria-hidden /> : <Play size={16} aria-hidden />}
            </button>
          ) : null}
        </div>
        <div className="conduct-progress">
          <ProgressMeter
            answered={overall.answered}
            total={overall.total}
            text={t('common.progress', { answered: format.number(overall.answered), total: format.number(overall.total) })}
            label={t('common.progressLabel', { answered: format.number(overall.answered), total: format.number(overall.total) })}
          />
        </div>
        <SaveIndicator readOnly={props.fileReadOnly} />
        <button
          type="button"
          className="icon-button"
          onClick={() => setHelpOpen(true)}
          aria-label={t('conduct.help')}
          title={`${t('conduct.help')} (${comboText(shortcuts.help)})`}
          aria-keyshortcuts={`${ariaKeys(shortcuts.help)} ?`}
        >
          <Keyboard size={18} aria-hidden />
        </button>
        {!readOnly ? (
          <Button variant="primary" icon={CheckCheck} onClick={() => setFinishOpen(true)} className="conduct-finish">
            {t('conduct.finish')}
          </Button>
        ) : null}
      </header>
      <LockedNotice interview={interview} fileReadOnly={props.fileReadOnly} className="conduct-locked" />

      <div className="conduct-body">
        <nav className="conduct-rail" aria-label={t('conduct.sectionsLabel')}>
          <ol className="interview-rail-list">
            {sections.map((entry, i) => {
              const progress = progressOf(entry.questions, answered);
              const title = pickText(entry.section.title, format.language).text;
              return (
                <li key={entry.section.id}>
                  <button
                    type="button"
                    className={`interview-rail-item${i === index ? ' is-current' : ''}${progress.answered === progress.total ? ' is-done' : ''}`}
                    aria-current={i === index ? 'step' : undefined}
                    onClick={() => goToSection(i)}
                  >
                    <span className="interview-rail-number" aria-hidden>
                      {format.number(i + 1)}
                    </span>
                    <span className="interview-rail-text">
                      <span className="interview-rail-title" dir="auto" title={title}>
                        {title}
                      </span>
                      <span className="interview-rail-progress">
                        <span className="interview-rail-bar" aria-hidden>
                          <span style={{ width: `${progress.total === 0 ? 0 : (progress.answered / progress.total) * 100}%` }} />
                        </span>
                        <span className="interview-rail-count" aria-hidden>
                          {t('common.progressShort', { answered: format.number(progress.answered), total: format.number(progress.total) })}
                        </span>
                        <span className="visually-hidden">{t('conduct.sectionProgress', { answered: format.number(progress.answered), total: format.number(progress.total) })}</span>
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          <ShortcutHints onHelp={() => setHelpOpen(true)} />
        </nav>

        <main className="conduct-main" id="main" ref={scroller} tabIndex={-1}>
          {section ? (
            <div className="conduct-section">
              <div className="interview-section-head">
                <p className="interview-section-eyebrow">{t('conduct.sectionOf', { index: format.number(index + 1), total: format.number(sections.length) })}</p>
                <h2 className="conduct-section-title" dir="auto">
                  {pickText(section.section.title, format.language).text}
                </h2>
                {pickText(section.section.intro, format.language).text.trim() !== '' ? (
                  <p className="interview-section-intro" dir="auto">
                    {pickText(section.section.intro, format.language).text}
                  </p>
                ) : null}
              </div>
              {section.all.map((question) =>
                !section.questions.includes(question) ? (
                  <OtherRoleQuestion key={question.id} question={question} />
                ) : (
                  <QuestionCard
                    key={question.id}
                    question={question}
                    guide={guide}
                    form={forms.get(question.id) ?? book.form(question.id)}
                    notes={visibleNotes.filter((n) => n.questionId === question.id)}
                    current={currentQuestion === question.id}
                    readOnly={readOnly}
                    composer={composerFor(question.id)}
                    onEdit={onEdit}
                    onDiscardingEdit={onDiscardingEdit}
                    onFlush={onFlush}
                    onFocusQuestion={onFocusQuestion}
                    onDeleteNote={onDeleteNote}
                    interviewId={interviewId}
                  />
                ),
              )}
              <div className="interview-section-nav">
                {index > 0 ? (
                  <button type="button" className="button button-secondary" onClick={() => goToSection(index - 1)} aria-keyshortcuts={ariaKeys(shortcuts.previousSection)}>
                    <ArrowLeft size={16} aria-hidden />
                    <span>{t('conduct.previousSection')}</span>
                    <Keys keys={comboKeys(shortcuts.previousSection)} />
                  </button>
                ) : (
                  <span />
                )}
                {next ? (
                  <button type="button" className="button button-primary" onClick={() => goToSection(index + 1)} aria-keyshortcuts={ariaKeys(shortcuts.nextSection)}>
                    <span className="interview-section-next-text">{t('conduct.nextSectionNamed', { title: pickText(next.section.title, format.language).text })}</span>
                    <ArrowRight size={16} aria-hidden />
                    <Keys keys={comboKeys(shortcuts.nextSection)} />
                  </button>
                ) : !readOnly ? (
                  <Button variant="primary" icon={CheckCheck} onClick={() => setFinishOpen(true)}>
                    {t('conduct.finish')}
                  </Button>
                ) : (
                  <span />
                )}
              </div>
            </div>
          ) : (
            <div className="conduct-section">
              <Message tone="info" role="note">
                {t('conduct.noQuestions')}
              </Message>
            </div>
          )}
        </main>

        <aside className="conduct-notes" aria-labelledby="conduct-notes-heading">
          <div className="interview-notes-head">
            <h2 id="conduct-notes-heading" className="interview-notes-title">
              {t('conduct.notesHeading')}
              <span className="interview-notes-count">{format.number(visibleNotes.length)}</span>
            </h2>
          </div>
          {!readOnly ? (
            <div className="interview-note-kind-buttons" role="group" aria-label={t('conduct.addNote')}>
              {noteKindOrder.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className={`interview-note-kind-button interview-note-kind-button-${kind}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => openComposer(kind)}
                  title={`${labels.noteKind(kind)} (${comboText(noteShortcuts[kind])})`}
                  aria-keyshortcuts={ariaKeys(noteShortcuts[kind])}
                >
                  <span>{labels.noteKind(kind)}</span>
                  <span className="interview-note-kind-key" aria-hidden>
                    {comboText(noteShortcuts[kind]).split('+').at(-1)}
                  </span>
                </button>
              ))}
            </div>
          ) : null}
          {composerFor(null)}
          {visibleNotes.length === 0 ? (
            <p className="interview-notes-empty">{t('conduct.notesEmpty')}</p>
          ) : (
            <ul className="interview-note-list">
              {[...visibleNotes].reverse().map((note) => {
                const code = codeOf(note.questionId);
                return (
                  <NoteItem
                    key={note.id}
                    note={note}
                    compact
                    where={{
                      label: code ? t('conduct.atQuestion', { code }) : t('conduct.atInterview'),
                      onGo: code && note.questionId ? () => goToQuestion(note.questionId!) : undefined,
                      goLabel: code ? t('conduct.goToQuestion', { code }) : undefined,
                    }}
                    onDelete={readOnly ? undefined : () => onDeleteNote(note)}
                  />
                );
              })}
            </ul>
          )}
        </aside>
      </div>

      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null}
      {finishOpen ? (
        <FinishDialog
          interview={interview}
          unanswered={overall.total - overall.answered}
          onClose={() => setFinishOpen(false)}
          onDone={async (markProcessed) => {
            // The clock stops first, so nothing is left to write once the interview may be fixed.
            await clock.stop();
            await book.flush();
            await flushPendingSaves();
            try {
              if (interview.status === 'planned') await client.call('interviews.start', { id: interviewId });
              if (markProcessed) await client.call('interviews.update', { id: interviewId, patch: { status: 'processed' } });
              navigate(routeTo(routes.interview, interviewId));
            } catch (error) {
              setFinishOpen(false);
              app.showAlert(error);
            }
          }}
        />
      ) : null}
      {app.alert ? (
        <div className="conduct-alert">
          <ErrorAlert error={app.alert} onDismiss={app.dismissAlert} />
        </div>
      ) : null}
    </div>
  );
}
