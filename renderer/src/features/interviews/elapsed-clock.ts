// The elapsed-time clock of interview mode: the time stored on the interview plus the time this window has been
// running it, pausable. It is written back through the autosave engine every 15 s, on pause and on leave.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Autosaver } from '../../app/autosave';
import { registerSaveSource, type SaveSource } from '../../app/save-state';
import { client } from '../../bridge';

const persistEveryMs = 15_000;
const maxSeconds = 24 * 3600;

export interface ElapsedClock {
  readonly seconds: number;
  readonly running: boolean;
  toggle(): void;
}

export function useElapsedClock(interviewId: string, storedSeconds: number, readOnly: boolean): ElapsedClock {
  // Measured with a monotonic clock, so changing the computer's time does not jump the interview clock.
  const base = useRef(storedSeconds);
  const spanStart = useRef<number | null>(readOnly ? null : performance.now());
  const [running, setRunning] = useState(!readOnly);
  const [, setTick] = useState(0);
  const persistRef = useRef<(() => Promise<void>) | null>(null);

  const seconds = useCallback(() => {
    const live = spanStart.current === null ? 0 : (performance.now() - spanStart.current) / 1000;
    return Math.min(maxSeconds, Math.floor(base.current + live));
  }, []);

  useEffect(() => {
    if (readOnly) return;
    let source: SaveSource | null = null;
    const saver = new Autosaver<{ elapsedSeconds: number }>({
      saved: { elapsedSeconds: storedSeconds },
      save: async (patch) => {
        const stored = await client.call('interviews.update', { id: interviewId, patch });
        return { elapsedSeconds: stored.elapsedSeconds };
      },
      onState: (state) => source?.set(state),
      labelKey: () => 'interviews:conduct.elapsed',
      delayMs: 0,
    });
    const persist = () => {
      saver.edit({ valid: { elapsedSeconds: seconds() }, invalid: [] });
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
    // The stored value only seeds the clock (storedSeconds is left out on purpose): later changes come from this clock.
  }, [interviewId, readOnly, seconds]);

  const toggle = useCallback(() => {
    if (readOnly) return;
    if (spanStart.current === null) {
      spanStart.current = performance.now();
      setRunning(true);
    } else {
      base.current = seconds();
      spanStart.current = null;
      setRunning(false);
    }
    void persistRef.current?.();
  }, [readOnly, seconds]);

  return { seconds: seconds(), running, toggle };
}
