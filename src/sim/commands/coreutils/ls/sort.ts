// ls.c's sort_files(): the order of a listing after -t, -S, -X, -U, --sort=WORD and -r.
import type { Options } from '../../../spec/types';

import { filevercmp } from './vercmp';

export type SortKey = 'name' | 'time' | 'size' | 'extension' | 'none' | 'version';

/** The last of -t, -S, -X, -U and --sort=WORD decides (ls.c decode_switches); -f sorts as -U does. */
export function sortKey(o: Options): SortKey {
  let key: SortKey = 'name';
  for (const x of o.list) {
    if (x.key === 't') key = 'time';
    else if (x.key === 'S') key = 'size';
    else if (x.key === 'X') key = 'extension';
    else if (x.key === 'U' || x.key === 'f') key = 'none';
    else if (x.key === 'v') key = 'version';
    else if (x.key === 'sort' && typeof x.value === 'string') {
      const v = { time: 'time', size: 'size', extension: 'extension', none: 'none', version: 'version' }[x.value] as SortKey | undefined;
      key = v ?? 'name';
    }
  }
  return key;
}

/**
 * Items already in name order, sorted as ls.c does: newest first for time, largest first for size, by the part
 * after the last dot for extension, each with the name as the tie-break; -r reverses the whole comparison
 * (ls.c leaves an unsorted listing unreversed).
 */
export function sortItems<T>(items: T[], key: SortKey, reverse: boolean, name: (t: T) => string, mtime: (t: T) => number, size: (t: T) => number): T[] {
  if (key === 'none') return items;
  const ext = (t: T) => {
    const n = name(t);
    const i = n.lastIndexOf('.');
    return i < 0 ? '' : n.slice(i).toLowerCase();
  };
  const ranked = items.map((t, i) => ({ t, i }));
  ranked.sort((a, b) => {
    let d = 0;
    if (key === 'time') d = mtime(b.t) - mtime(a.t);
    else if (key === 'size') d = size(b.t) - size(a.t);
    else if (key === 'extension') d = ext(a.t) < ext(b.t) ? -1 : ext(a.t) > ext(b.t) ? 1 : 0;
    // -v: filevercmp() alone (ls.c cmp_version)
    else if (key === 'version') d = filevercmp(name(a.t), name(b.t));
    return d || a.i - b.i;
  });
  const sorted = ranked.map((x) => x.t);
  return reverse ? sorted.reverse() : sorted;
}
