// The elapsed-time clock of interview mode: the time stored on the interview plus the time this window has been
// running it, pausable. It is written back through the autosave engine every 15 s, on pause and on leave.
// Each clock belongs to one interview: the hook starts a new clock whenever the interview changes, so a clock never
// carries one interview's time onto another.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Autosaver } from '../../app/autosave';
import { registerSaveSource, type SaveSource } from '../../app/save-state';
import { client } from '../../bridge';
import { InterviewClock } from './interview-clock';

const persistEveryMs = 15_000;

export interface ElapsedClock {
  readonly seconds: number;
  readonly running: boolean;
  toggle(): void;
  /** Stops the clock and writes its time (e.g. before the interview is finished). */
  stop(): Promise<void>;
}

/**
 * The clock of one interview. `readOnly` (a read-only file, or an interview that is processed or validated) keeps it
 * still and never writes. It starts by itself only when interview mode opens editable; after reopening an interview
 * it waits for the interviewer to start it.
 */
export function useElapsedClock(interviewId: string, storedSeconds: number, readOnly: boolean): ElapsedClock {
  // Another interview gets a clock of its own, seeded with its own stored time (only the id renews it: later stored
  // values come from this clock).
  const clock = useMemo(() => new InterviewClock(interviewId, storedSeconds), [interviewId]);
  const opened = useRef<string | null>(null);
  const [, setTick] = useState(0);
  const persistRef = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    const first = opened.current !== clock.interviewId;
    opened.current = clock.interviewId;
    if (readOnly) {
      clock.pause();
      setTick((n) => n + 1);
      return;
    }
    if (first) clock.start();
    setTick((n) => n + 1);
    let source: SaveSource | null = null;
    const saver = new Autosaver<{ elapsedSeconds: number }>({
      saved: { elapsedSeconds: clock.seconds },
      save: async (patch) => {
        const stored = await client.call('interviews.update', { id: clock.interviewId, patch });
        return { elapsedSeconds: stored.elapsedSeconds };
      },
      onState: (state) => source?.set(state),
      labelKey: () => 'interviews:conduct.elapsed',
      delayMs: 0,
    });
    const persist = () => {
      saver.edit({ valid: { elapsedSeconds: clock.seconds }, invalid: [] });
      return saver.flush();
    };
    source = registerSaveSource(persist);
    const timer = setInterval(() => void persist(), persistEveryMs);
    const ticker = setInterval(() => setTick((n) => n + 1), 1000);
    persistRef.current = persist;
    return () => {
      clearInterval(timer);
      clearInterval(ticker);
      persistRef.current = null;
      void persist().finally(() => {
        saver.dispose();
        source?.dispose();
      });
    };
  }, [clock, readOnly]);

  const toggle = useCallback(() => {
    if (readOnly) return;
    if (clock.running) clock.pause();
    else clock.start();
    setTick((n) => n + 1);
    void persistRef.current?.();
  }, [clock, readOnly]);

  const stop = useCallback(async () => {
    clock.pause();
    setTick((n) => n + 1);
    await persistRef.current?.();
  }, [clock]);

  return { seconds: clock.seconds, running: clock.running, toggle, stop };
}
