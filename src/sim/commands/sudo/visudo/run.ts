// visudo of sudo 1.9.5p2 (plugins/sudoers/visudo.c). -c checks the sudoers file and the files it includes
// ("FILE: parsed OK", or the parser's and defaults.c's messages, exit 1); without -c the file is copied to FILE.tmp,
// the editor opens the copy, and the copy is checked: an error asks "What now? " (e: edit again, x: leave the file
// as it was, Q: save anyway); a good copy replaces the file with mode 0440. Only root may open /etc/sudoers.
// The box's /etc/sudoers (the distribution's file) is not in the model: a missing one is taken as that file, which
// parses and includes /etc/sudoers.d (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun, EditRequest } from '../../../types';
import { Interrupt } from '../../../types';
import { canWrite } from '../../../util';
import { editFile } from '../../editor';
import { def } from '../../lib/guest';
import { ownerOf } from '../../lib/files';
import { getoptLong } from '../../lib/getopt-long';
import { LONGS, SHORTS, spec } from './spec';

const SUDOERS = '/etc/sudoers';
const PROG = 'visudo';

def({
  name: 'visudo',
  spec,
  summary: 'edit the sudoers file',
  *run(ctx) {
    const h = (yield { load: () => import('./help') }) as typeof import('./help');
    const p = getoptLong(PROG, ctx.args, SHORTS, LONGS);
    const usage = () => {
      ctx.err(h.usage);
      return 1;
    };
    if (p.error) {
      ctx.err(p.error);
      return usage();
    }
    let check = false, quiet = false, strict = false;
    let file: string | undefined;
    for (const [k, v] of p.opts) {
      if (k === 'V') {
        ctx.out(`${PROG} version 1.9.5p2\n${PROG} grammar version 48\n`);
        return 0;
      }
      if (k === 'h') {
        ctx.out(h.help);
        return 0;
      }
      if (k === 'c') check = true;
      else if (k === 'q') quiet = true;
      else if (k === 's') strict = true;
      else if (k === 'f') file = v;
      else if (k === 'x') {
        ctx.err(`${PROG}: the -x option will be removed in a future release\n${PROG}: please consider using the cvtsudoers utility instead\n`);
        ctx.err(`${PROG}: unable to execute cvtsudoers: No such file or directory\n`);
        return 1;
      }
    }
    if (p.operands.length > 1) return usage();
    const fflag = file !== undefined || p.operands.length === 1;
    if (file === undefined && p.operands.length === 1) file = p.operands[0];
    const path = file ?? SUDOERS;
    const { checkSudoers } = (yield { load: () => import('./parse') }) as typeof import('./parse');
    if (check) return checkMode(ctx, path, fflag, quiet, strict, checkSudoers);
    return yield* editMode(ctx, path, fflag, quiet, strict, checkSudoers);
  },
});

type Checker = typeof import('./parse').checkSudoers;

/** The text of a sudoers file; the box's /etc/sudoers stands in when the model has none. */
function readSudoers(ctx: CommandContext, path: string): { text: string; standIn?: boolean } | string {
  const abs = ctx.resolve(path);
  const fs = ctx.host.fs;
  if (ctx.frame.user !== 'root' && (abs === SUDOERS || abs.startsWith('/etc/sudoers.d/'))) return 'Permission denied';
  const r = fs.readFile(abs);
  if (r.ok) return { text: r.text };
  if (abs === SUDOERS && r.errno === 'ENOENT') return { text: '#includedir /etc/sudoers.d\n', standIn: true };
  return r.errno === 'EISDIR' ? 'Is a directory' : r.errno === 'EACCES' ? 'Permission denied' : 'No such file or directory';
}

/** The files of an included directory as sudo reads them: no name with a dot or ending in ~, sorted. */
function includedFiles(ctx: CommandContext, dir: string): string[] {
  const list = ctx.host.fs.list(ctx.resolve(dir));
  if (typeof list === 'string') return [];
  return list
    .map((e) => e.name)
    .filter((n) => !n.includes('.') && !n.endsWith('~'))
    .sort()
    .map((n) => `${dir.replace(/\/$/, '')}/${n}`);
}

/** check_owner(): root:root and mode 0440, unless -f named the file. */
function ownerOk(ctx: CommandContext, path: string, quiet: boolean): boolean {
  const node = ctx.host.fs.get(ctx.resolve(path));
  if (!node) return true;
  let ok = true;
  const o = ownerOf(node, ctx.resolve(path));
  if (o.user !== 'root' || o.group !== 'root') {
    ok = false;
    if (!quiet) ctx.err(`${path}: wrong owner (uid, gid) should be (0, 0)\n`);
  }
  if ((node.mode & 0o7777) !== 0o440) {
    ok = false;
    if (!quiet) ctx.err(`${path}: bad permissions, should be mode 0440\n`);
  }
  return ok;
}

function checkMode(ctx: CommandContext, path: string, fflag: boolean, quiet: boolean, strict: boolean, checkSudoers: Checker): number {
  const main = readSudoers(ctx, path);
  if (typeof main === 'string') {
    if (!quiet) ctx.err(`${PROG}: unable to open ${path}: ${main}\n`);
    return 1;
  }
  // the file, then each file it includes (open_sudoers() adds them to the list as the parser meets them)
  const files: { path: string; text: string; standIn?: boolean }[] = [{ path, ...main }];
  let bad = false;
  for (let i = 0; i < files.length; i++) {
    const c = checkSudoers(files[i].path, files[i].text, strict);
    if (!quiet) ctx.err(c.messages.join(''));
    if (c.syntaxError || c.defaultsError) bad = true;
    for (const inc of c.includes) {
      for (const f of inc.dir ? includedFiles(ctx, inc.path) : [inc.path]) {
        const r = readSudoers(ctx, f);
        if (typeof r !== 'string') files.push({ path: f, ...r });
      }
    }
  }
  if (bad) return 1;
  let ok = true;
  for (const f of files) {
    if (fflag || f.standIn || ownerOk(ctx, f.path, quiet)) {
      if (!quiet) ctx.out(`${f.path}: parsed OK\n`);
    } else ok = false;
  }
  return ok ? 0 : 1;
}

function* editMode(ctx: CommandContext, path: string, fflag: boolean, quiet: boolean, strict: boolean, checkSudoers: Checker): CommandRun {
  const fs = ctx.host.fs;
  const abs = ctx.resolve(path);
  const cur = readSudoers(ctx, path);
  // new_sudoers(): open(O_RDWR|O_CREAT, 0440)
  if (typeof cur === 'string') {
    if (cur === 'Is a directory') {
      ctx.err(`${PROG}: ${path} is not a regular file\n`);
      return 1;
    }
    if (cur !== 'No such file or directory' || !canWrite(ctx.frame.user, abs)) {
      ctx.err(`${PROG}: ${path}: ${cur === 'No such file or directory' && fs.get(abs.slice(0, abs.lastIndexOf('/')) || '/') ? 'Permission denied' : cur}\n`);
      return 1;
    }
  } else if (!canWrite(ctx.frame.user, abs)) {
    ctx.err(`${PROG}: ${path}: Permission denied\n`);
    return 1;
  }
  const original = typeof cur === 'string' || cur.standIn ? '' : cur.text;
  const tmp = `${abs}.tmp`;
  const tpath = `${path}.tmp`;
  fs.write(tmp, original, false, 0o700);
  const env = ctx.frame.env.SUDO_EDITOR || ctx.frame.env.VISUAL || ctx.frame.env.EDITOR || 'vi';
  const name = env.split('/').pop()!.split(' ')[0];
  const editor = (['vi', 'vim', 'nano'].includes(name) ? name : 'vi') as EditRequest['editor'];
  const edit = function* (): Generator<import('../../../types').Yield, boolean, unknown> {
    const before = String(fs.read(tmp) ?? '');
    const mtime = fs.get(tmp)?.mtime;
    yield* editFile(ctx, tmp, editor);
    if (ctx.session.interactiveEditor) {
      while (fs.get(tmp)?.mtime === mtime && String(fs.read(tmp)) === before && !ctx.session.editorClosed?.(ctx.host.id, tmp)) yield { wait: 500 };
    }
    const after = fs.readFile(tmp);
    if (after.ok && after.text === '') {
      ctx.err(`${PROG}: zero length temporary file (${tpath}), ${path} unchanged\n`);
      return false;
    }
    if (after.ok && after.text === before && fs.get(tmp)?.mtime === mtime) {
      ctx.err(`${PROG}: ${tpath} unchanged\n`);
      return false;
    }
    return true;
  };
  try {
    let modified = yield* edit();
    for (;;) {
      const c = checkSudoers(path, String(fs.read(tmp) ?? ''), strict);
      if (!quiet || !(c.syntaxError || c.defaultsError)) ctx.err(c.messages.join(''));
      if (!c.syntaxError && !c.defaultsError) break;
      // whatnow(): the first character of the answer; anything else shows the choices
      let choice = '';
      for (;;) {
        const a = (yield { ask: 'What now? ' }) as string | null;
        choice = a === null || a === undefined ? 'x' : a[0] ?? '';
        if (['e', 'x', 'Q'].includes(choice)) break;
        ctx.out('Options are:\n  (e)dit sudoers file again\n  e(x)it without saving changes to sudoers file\n  (Q)uit and save changes to sudoers file (DANGER!)\n\n');
      }
      if (choice === 'x') {
        fs.remove(tmp);
        return 0;
      }
      if (choice === 'Q') break;
      if (yield* edit()) modified = true;
    }
    // install_sudoers(): the copy takes the file's place, mode 0440 (with -f an existing file keeps its mode)
    if (modified) {
      const had = fs.get(abs);
      fs.write(abs, String(fs.read(tmp) ?? ''), false, 0o440);
      if (!had || !fflag) fs.get(abs)!.mode = 0o440;
    }
    fs.remove(tmp);
    return 0;
  } catch (e) {
    if (e instanceof Interrupt) {
      fs.remove(tmp);
      return 130;
    }
    throw e;
  }
}
