// Splits a path the core gave us into folder and file name, for display only (Windows or POSIX separators).
export function splitPath(path: string): { readonly folder: string; readonly name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return { folder: '', name: path };
  return { folder: cut === 0 ? path.slice(0, 1) : path.slice(0, cut), name: path.slice(cut + 1) };
}
