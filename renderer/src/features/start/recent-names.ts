// What tells same-titled recent files apart, for the start screen's recent list.
import type { RecentFile } from '../../../../shared/contract/schemas';
import { splitPath } from '../files/paths';

/**
 * For files whose title another file in the list shares: what tells them apart, shown beside the title. That is the
 * file name, or the last folder and the file name when the names are the same too.
 * Example: two "Demo Regio Foodvalley" files -> "demo-regio-foodvalley.inventaris" and "demo-regio-foodvalley-2.inventaris".
 */
export function distinguishingNames(recent: readonly RecentFile[]): ReadonlyMap<string, string> {
  const titleOf = (file: RecentFile) => (file.title || splitPath(file.path).name).trim().toLocaleLowerCase();
  const byTitle = new Map<string, RecentFile[]>();
  for (const file of recent) byTitle.set(titleOf(file), [...(byTitle.get(titleOf(file)) ?? []), file]);
  const result = new Map<string, string>();
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const names = group.map((file) => splitPath(file.path).name);
    for (const file of group) {
      const { folder, name } = splitPath(file.path);
      const sameName = names.filter((n) => n === name).length > 1;
      result.set(file.path, sameName ? `${splitPath(folder).name}/${name}` : name);
    }
  }
  return result;
}
