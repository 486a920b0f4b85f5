// The ACL text setfacl reads (-m, -x, --set and their files), as acl 2.3.1's parse_acl_entry() takes it:
// entries separated by commas or white space, each `[d[efault]:]u[ser]:[name]:perms`, `g[roup]:[name]:perms`,
// `m[ask][:]:perms`, `o[ther][:]:perms`; perms are r, w, x, X and - in any number, or one octal digit. A name
// that is not a user or group of the guest, or a wrong character, is an error at its position (1-based).
import type { Host } from '../../../types';
import { groupId, userId, type Tag } from '../../lib/acl';

export interface Spec {
  def: boolean;
  tag: Tag;
  id?: number;
  /** Permission bits; `X` adds execute only for directories and files someone may execute. */
  perm: number;
  X: boolean;
}

export type Parsed = { ok: true; entries: Spec[] } | { ok: false; at: number } | { ok: false; incomplete: true };

const TAGS: [string, string, Tag][] = [
  ['user', 'u', 'user'],
  ['group', 'g', 'group'],
  ['mask', 'm', 'mask'],
  ['other', 'o', 'other'],
];

export function parseAcl(host: Host, text: string, perms: boolean): Parsed {
  const entries: Spec[] = [];
  let i = 0;
  const word = (long: string, short: string): boolean => {
    for (const w of [long + ':', short + ':']) {
      if (text.startsWith(w, i)) {
        i += w.length;
        return true;
      }
    }
    return false;
  };
  for (;;) {
    while (i < text.length && /[\s,]/.test(text[i])) i++;
    if (i >= text.length) break;
    // comments in ACL files
    if (text[i] === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    const def = word('default', 'd');
    const t = TAGS.find(([long, short]) => word(long, short));
    if (!t) return { ok: false, at: start + 1 };
    const tag = t[2];
    let id: number | undefined;
    const qStart = i;
    while (i < text.length && !/[:,\s]/.test(text[i])) i++;
    const q = text.slice(qStart, i);
    if (tag === 'user' || tag === 'group') {
      if (q) {
        id = tag === 'user' ? userId(host, q) : groupId(host, q);
        if (id === undefined) return { ok: false, at: qStart + 1 };
      }
      if (text[i] === ':') i++;
      else if (perms) return i >= text.length ? { ok: false, incomplete: true } : { ok: false, at: i + 1 };
    } else if (q) {
      // `o:rw`: what followed the tag was the permissions
      i = qStart;
    } else if (text[i] === ':') i++;
    let perm = 0;
    let X = false;
    const pStart = i;
    while (i < text.length && !/[,\s]/.test(text[i])) {
      const c = text[i];
      if (!perms) return { ok: false, at: i + 1 };
      if (/[0-7]/.test(c) && i === pStart && (i + 1 >= text.length || /[,\s]/.test(text[i + 1]))) perm = Number(c);
      else if (c === 'r') perm |= 4;
      else if (c === 'w') perm |= 2;
      else if (c === 'x') perm |= 1;
      else if (c === 'X') X = true;
      else if (c !== '-') return { ok: false, at: i + 1 };
      i++;
    }
    if (perms && i === pStart) return i >= text.length ? { ok: false, incomplete: true } : { ok: false, at: i + 1 };
    entries.push({ def, tag, ...(id !== undefined ? { id } : {}), perm, X });
  }
  return { ok: true, entries };
}
