// The merge history kept in the file: who merged which colleague's file, when, from which devices, and what changed.
import type { MergeHistoryEntry } from '../../../shared/contract/exchange';
import type { ReadableDb } from '../db/file';

export function listMergeHistory(db: ReadableDb): MergeHistoryEntry[] {
  const rows = db.prepare('SELECT * FROM merge_history ORDER BY merged_at DESC, id DESC').all() as {
    id: string;
    merged_at: string;
    device_id: string;
    author: string;
    source_file: string;
    source_devices: string;
    source_authors: string;
    summary: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    mergedAt: r.merged_at,
    deviceId: r.device_id,
    author: r.author,
    sourceFile: r.source_file,
    sourceDevices: JSON.parse(r.source_devices) as string[],
    sourceAuthors: JSON.parse(r.source_authors) as string[],
    summary: JSON.parse(r.summary) as MergeHistoryEntry['summary'],
  }));
}
