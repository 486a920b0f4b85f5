// sudoedit and sudo -e of sudo 1.9.5p2 (src/sudo_edit.c): each file is copied to /var/tmp (NAMEXXXXXXXX.suffix, or
// NAME.XXXXXXXX without a suffix), the user's editor ($SUDO_EDITOR, $VISUAL, $EDITOR, else vi) opens the copies, and
// a changed copy is written back as root; an unchanged one is "FILE unchanged". A file in a directory the user may
// write, a symbolic link or something else than a regular file is refused and left out.
import type { CommandContext } from '../../context';
import type { CommandRun, EditRequest } from '../../types';
import { Interrupt } from '../../types';
import { canWrite } from '../../util';
import { editFile } from '../editor';
import { fnv32a } from '../../hash';
import { authorize } from './run';

const TMPDIR = '/var/tmp';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** mkstemps' eight letters, derived from the file and the time (no draw from the world's generator). */
function xs(seed: string): string {
  let h = fnv32a(seed);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out += LETTERS[h % LETTERS.length];
    h = fnv32a(`${seed}:${i}:${h}`);
  }
  return out;
}

export function* sudoedit(ctx: CommandContext, files: string[], prog = 'sudoedit'): CommandRun {
  if (!(yield* authorize(ctx))) return 1;
  const fs = ctx.host.fs;
  const me = ctx.frame.user;
  const warn = (m: string) => ctx.err(`${prog}: ${m}\n`);
  const copies: { file: string; abs: string; tmp: string; text: string; mtime?: number }[] = [];
  for (const f of files) {
    const abs = ctx.resolve(f);
    const l = fs.lookup(abs, true);
    if (typeof l !== 'string' && l.node.type === 'link') {
      warn(`${f}: editing symbolic links is not permitted`);
      continue;
    }
    if (me !== 'root' && canWrite(me, abs)) {
      warn(`${f}: editing files in a writable directory is not permitted`);
      continue;
    }
    const r = fs.readFile(abs);
    if (!r.ok && r.errno === 'EISDIR') {
      warn(`${f}: not a regular file`);
      continue;
    }
    if (!r.ok && r.errno !== 'ENOENT') {
      warn(`${f}: Permission denied`);
      continue;
    }
    if (!r.ok) {
      const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
      const p = fs.lookup(parent);
      if (typeof p === 'string' || p.node.type !== 'dir') {
        warn(`${f}: No such file or directory`);
        continue;
      }
    }
    const base = abs.slice(abs.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    const x = xs(`${abs}:${ctx.world.now}`);
    const tmp = dot > 0 ? `${TMPDIR}/${base.slice(0, dot)}${x}${base.slice(dot)}` : `${TMPDIR}/${base}.${x}`;
    const text = r.ok ? r.text : '';
    fs.mkdir(TMPDIR, true);
    fs.write(tmp, text, false, 0o600);
    copies.push({ file: f, abs, tmp, text, mtime: fs.get(tmp)?.mtime });
  }
  if (!copies.length) return 1;
  const env = ctx.frame.env.SUDO_EDITOR || ctx.frame.env.VISUAL || ctx.frame.env.EDITOR || 'vi';
  const name = env.split('/').pop()!.split(' ')[0];
  const editor = (['vi', 'vim', 'nano'].includes(name) ? name : 'vi') as EditRequest['editor'];
  // the copies are the user's own files (the model's path rule would make /var/tmp root's)
  const asOwner = { ...ctx, frame: { ...ctx.frame, user: 'root' } } as CommandContext;
  for (const c of copies) {
    yield* editFile(asOwner, c.tmp, editor);
    if (ctx.session.interactiveEditor) {
      try {
        while (fs.get(c.tmp)?.mtime === c.mtime && String(fs.read(c.tmp)) === c.text && !ctx.session.editorClosed?.(ctx.host.id, c.tmp)) yield { wait: 500 };
      } catch (e) {
        if (e instanceof Interrupt) return 130;
        throw e;
      }
    }
  }
  let errors = 0;
  for (const c of copies) {
    const r = fs.readFile(c.tmp);
    if (!r.ok) {
      warn(`${c.file} left unmodified`);
      errors++;
      continue;
    }
    if (r.text === c.text && fs.get(c.tmp)?.mtime === c.mtime) {
      warn(`${c.file} unchanged`);
      fs.remove(c.tmp);
      continue;
    }
    const e = fs.write(c.abs, r.text);
    if (e) {
      warn(`unable to write to ${c.file}: Permission denied`);
      warn(`contents of edit session left in ${c.tmp}`);
      errors++;
      continue;
    }
    fs.remove(c.tmp);
  }
  return errors ? 1 : 0;
}
