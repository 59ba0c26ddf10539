// The interview clock apart from React: the stored elapsed time plus the spans it has been running, measured with a
// monotonic clock, so changing the computer's time does not jump it. One clock belongs to one interview.

const maxSeconds = 24 * 3600;

export class InterviewClock {
  private base: number;
  private spanStart: number | null = null;

  constructor(
    readonly interviewId: string,
    storedSeconds: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.base = storedSeconds;
  }

  get running(): boolean {
    return this.spanStart !== null;
  }

  get seconds(): number {
    const live = this.spanStart === null ? 0 : (this.now() - this.spanStart) / 1000;
    return Math.min(maxSeconds, Math.floor(this.base + live));
  }

  start(): void {
    if (this.spanStart === null) this.spanStart = this.now();
  }

  pause(): void {
    if (this.spanStart === null) return;
    this.base = this.seconds;
    this.spanStart = null;
  }
}

