// The cmd.exe interpreter: %VAR% expansion, & && || chains, > >> redirection, | into a few filters.
import { findCommand } from '../registry';
import { PROGRAMS } from '../commands/cmd/programs';
import type { CommandContext, Frame } from '../context';
import type { CommandRun, Host } from '../types';
import { available, type IO, type Runtime } from './bash';
import { runDef } from '../spec/run';
import type { World } from '../world';
import { cmdDate, cmdTime } from '../commands/cmd/clock';
import { isNul } from '../commands/cmd/shared';

export const NOT_RECOGNIZED = (name: string) =>
  `'${name}' is not recognized as an internal or external command,\noperable program or batch file.\n`;

/** IF, FOR and REM take the rest of the line, `&` and `|` included (the command they run, or the remark). */
const COMPOUND = /^[\s@]*(if|for|rem)(?=[\s/(]|$)/i;

/** A part of a line that starts with IF, FOR or REM (the shell hands it to the builtin whole). */
export const isCompound = (text: string) => COMPOUND.test(text);

/**
 * Split a cmd.exe line on & && || (outside quotes and parentheses; a new line inside parentheses, typed after
 * `More? `, is a `&`). A part that starts with IF, FOR or REM runs to the end of the line.
 */
function splitChain(line: string): { op: '&' | '&&' | '||' | null; text: string }[] {
  const out: { op: '&' | '&&' | '||' | null; text: string }[] = [];
  let cur = '';
  // cur is empty or white space only (kept as each character comes, not by trimming cur again)
  let blank = true;
  let q = false;
  let depth = 0;
  let nl = false;
  let op: '&' | '&&' | '||' | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (blank && depth === 0 && isCompound(line.slice(i))) {
      cur += line.slice(i);
      break;
    }
    if (c === '"') q = !q;
    if (!q && c === '^' && i + 1 < line.length) {
      cur += c + line[i + 1];
      blank = false;
      i++;
      continue;
    }
    if (!q && c === '(' && blank) depth++;
    else if (!q && c === '(' && depth > 0) depth++;
    else if (!q && c === ')' && depth > 0) depth--;
    if (depth === 0 && (c === '\n' || (!q && (c === '&' || (c === '|' && line[i + 1] === '|'))))) {
      if (c === '\n' && blank) continue;
      out.push({ op, text: cur });
      cur = '';
      blank = true;
      nl = c === '\n';
      if (nl) op = '&';
      else if (c === '&' && line[i + 1] === '&') {
        op = '&&';
        i++;
      } else if (c === '|') {
        op = '||';
        i++;
      } else op = '&';
      continue;
    }
    cur += c;
    if (blank && c.trim() !== '') blank = false;
  }
  if (!(nl && blank)) out.push({ op, text: cur });
  return out;
}

/** How many `(` that open a block are still open at the end of the line (cmd.exe then asks `More? `). */
export function openBlocks(line: string): number {
  if (!line.includes('(') || !/(^|[&|(])\s*@?\s*(\(|(if|for)(?=[\s/(]|$))/i.test(line)) return 0;
  let depth = 0;
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') q = !q;
    else if (!q && c === '^') i++;
    else if (!q && c === '(') depth++;
    else if (!q && c === ')' && depth > 0) depth--;
  }
  return depth;
}

/** Split on single | outside quotes (a `^|` is the character itself; the caret goes later, with the others). */
function splitPipe(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') q = !q;
    if (!q && c === '^' && i + 1 < text.length) {
      cur += c + text[++i];
      continue;
    }
    if (!q && c === '(' && (depth > 0 || cur.trim() === '')) depth++;
    if (!q && c === ')' && depth > 0) depth--;
    if (!q && c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** Arguments the way a C program sees them: split on spaces, quotes removed. */
export function cmdArgs(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let q = false;
  for (const c of text) {
    if (c === '"') {
      q = !q;
      has = true;
      continue;
    }
    if (!q && (c === ' ' || c === '\t')) {
      if (has) out.push(cur);
      cur = '';
      has = false;
      continue;
    }
    cur += c;
    has = true;
  }
  if (has) out.push(cur);
  return out;
}

/** %VAR% from the environment; cmd.exe's dynamic %CD%, %ERRORLEVEL%, %DATE% and %TIME% when no variable of that name is set. */
function expandPercent(text: string, frame: Frame, world: World): string {
  const env = frame.env;
  return text.replace(/%([^%\s:]+)(:[^%]*)?%/g, (m, name: string, edit: string | undefined) => {
    const k = Object.keys(env).find((x) => x.toLowerCase() === name.toLowerCase());
    let value: string | undefined;
    if (k !== undefined) value = env[k];
    else if (name.toUpperCase() === 'CD') value = frame.cwd;
    else if (name.toUpperCase() === 'ERRORLEVEL') value = String(frame.lastExit);
    else if (name.toUpperCase() === 'DATE') value = cmdDate(world);
    else if (name.toUpperCase() === 'TIME') value = cmdTime(world);
    if (value === undefined) return m;
    return edit ? editValue(value, edit.slice(1)) ?? m : value;
  });
}

/**
 * set /?'s substitutions on an expanded value: `~offset[,length]` (a negative number counts from the end) and
 * `str1=str2` (every occurrence of str1, in any case; `*str1` also takes everything before the first one).
 * Null when the edit is neither (the text stays as typed).
 */
function editValue(value: string, edit: string): string | null {
  const sub = /^~(-?\d+)(?:,(-?\d+))?$/.exec(edit);
  if (sub) {
    const n = value.length;
    let from = Number(sub[1]);
    if (from < 0) from = Math.max(0, n + from);
    from = Math.min(from, n);
    let len = sub[2] === undefined ? n - from : Number(sub[2]);
    if (len < 0) len = Math.max(0, n + len - from);
    return value.slice(from, from + len);
  }
  const eq = edit.indexOf('=');
  if (eq <= 0) return null;
  let find = edit.slice(0, eq);
  const put = edit.slice(eq + 1);
  let out = value;
  if (find.startsWith('*')) {
    find = find.slice(1);
    const at = find ? out.toLowerCase().indexOf(find.toLowerCase()) : -1;
    if (at < 0) return out;
    out = put + out.slice(at + find.length);
    return out;
  }
  if (!find) return null;
  const lower = find.toLowerCase();
  let res = '';
  let i = 0;
  for (;;) {
    const at = out.toLowerCase().indexOf(lower, i);
    if (at < 0) break;
    res += out.slice(i, at) + put;
    i = at + find.length;
  }
  return res + out.slice(i);
}

/** Pull > >> 2> 2>&1 < out of a command text. */
function redirections(text: string): { text: string; redirs: { op: string; target: string }[] } {
  const redirs: { op: string; target: string }[] = [];
  let out = '';
  let q = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') q = !q;
    if (!q && depth > 0 && c === '^' && i + 1 < text.length) {
      out += c + text[++i];
      continue;
    }
    if (!q && c === '^' && i + 1 < text.length) {
      out += text[i + 1];
      i++;
      continue;
    }
    if (!q && c === '(' && (depth > 0 || out.trim() === '')) depth++;
    if (!q && c === ')' && depth > 0) depth--;
    if (!q && depth === 0 && (c === '>' || c === '<')) {
      let op = c;
      if (c === '>' && text[i + 1] === '>') {
        op = '>>';
      }
      let fd = '';
      if (/[12]$/.test(out) && /(^|\s)[12]$/.test(out)) {
        fd = out[out.length - 1];
        out = out.slice(0, -1);
      }
      i += op.length;
      if (text.slice(i, i + 2) === '&1' || text.slice(i, i + 2) === '&2') {
        redirs.push({ op: fd + op + text.slice(i, i + 2), target: '' });
        i += 1;
        continue;
      }
      while (text[i] === ' ') i++;
      let t = '';
      let tq = false;
      for (; i < text.length; i++) {
        const d = text[i];
        if (d === '"') {
          tq = !tq;
          continue;
        }
        if (!tq && (d === ' ' || d === '>' || d === '<')) break;
        t += d;
      }
      i--;
      redirs.push({ op: fd + op, target: t });
      continue;
    }
    out += c;
  }
  return { text: out, redirs };
}

/** Name typed and the rest, as cmd.exe splits them (`cd..`, `echo.`, `dir/w`). */
export function splitName(text: string): { name: string; rest: string } {
  const t = text.replace(/^[\s@]+/, '');
  const m = /^("[^"]*"|[^\s\/"]+)/.exec(t);
  if (!m) return { name: '', rest: '' };
  let name = m[1].replace(/"/g, '');
  let rest = t.slice(m[1].length);
  const lower = name.toLowerCase();
  for (const b of ['cd', 'echo', 'dir', 'md', 'mkdir', 'type', 'cls']) {
    if (lower.startsWith(b) && lower.length > b.length && /^[.\\:;,=+]/.test(name.slice(b.length))) {
      rest = name.slice(b.length) + rest;
      name = name.slice(0, b.length);
      break;
    }
  }
  return { name, rest };
}

export function* runCmd(rt: Runtime, frame: Frame, line: string, io: IO, native = false): CommandRun {
  // a Windows PowerShell level (`powershell`): its interpreter loads on first use and runs programs back through here
  if (frame.ps && !native) {
    const m = (yield { load: () => import('../commands/cmd/powershell/shell') }) as typeof import('../commands/cmd/powershell/shell');
    return yield* m.runPs(rt, frame, line, io, (r, f, l, o) => runCmd(r, f, l, o, true));
  }
  const host = rt.world.host(frame.hostId);
  let code = frame.lastExit;
  // a block left open: cmd.exe reads on until it is closed
  while (openBlocks(line) > 0) line += '\n' + String(yield { ask: 'More? ' });
  for (const part of splitChain(line)) {
    if ((part.op === '&&' && code !== 0) || (part.op === '||' && code === 0)) continue;
    // a label (`:name`, `::` as a remark) does nothing at the prompt
    if (/^[\s@]*:/.test(part.text)) continue;
    if (part.text.trim() === '') {
      if (part.op) {
        io.err(`${part.op === '&' ? '&' : part.op} was unexpected at this time.\n`);
        return 255;
      }
      continue;
    }
    const whole = isCompound(part.text);
    const stages = whole ? [part.text] : splitPipe(part.text);
    let stdin: string | null = null;
    for (let i = 0; i < stages.length; i++) {
      const last = i === stages.length - 1;
      let buf = '';
      const stageIo: IO = last ? io : { out: (t) => (buf += t), err: io.err, tty: false };
      code = yield* runOne(rt, frame, host, expandPercent(stages[i], frame, rt.world), stageIo, stdin, whole);
      stdin = buf;
    }
    frame.lastExit = code;
    if (rt.hooks.depth() === 0) break;
  }
  return code;
}

function* runOne(rt: Runtime, frame: Frame, host: Host, text: string, io: IO, stdin: string | null, whole = false): CommandRun {
  const { text: bare, redirs } = whole ? { text, redirs: [] } : redirections(text);
  const { name: typed, rest } = splitName(bare);
  if (!typed) return 0;
  let out = io.out;
  let err = io.err;
  let tty = io.tty;
  let input = stdin;
  const sinks: { path: string; append: boolean; buf: string }[] = [];
  for (const r of redirs) {
    if (r.op === '2>&1') {
      err = out;
      continue;
    }
    if (r.op === '>&2' || r.op === '1>&2') {
      out = err;
      continue;
    }
    if (isNul(r.target)) {
      if (r.op === '<') input = '';
      else if (r.op.startsWith('2')) err = () => {};
      else out = () => {};
      continue;
    }
    const p = host.fs.resolve(frame.cwd, r.target);
    if (r.op === '<') {
      const c = host.fs.read(p);
      if (c === 'ENOENT' || c === 'EISDIR') {
        io.err('The system cannot find the file specified.\n');
        return 1;
      }
      input = c;
      continue;
    }
    if (!host.fs.isDir(host.fs.dirname(p)) || host.fs.isDir(p)) {
      io.err(host.fs.isDir(p) ? 'Access is denied.\n' : 'The system cannot find the path specified.\n');
      return 1;
    }
    const s = { path: p, append: r.op.endsWith('>>'), buf: '' };
    if (!s.append) host.fs.write(p, '');
    sinks.push(s);
    const sink = (t: string) => (s.buf += t);
    if (r.op.startsWith('2')) err = sink;
    else {
      out = sink;
      tty = false;
    }
  }
  // a block: the commands between the parentheses, with the block's redirections
  const block = bare.includes('(') ? /^[\s@]*\(/.exec(bare) : null;
  if (block) {
    const inner = bare.slice(block[0].length, bare.lastIndexOf(')') < 0 ? undefined : bare.lastIndexOf(')'));
    try {
      return yield* runCmd(rt, frame, inner, { out, err, tty });
    } finally {
      for (const s of sinks) if (s.buf) host.fs.write(s.path, s.buf, true);
    }
  }
  let name = typed;
  let cmdName = name;
  // a program named by its full path, as installed on the host ("C:\Program Files\Oracle\VirtualBox\VBoxManage.exe")
  const slash = name.lastIndexOf('\\');
  if (slash > 0) {
    const dir = name.slice(0, slash).toLowerCase();
    const file = name.slice(slash + 1).toLowerCase();
    const folder = Object.entries(PROGRAMS).find(([d]) => d.toLowerCase() === dir);
    if (folder?.[1].some((f) => f.toLowerCase() === file || f.toLowerCase() === file + '.exe')) cmdName = name = name.slice(slash + 1);
  }
  const lower = name.toLowerCase();
  let def = findCommand('cmd', lower);
  if (!def && lower.endsWith('.exe')) {
    cmdName = name.slice(0, -4);
    def = findCommand('cmd', lower.slice(0, -4));
  }
  if (!def || !available(def, host, rt.world)) {
    err(NOT_RECOGNIZED(name));
    return 9009;
  }
  const ctx: CommandContext & { raw: string } = {
    world: rt.world,
    host,
    shell: 'cmd',
    frame,
    name: cmdName,
    args: cmdArgs(rest),
    raw: rest,
    stdin: input,
    tty,
    out,
    err,
    user: host.users.get(frame.user)!,
    resolve: (p) => host.fs.resolve(frame.cwd, p),
    session: rt.hooks,
    runLine: (l, f, o) => runCmd(rt, f ?? frame, l, { out: o?.out ?? out, err: o?.err ?? err, tty }),
  };
  try {
    return yield* runDef(def, ctx);
  } finally {
    for (const s of sinks) if (s.buf) host.fs.write(s.path, s.buf, true);
  }
}
