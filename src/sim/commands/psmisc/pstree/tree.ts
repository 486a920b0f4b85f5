// pstree's drawing (psmisc 23.4 src/pstree.c: add_child's order, tree_equal, dump_tree, out_char's truncation).

export interface Node {
  pid: number;
  pgid: number;
  uid: number;
  comm: string;
  /** Arguments after argv[0]; null: an empty command line (a kernel thread), shown `(comm)` with -a. */
  args: string[] | null;
  children: Node[];
  parent?: Node;
}

export interface Symbols {
  empty2: string;
  branch2: string;
  vert2: string;
  last2: string;
  single3: string;
  first3: string;
}

export const ASCII: Symbols = { empty2: '  ', branch2: '|-', vert2: '| ', last2: '`-', single3: '---', first3: '-+-' };
export const UTF8: Symbols = { empty2: '  ', branch2: '\u251c\u2500', vert2: '\u2502 ', last2: '\u2514\u2500', single3: '\u2500\u2500\u2500', first3: '\u2500\u252c\u2500' };
const VT = (s: string) => '\x1b(0\x0f' + s + '\x1b(B';
export const VT100: Symbols = { empty2: '  ', branch2: VT('tq'), vert2: VT('x') + ' ', last2: VT('mq'), single3: VT('qqq'), first3: VT('qwq') };

export interface DumpOptions {
  sym: Symbols;
  width: number;
  trunc: boolean;
  args: boolean;
  compact: boolean;
  pids: boolean;
  pgids: boolean;
  uidChanges: boolean;
  userName: (uid: number) => string;
}

/** add_child(): children by name then uid (or by PID with -n). */
export function insertChild(parent: Node, child: Node, byPid: boolean): void {
  const i = parent.children.findIndex((c) => (byPid ? c.pid > child.pid : c.comm > child.comm || (c.comm === child.comm && c.uid > child.uid)));
  if (i < 0) parent.children.push(child);
  else parent.children.splice(i, 0, child);
  child.parent = parent;
}

function treeEqual(a: Node, b: Node, uidChanges: boolean): boolean {
  if (a.comm !== b.comm) return false;
  if (uidChanges && a.uid !== b.uid) return false;
  if (a.children.length !== b.children.length) return false;
  return a.children.every((c, i) => treeEqual(c, b.children[i], uidChanges));
}

/** out_args(): a backslash doubled, characters outside ' '..'~' as \ooo. */
function escaped(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (c >= 0x20 && c <= 0x7e) out += ch;
    else for (const b of new TextEncoder().encode(ch)) out += '\\' + b.toString(8).padStart(3, '0');
  }
  return out;
}

export function dump(root: Node, o: DumpOptions): string {
  let out = '';
  let curX = 1;
  const width: number[] = [];
  const more: boolean[] = [];
  const char = (c: string) => {
    curX++;
    if (!o.trunc || curX <= o.width) out += c;
    else if (curX === o.width + 1) out += '+';
  };
  const str = (s: string) => {
    for (const c of s) char(c);
  };
  const newline = () => {
    out += '\n';
    curX = 1;
  };
  const tree = (cur: Node, level: number, rep: number, leaf: boolean, last: boolean, prevUid: number, closing: number) => {
    if (!leaf)
      for (let lvl = 0; lvl < level; lvl++) {
        for (let i = width[lvl] + 1; i; i--) char(' ');
        str(lvl === level - 1 ? (last ? o.sym.last2 : o.sym.branch2) : more[lvl + 1] ? o.sym.vert2 : o.sym.empty2);
      }
    let add = 0;
    if (rep >= 2) {
      str(String(rep));
      add = String(rep).length + 2;
      str('*[');
    }
    const swapped = o.args;
    let info = o.args;
    if (swapped && cur.args === null) char('(');
    const name = escaped(cur.comm);
    str(name);
    const commLen = name.length;
    const offset = curX;
    if (o.pids) {
      char(info ? ',' : '(');
      info = true;
      str(String(cur.pid));
    }
    if (o.pgids) {
      char(info ? ',' : '(');
      info = true;
      str(String(cur.pgid));
    }
    if (o.uidChanges && prevUid !== cur.uid) {
      char(info ? ',' : '(');
      info = true;
      str(o.userName(cur.uid));
    }
    if ((swapped && cur.args === null) || (!swapped && info)) char(')');
    if (o.args && cur.args) {
      for (let i = 0; i < cur.args.length; i++) {
        char(' ');
        const a = escaped(cur.args[i]);
        if (curX + a.length <= o.width - (i === cur.args.length - 1 ? 0 : 4) || !o.trunc) str(a);
        else {
          str('...');
          break;
        }
      }
    }
    if (o.args || !cur.children.length) {
      while (closing-- > 0) char(']');
      newline();
    }
    more[level] = !last;
    if (o.args) {
      width[level] = (swapped ? 1 : 0) + (commLen > 1 ? 0 : -1);
      cur.children.forEach((c, i) => tree(c, level + 1, 1, false, i === cur.children.length - 1, cur.uid, 0));
      return;
    }
    width[level] = commLen + curX - offset + add;
    if (curX >= o.width && o.trunc) {
      str(o.sym.first3);
      str('+');
      newline();
      return;
    }
    // compaction: identical subtrees of one parent are shown once, `N*[name]`
    const kids = [...cur.children];
    let first = true;
    for (let i = 0; i < kids.length; i++) {
      let count = 0;
      if (o.compact)
        for (let j = i + 1; j < kids.length; )
          if (treeEqual(kids[i], kids[j], o.uidChanges)) {
            kids.splice(j, 1);
            count++;
          } else j++;
      const next = i + 1 < kids.length;
      if (first) {
        str(next ? o.sym.first3 : o.sym.single3);
        first = false;
      }
      tree(kids[i], level + 1, count + 1, i === 0, !next, cur.uid, closing + (count ? 1 : 0));
    }
  };
  tree(root, 0, 1, true, true, 0, 0);
  return out;
}
