// What diff.c and xdiff print for a set of file changes: the `diff --git` headers, unified hunks with three lines of
// context and the default funcname after `@@` (a line starting with a letter, `_` or `$`), `--stat`, the short stat
// and the summary (create/delete mode, rename) of `git commit`. Lines are matched by GNU diff's Myers search
// (diffutils/diff/compare.ts), which gives xdiff's hunks for the edits learners make (DIFFERENCES.md).
import { changes, compare } from '../diffutils/diff/compare';
import { BG_RED, BOLD, CYAN, GREEN, RED, plain, type Paint } from './color';

export interface FileChange {
  /** Old and new path (the same unless renamed); null old: added, null new: deleted. */
  oldPath: string | null;
  newPath: string | null;
  oldMode: string | null;
  newMode: string | null;
  oldOid: string;
  newOid: string;
  oldText: string;
  newText: string;
}

const ZERO = '0000000';

const split = (t: string) => {
  if (t === '') return { lines: [] as string[], eol: true };
  const eol = t.endsWith('\n');
  return { lines: (eol ? t.slice(0, -1) : t).split('\n'), eol };
};

export function lineCounts(c: FileChange): { add: number; del: number } {
  if (c.oldOid === c.newOid) return { add: 0, del: 0 };
  const a = split(c.oldText);
  const b = split(c.newText);
  const [ca, cb] = compare(keyed(a), keyed(b), keyed(a), keyed(b), 0);
  return { add: cb.filter(Boolean).length, del: ca.filter(Boolean).length };
}

/** The last line without its newline differs from the same text with one. */
const keyed = (f: { lines: string[]; eol: boolean }) => f.lines.map((l, i) => (i === f.lines.length - 1 && !f.eol ? l + '\0' : l));

/** An added line as diff.c's ws_check_emit colours it: the indent plain, the text green, trailing blanks on red. */
function added(text: string, paint: Paint): string {
  const reset = paint('', '');
  if (!reset) return '+' + text;
  let tw = text.length;
  while (tw > 0 && (text[tw - 1] === ' ' || text[tw - 1] === '\t')) tw--;
  let indent = 0;
  while (indent < tw && (text[indent] === ' ' || text[indent] === '\t')) indent++;
  return paint(GREEN, '+') + text.slice(0, indent) + (tw > indent ? paint(GREEN, text.slice(indent, tw)) : '') + (tw < text.length ? paint(BG_RED, text.slice(tw)) : '');
}

function hunks(c: FileChange, ctx = 3, paint: Paint = plain): string {
  const reset = paint('', '');
  const a = split(c.oldText);
  const b = split(c.newText);
  const [ca, cb] = compare(keyed(a), keyed(b), keyed(a), keyed(b), ctx);
  const ch = changes(ca, cb);
  let out = '';
  let k = 0;
  while (k < ch.length) {
    let end = k;
    while (end + 1 < ch.length && ch[end + 1].a0 - ch[end].a1 <= 2 * ctx) end++;
    const a0 = Math.max(0, ch[k].a0 - ctx);
    const b0 = Math.max(0, ch[k].b0 - ctx);
    const a1 = Math.min(a.lines.length, ch[end].a1 + ctx);
    const b1 = Math.min(b.lines.length, ch[end].b1 + ctx);
    const range = (s: number, n: number) => (n === 1 ? `${s + 1}` : `${n === 0 ? s : s + 1},${n}`);
    let func = '';
    for (let i = a0 - 1; i >= 0; i--)
      if (/^[A-Za-z_$]/.test(a.lines[i])) {
        func = ' ' + a.lines[i].slice(0, 80).replace(/\s+$/, '');
        break;
      }
    out += paint(CYAN, `@@ -${range(a0, a1 - a0)} +${range(b0, b1 - b0)} @@`) + (func && reset ? ` ${reset}${func.slice(1)}${reset}` : func) + '\n';
    const line = (sign: string, f: { lines: string[]; eol: boolean }, i: number) => {
      const t = f.lines[i];
      out += (sign === '+' ? added(t, paint) : sign === '-' ? paint(RED, '-' + t) : ' ' + t + reset) + '\n';
      if (i === f.lines.length - 1 && !f.eol) out += '\\ No newline at end of file' + reset + '\n';
    };
    let i = a0;
    let j = b0;
    for (let h = k; h <= end; h++) {
      while (i < ch[h].a0) line(' ', a, i++), j++;
      while (i < ch[h].a1) line('-', a, i++);
      while (j < ch[h].b1) line('+', b, j++);
    }
    while (i < a1) line(' ', a, i++), j++;
    k = end + 1;
  }
  return out;
}

export type Abbrev = (oid: string) => string;

/** `diff --git` for one change. */
export function patch(c: FileChange, ab: Abbrev, paint: Paint = plain): string {
  const text = patchText(c, ab);
  if (!paint('', '')) return text;
  // the header lines bold (diff.c's meta colour), then the hunks in colour
  const at = text.indexOf('\n@@ ');
  const head = at < 0 ? text : text.slice(0, at + 1);
  const colored = head.replace(/[^\n]+/g, (l) => paint(BOLD, l));
  return at < 0 ? colored : colored + hunks(c, 3, paint);
}

function patchText(c: FileChange, ab: Abbrev): string {
  const from = c.oldPath ?? c.newPath!;
  const to = c.newPath ?? c.oldPath!;
  let out = `diff --git a/${from} b/${to}\n`;
  const renamed = c.oldPath && c.newPath && c.oldPath !== c.newPath;
  if (!c.oldPath) out += `new file mode ${c.newMode}\n`;
  else if (!c.newPath) out += `deleted file mode ${c.oldMode}\n`;
  else if (c.oldMode !== c.newMode) out += `old mode ${c.oldMode}\nnew mode ${c.newMode}\n`;
  if (renamed) {
    out += `similarity index 100%\nrename from ${c.oldPath}\nrename to ${c.newPath}\n`;
    if (c.oldOid === c.newOid) return out;
  }
  const o = c.oldPath ? ab(c.oldOid) : ZERO;
  const n = c.newPath ? ab(c.newOid) : ZERO;
  const sameMode = c.oldPath && c.newPath && c.oldMode === c.newMode;
  out += `index ${o}..${n}${sameMode ? ' ' + c.newMode : ''}\n`;
  if (c.oldText === '' && !c.newPath) return out;
  if (c.newText === '' && !c.oldPath) return out;
  out += `--- ${c.oldPath ? 'a/' + from : '/dev/null'}\n+++ ${c.newPath ? 'b/' + to : '/dev/null'}\n`;
  return out + hunks(c);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function shortstat(cs: FileChange[]): string {
  if (!cs.length) return '';
  let add = 0;
  let del = 0;
  for (const c of cs) {
    const n = lineCounts(c);
    add += n.add;
    del += n.del;
  }
  let s = ` ${plural(cs.length, 'file changed', 'files changed')}`;
  if (add || !del) s += `, ${plural(add, 'insertion(+)', 'insertions(+)')}`;
  if (del) s += `, ${plural(del, 'deletion(-)', 'deletions(-)')}`;
  if (!add && !del) s = ` ${plural(cs.length, 'file changed', 'files changed')}, 0 insertions(+), 0 deletions(-)`;
  return s + '\n';
}

/** --stat: the name, a bar of + and - scaled to the width (80 columns), then the short stat. */
export function stat(cs: FileChange[], paint: Paint = plain): string {
  if (!cs.length) return '';
  const rows = cs.map((c) => {
    const name = c.oldPath && c.newPath && c.oldPath !== c.newPath ? `${c.oldPath} => ${c.newPath}` : (c.newPath ?? c.oldPath!);
    return { name, ...lineCounts(c) };
  });
  const nameW = Math.max(...rows.map((r) => r.name.length));
  const max = Math.max(...rows.map((r) => r.add + r.del));
  const numW = String(max).length;
  const graphW = Math.max(6, 80 - 1 - nameW - 3 - numW - 1);
  const scale = (n: number) => (max > graphW ? Math.max(n ? 1 : 0, Math.round((n * graphW) / max)) : n);
  let out = '';
  for (const r of rows) {
    const add = scale(r.add);
    const del = scale(r.del);
    const bar = (add ? paint(GREEN, '+'.repeat(add)) : '') + (del ? paint(RED, '-'.repeat(del)) : '');
    out += ` ${r.name.padEnd(nameW)} | ${String(r.add + r.del).padStart(numW)}${r.add + r.del ? ' ' + bar : ''}\n`;
  }
  return out + shortstat(cs);
}

/** --summary: create, delete, rename and mode-change lines. */
export function summary(cs: FileChange[]): string {
  let out = '';
  for (const c of cs) {
    if (!c.oldPath) out += ` create mode ${c.newMode} ${c.newPath}\n`;
    else if (!c.newPath) out += ` delete mode ${c.oldMode} ${c.oldPath}\n`;
    else if (c.oldPath !== c.newPath) out += ` rename ${renameName(c.oldPath, c.newPath)} (100%)\n`;
    else if (c.oldMode !== c.newMode) out += ` mode change ${c.oldMode} => ${c.newMode} ${c.newPath}\n`;
  }
  return out;
}

/** diff.c pprint_rename: the common leading directories and trailing part outside braces. */
function renameName(a: string, b: string): string {
  let pre = 0;
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) if (a[i] === '/') pre = i + 1;
  let suf = 0;
  for (let i = 1; i <= Math.min(a.length, b.length) - pre && a[a.length - i] === b[b.length - i]; i++) if (a[a.length - i] === '/') suf = i;
  if (!pre && !suf) return `${a} => ${b}`;
  return `${a.slice(0, pre)}{${a.slice(pre, a.length - suf)} => ${b.slice(pre, b.length - suf)}}${a.slice(a.length - suf)}`;
}

/** Two path → entry maps compared: exact renames paired (diff.renames), sorted by path. */
export function compareTrees(
  a: Map<string, { mode: string; oid: string }>,
  b: Map<string, { mode: string; oid: string }>,
  text: (side: 'a' | 'b', path: string, oid: string) => string,
  renames = true,
): FileChange[] {
  const out: FileChange[] = [];
  const added: string[] = [];
  const deleted: string[] = [];
  for (const [p, e] of a) {
    const f = b.get(p);
    if (!f) deleted.push(p);
    else if (f.oid !== e.oid || f.mode !== e.mode)
      out.push({ oldPath: p, newPath: p, oldMode: e.mode, newMode: f.mode, oldOid: e.oid, newOid: f.oid, oldText: text('a', p, e.oid), newText: text('b', p, f.oid) });
  }
  for (const p of b.keys()) if (!a.has(p)) added.push(p);
  for (const p of added) {
    const f = b.get(p)!;
    const k = renames ? deleted.findIndex((d) => a.get(d)!.oid === f.oid) : -1;
    if (k >= 0) {
      const d = deleted.splice(k, 1)[0];
      const e = a.get(d)!;
      out.push({ oldPath: d, newPath: p, oldMode: e.mode, newMode: f.mode, oldOid: e.oid, newOid: f.oid, oldText: '', newText: '' });
    } else out.push({ oldPath: null, newPath: p, oldMode: null, newMode: f.mode, oldOid: '', newOid: f.oid, oldText: '', newText: text('b', p, f.oid) });
  }
  for (const p of deleted) {
    const e = a.get(p)!;
    out.push({ oldPath: p, newPath: null, oldMode: e.mode, newMode: null, oldOid: e.oid, newOid: '', oldText: text('a', p, e.oid), newText: '' });
  }
  const key = (c: FileChange) => c.newPath ?? c.oldPath!;
  return out.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}
