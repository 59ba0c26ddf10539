// The interview clock apart from React: each clock keeps its own interview's time, pausing keeps the time, and a
// second interview's clock never starts from the first one's.
import { describe, expect, it } from 'vitest';
import { InterviewClock } from '../../../renderer/src/features/interviews/interview-clock';
import { sectionsFor } from '../../../renderer/src/features/interviews/answer-values';
import type { Guide, Question } from '../../../shared/contract/fieldwork';

describe('the interview clock', () => {
  it('counts from its own interview’s stored time and stands still while paused', () => {
    let now = 0;
    const clock = new InterviewClock('a', 4545, () => now);
    expect(clock.running).toBe(false);
    clock.start();
    now = 10_500;
    expect(clock.seconds).toBe(4555);
    clock.pause();
    now = 60_000;
    expect(clock.seconds).toBe(4555);
    clock.start();
    now = 62_000;
    expect(clock.seconds).toBe(4557);
  });

  it('gives two interviews two clocks that do not share time', () => {
    let now = 0;
    const first = new InterviewClock('a', 4545, () => now);
    first.start();
    now = 30_000;
    const second = new InterviewClock('b', 2997, () => now);
    second.start();
    now = 40_000;
    expect(first.seconds).toBe(4585);
    expect(second.seconds).toBe(3007);
  });

  it('stops at 24 hours', () => {
    let now = 0;
    const clock = new InterviewClock('a', 24 * 3600 - 5, () => now);
    clock.start();
    now = 3_600_000;
    expect(clock.seconds).toBe(24 * 3600);
  });
});

describe('sections as an interview follows them', () => {
  const question = (code: string, roles: Question['roles']) => ({ id: code, code, roles }) as unknown as Question;
  const guide = {
    sections: [
      { id: 's8', title: { nl: 'Monitoring', en: '' }, questions: [question('8.1', []), question('8.2', []), question('8.3', ['policy']), question('8.4', ['procurement'])] },
      { id: 's9', title: { nl: 'Beleid', en: '' }, questions: [question('9.1', ['policy'])] },
    ],
  } as unknown as Guide;

  it('keeps questions for another role in the section, in order, apart from those that apply', () => {
    const [monitoring, ...rest] = sectionsFor(guide, ['procurement']);
    expect(monitoring!.questions.map((q) => q.code)).toEqual(['8.1', '8.2', '8.4']);
    expect(monitoring!.all.map((q) => q.code)).toEqual(['8.1', '8.2', '8.3', '8.4']);
    // A section with nothing for these roles is left out altogether.
    expect(rest).toEqual([]);
  });
});
