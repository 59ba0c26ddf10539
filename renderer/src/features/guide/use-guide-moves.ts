// Reordering the guide: moves by one place (keyboard, arrow buttons) or to a given place (drag and drop, the move
// dialog). Moves run one after another, each from the guide the previous one returned, so quick key presses all
// count; each is announced to screen readers and focus follows the moved item.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../../shared/contract/fieldwork';
import { client } from '../../bridge';

export interface GuideMoves {
  moveQuestionBy(id: string, direction: -1 | 1): void;
  moveQuestionTo(id: string, sectionId: string, toIndex: number): void;
  moveSectionBy(id: string, direction: -1 | 1): void;
  moveSectionTo(id: string, toIndex: number): void;
  /** Resolves when every queued move has been answered. */
  settled(): Promise<void>;
  /** Runs a write; a failure is shown and the guide reloaded. */
  run(work: () => Promise<void>): Promise<void>;
  /** Moves focus to a question's or section's row once it is on screen. */
  focusQuestion(id: string): void;
  focusSection(id: string): void;
  announce(text: string): void;
  readonly announcement: string;
  /** The latest guide, including one a move just returned. */
  readonly guideRef: { current: Guide };
}

export function useGuideMoves(props: { readonly guide: Guide; readonly adopt: (guide: Guide) => void; readonly reload: () => void; readonly onError: (error: unknown) => void; readonly view: string }): GuideMoves {
  const { t } = useTranslation('guide');
  const { guide, adopt, reload, onError } = props;
  const [announcement, setAnnouncement] = useState('');
  const guideRef = useRef(guide);
  guideRef.current = guide;
  const pendingFocus = useRef<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  // After a move or delete, focus goes to the row it concerns once the new guide is on screen.
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    const target = document.querySelector<HTMLElement>(selector);
    if (target) {
      pendingFocus.current = null;
      target.focus();
    }
  }, [guide, props.view]);

  const focusQuestion = (id: string) => void (pendingFocus.current = `[data-question-id="${id}"] .g-question-open`);
  const focusSection = (id: string) => void (pendingFocus.current = `[data-section-id="${id}"] .g-section-open`);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        onError(error);
        reload();
      }
    },
    [onError, reload],
  );

  function enqueue(work: (current: Guide) => Promise<Guide | null>) {
    queue.current = queue.current.then(() =>
      run(async () => {
        const next = await work(guideRef.current);
        if (next) {
          guideRef.current = next;
          adopt(next);
        }
      }),
    );
  }

  const codeOf = (code: string) => code || t('editor.noCode');

  return {
    announcement,
    guideRef,
    run,
    focusQuestion,
    focusSection,
    announce: setAnnouncement,
    settled: () => queue.current,

    moveQuestionBy(id, direction) {
      enqueue(async (current) => {
        const sectionIndex = current.sections.findIndex((section) => section.questions.some((question) => question.id === id));
        const section = current.sections[sectionIndex];
        if (!section) return null;
        const index = section.questions.findIndex((question) => question.id === id);
        const code = codeOf(section.questions[index]!.code);
        // At the edge of a section the question crosses into the neighbouring one.
        let target: { sectionId: string; toIndex: number; sectionNumber: number } | null = null;
        if (direction === -1 && index > 0) target = { sectionId: section.id, toIndex: index - 1, sectionNumber: sectionIndex + 1 };
        else if (direction === 1 && index < section.questions.length - 1) target = { sectionId: section.id, toIndex: index + 1, sectionNumber: sectionIndex + 1 };
        else if (direction === -1 && sectionIndex > 0) {
          const previous = current.sections[sectionIndex - 1]!;
          target = { sectionId: previous.id, toIndex: previous.questions.length, sectionNumber: sectionIndex };
        } else if (direction === 1 && sectionIndex < current.sections.length - 1) target = { sectionId: current.sections[sectionIndex + 1]!.id, toIndex: 0, sectionNumber: sectionIndex + 2 };
        if (!target) {
          setAnnouncement(t(direction === -1 ? 'announce.atTop' : 'announce.atBottom', { code }));
          return null;
        }
        const next = await client.call('guide.moveQuestion', { id, sectionId: target.sectionId, toIndex: target.toIndex });
        focusQuestion(id);
        setAnnouncement(t('announce.questionMoved', { code, position: target.toIndex + 1, section: target.sectionNumber }));
        return next;
      });
    },

    moveQuestionTo(id, sectionId, toIndex) {
      enqueue(async (current) => {
        const question = current.sections.flatMap((section) => section.questions).find((item) => item.id === id);
        if (!question) return null;
        const next = await client.call('guide.moveQuestion', { id, sectionId, toIndex });
        focusQuestion(id);
        const sectionIndex = next.sections.findIndex((section) => section.id === sectionId);
        const position = next.sections[sectionIndex]?.questions.findIndex((item) => item.id === id) ?? toIndex;
        setAnnouncement(t('announce.questionMoved', { code: codeOf(question.code), position: position + 1, section: sectionIndex + 1 }));
        return next;
      });
    },

    moveSectionBy(id, direction) {
      enqueue(async (current) => {
        const index = current.sections.findIndex((section) => section.id === id);
        if (index < 0) return null;
        const to = index + direction;
        if (to < 0 || to >= current.sections.length) {
          setAnnouncement(t(direction === -1 ? 'announce.sectionAtTop' : 'announce.sectionAtBottom'));
          return null;
        }
        const next = await client.call('guide.moveSection', { id, toIndex: to });
        focusSection(id);
        setAnnouncement(t('announce.sectionMoved', { position: to + 1 }));
        return next;
      });
    },

    moveSectionTo(id, toIndex) {
      enqueue(async () => {
        const next = await client.call('guide.moveSection', { id, toIndex });
        focusSection(id);
        setAnnouncement(t('announce.sectionMoved', { position: toIndex + 1 }));
        return next;
      });
    },
  };
}
