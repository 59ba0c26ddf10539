// The server-sent event stream at /events: every core event goes to every open stream, with a ping so idle
// connections are not dropped by the browser.
import type { ServerResponse } from 'node:http';
import type { EventName } from '../../shared/contract/events';

export const PING_INTERVAL_MS = 15_000;

export class EventStreams {
  private readonly streams = new Set<ServerResponse>();
  private readonly ping: NodeJS.Timeout;

  constructor(pingIntervalMs = PING_INTERVAL_MS) {
    this.ping = setInterval(() => this.writeAll(': ping\n\n'), pingIntervalMs);
    this.ping.unref();
  }

  get size(): number {
    return this.streams.size;
  }

  /** Starts an event stream on `res`; it ends when the client goes away or the host closes. */
  attach(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // A first comment sends the headers now, so the browser's EventSource opens at once.
    res.write(': connected\n\n');
    this.streams.add(res);
    res.on('close', () => this.streams.delete(res));
  }

  broadcast(event: EventName, payload: unknown): void {
    // JSON.stringify never emits a raw newline, so the payload fits on one `data:` line.
    this.writeAll(`event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
  }

  closeAll(): void {
    clearInterval(this.ping);
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private writeAll(chunk: string): void {
    for (const res of this.streams) res.write(chunk);
  }
}
