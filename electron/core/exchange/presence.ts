// Presence markers for files in synced and shared folders: a small JSON file beside the inventory for each app
// instance that has it open (author, device, since when, heartbeat). Sync clients carry the markers to colleagues,
// so the app can say who else has the file open. A marker whose heartbeat stopped (a crash, a laptop put to sleep)
// is stale; on this device a marker whose process is gone is stale at once. Markers are hints, never locks.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from '../../../shared/zod';

export const HEARTBEAT_MS = 30_000;
/** A marker without a heartbeat for this long is stale (sync clients can lag a minute or two). */
export const STALE_AFTER_MS = 5 * 60_000;
const MAX_MARKER_BYTES = 4096;
const MARKER_SUFFIX = '.presence.json';

const markerSchema = z
  .object({
    format: z.literal('inventaris-presence'),
    version: z.literal(1),
    author: z.string().max(200),
    deviceId: z.string().min(1).max(80),
    deviceName: z.string().max(200),
    pid: z.number().int().positive(),
    since: z.iso.datetime(),
    heartbeat: z.iso.datetime(),
    readOnly: z.boolean(),
  })
  .strict();
export type PresenceMarker = z.infer<typeof markerSchema>;

export interface OtherPresence {
  readonly author: string;
  readonly device: string;
  readonly since: string;
  readonly heartbeat: string;
  readonly readOnly: boolean;
  readonly sameDevice: boolean;
}

export interface PresenceReport {
  readonly others: OtherPresence[];
  /** File names of markers that could not be read; ignored and left alone. */
  readonly unreadable: string[];
}

export interface PresenceIdentity {
  readonly author: string;
  readonly deviceId: string;
  readonly readOnly: boolean;
}

function markerPrefix(file: string): string {
  return `.${path.basename(file)}.`;
}

/** A marker for `file`: hidden, beside it, one per device, process and window (`instance`). */
export function markerPath(file: string, deviceId: string, instance: string): string {
  const device = crypto.createHash('sha256').update(deviceId).digest('hex').slice(0, 12);
  return path.join(path.dirname(file), `${markerPrefix(file)}${device}-${instance}${MARKER_SUFFIX}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(marker: PresenceMarker, deviceId: string, now: number): boolean {
  if (now - Date.parse(marker.heartbeat) > STALE_AFTER_MS) return true;
  return marker.deviceId === deviceId && !processAlive(marker.pid);
}

function readMarker(full: string): PresenceMarker | null {
  try {
    const stat = fs.statSync(full);
    if (!stat.isFile() || stat.size > MAX_MARKER_BYTES) return null;
    const parsed = markerSchema.safeParse(JSON.parse(fs.readFileSync(full, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Who else has `file` open, read from the markers beside it. The caller's own marker is left out; stale markers
 * of this device (from a crash) are removed, anybody else's are only left out. Unreadable markers are listed.
 */
export function readPresence(file: string, deviceId: string, ownMarker: string | null, now = Date.now()): PresenceReport {
  const own = ownMarker ? path.basename(ownMarker) : null;
  const prefix = markerPrefix(file);
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(file));
  } catch {
    return { others: [], unreadable: [] };
  }
  const others: OtherPresence[] = [];
  const unreadable: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(MARKER_SUFFIX) || name === own) continue;
    const full = path.join(path.dirname(file), name);
    const marker = readMarker(full);
    if (!marker) {
      unreadable.push(name);
      continue;
    }
    if (isStale(marker, deviceId, now)) {
      if (marker.deviceId === deviceId) fs.rmSync(full, { force: true });
      continue;
    }
    others.push({
      author: marker.author,
      device: marker.deviceName,
      since: marker.since,
      heartbeat: marker.heartbeat,
      readOnly: marker.readOnly,
      sameDevice: marker.deviceId === deviceId,
    });
  }
  others.sort((a, b) => a.since.localeCompare(b.since));
  return { others, unreadable };
}

/** This process's marker for one open file: written on open, refreshed by a heartbeat, removed on close. */
export class PresenceMarkerWriter {
  private readonly path: string;
  private readonly since = new Date().toISOString();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: string,
    private readonly identity: PresenceIdentity,
  ) {
    this.path = markerPath(file, identity.deviceId, `${process.pid}-${crypto.randomBytes(3).toString('hex')}`);
  }

  /** Writes the marker and starts the heartbeat. A folder that cannot be written just gets no marker. */
  start(): this {
    this.beat();
    this.timer = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.timer.unref();
    return this;
  }

  beat(now = new Date()): void {
    const marker: PresenceMarker = {
      format: 'inventaris-presence',
      version: 1,
      author: this.identity.author,
      deviceId: this.identity.deviceId,
      deviceName: os.hostname(),
      pid: process.pid,
      since: this.since,
      heartbeat: now.toISOString(),
      readOnly: this.identity.readOnly,
    };
    const temp = `${this.path}.${crypto.randomBytes(3).toString('hex')}.tmp`;
    try {
      fs.writeFileSync(temp, JSON.stringify(marker));
      fs.renameSync(temp, this.path);
    } catch {
      fs.rmSync(temp, { force: true });
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    fs.rmSync(this.path, { force: true });
  }

  get markerFile(): string {
    return this.path;
  }

  get forFile(): string {
    return this.file;
  }
}
