// The codebook as a tree: parents before their children, and which codes a code may not be nested under.
import type { Code } from '../../../../shared/contract/fieldwork';

/** The ids of a code and everything nested under it (a code cannot move under one of these). */
export function descendantsOf(codes: readonly Code[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const code of codes) {
      if (code.parentId && out.has(code.parentId) && !out.has(code.id)) {
        out.add(code.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Codes in tree order (parents before their children), each with its depth. */
export function codeTree(codes: readonly Code[]): { code: Code; depth: number }[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId && ids.has(code.parentId) ? code.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  const out: { code: Code; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const code of children.get(parent) ?? []) {
      out.push({ code, depth });
      walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
