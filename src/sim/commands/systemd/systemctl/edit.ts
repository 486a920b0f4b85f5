// `systemctl edit [--full] [--force] [--runtime] UNIT...` as systemd 252 does it (src/systemctl/systemctl-edit.c):
// a drop-in /etc/systemd/system/UNIT.d/override.conf (or, with --full, a copy of the unit file under
// /etc/systemd/system) prepared in a hidden temporary file next to it, opened in the editor ($SYSTEMD_EDITOR,
// $EDITOR, $VISUAL, then editor, nano, vim, vi: run_editor()), trimmed to what lies between the markers
// (trim_edit_markers()), moved into place, and the manager reloaded.
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun, type EditRequest } from '../../../types';
import { editFile } from '../../editor';
import { isRoot } from '../../lib/guest';
import { hasCommand } from '../../lib/packages';
import { strerror, type FsError } from '../../../fs';
import { BOX_UNITS } from './box-units';
import { unitPaths } from './list';
import { seededHex } from './show';

const MARKER_START = '### Anything between here and the comment below will become the new contents of the file';
const MARKER_END = '### Lines below this comment will be discarded';

/** The text of a unit file, or what the model's unit is when the box's file is not on disk. */
function fileText(ctx: CommandContext, path: string, name: string): string {
  const t = ctx.host.fs.read(path);
  if (typeof t === 'string' && t !== 'ENOENT' && t !== 'EISDIR' && t !== 'EACCES') return t;
  const u = ctx.host.sys?.units.get(name);
  const b = BOX_UNITS.find((x) => x[0] === name);
  return `[Unit]\nDescription=${u?.description ?? b?.[3] ?? name}\n${u ? `\n[Service]\nExecStart=${u.execStart}\n` : ''}\n[Install]\nWantedBy=multi-user.target\n`;
}

/** run_editor()'s choice. */
function editorOf(ctx: CommandContext): EditRequest['editor'] {
  const env = ctx.frame.env;
  const named = (env.SYSTEMD_EDITOR || env.EDITOR || env.VISUAL || '').split(/\s+/)[0].split('/').pop();
  if (named === 'nano' || named === 'vim' || named === 'vi') return named;
  return hasCommand(ctx.host, 'nano') ? 'nano' : hasCommand(ctx.host, 'vim') ? 'vim' : 'vi';
}

export function* systemctlEdit(ctx: CommandContext, names: string[]): CommandRun {
  const fs = ctx.host.fs;
  const full = ctx.opts?.has('full') ?? false;
  const force = ctx.opts?.has('force') ?? false;
  const runtime = ctx.opts?.has('runtime') ?? false;
  const jobs: { target: string; tmp: string; dropIn: boolean }[] = [];
  for (const name of names) {
    const paths = unitPaths(ctx, name);
    if (!paths.length && !force) {
      ctx.err(`Run 'systemctl edit --force --full ${name}' to create a new unit.\n`);
      return 1;
    }
    const dropIn = !full;
    const rel = dropIn ? `${name}.d/override.conf` : name;
    const persistent = `/etc/systemd/system/${rel}`;
    const target = runtime ? `/run/systemd/system/${rel}` : persistent;
    if (runtime && fs.exists(persistent)) {
      ctx.err(`Refusing to create "${target}" because it would be overridden by "${persistent}" anyway.\n`);
      return 1;
    }
    // tempfn_random(): ".#" and the name and 16 hex digits, next to the file
    const tmp = `${target.slice(0, target.lastIndexOf('/'))}/.#${target.slice(target.lastIndexOf('/') + 1)}${seededHex(ctx.world.seed, `${target}|${ctx.world.now}`, 16)}`;
    const dir = target.slice(0, target.lastIndexOf('/'));
    const denied = (e: FsError | null, what: string) => {
      if (!e) return false;
      ctx.err(`${what}: ${strerror(e)}\n`);
      return true;
    };
    if (!isRoot(ctx) && !fs.isDir(dir)) {
      ctx.err(`Failed to create directories for "${target}": Permission denied\n`);
      return 1;
    }
    if (denied(fs.mkdir(dir, true), `Failed to create directories for "${target}"`)) return 1;
    let text = '';
    if (dropIn) {
      const cur = fs.read(target);
      const have = typeof cur === 'string' && cur !== 'ENOENT' && cur !== 'EISDIR' ? cur : null;
      text = `### Editing ${target}\n${MARKER_START}\n\n${have ?? ''}${have !== null && have.endsWith('\n') ? '' : '\n'}\n${MARKER_END}`;
      for (const p of paths.filter((x) => x !== target)) {
        const body = fileText(ctx, p, name).trim();
        text += `\n\n### ${p}` + (body ? `\n# ${body.replace(/\n/g, '\n# ')}` : '');
      }
    } else if (paths.length) text = fileText(ctx, paths[0], name);
    if (!isRoot(ctx)) {
      ctx.err(dropIn ? `Failed to open "${tmp}": Permission denied\n` : `Failed to create temporary file for "${target}": Permission denied\n`);
      return 1;
    }
    if (denied(fs.write(tmp, text), `Failed to create temporary file "${tmp}"`)) return 1;
    jobs.push({ target, tmp, dropIn });
  }
  // one editor for all the files; the pane is waited for as an editor process would be
  for (const j of jobs) {
    const shown = String(fs.read(j.tmp));
    yield* editFile(ctx, j.tmp, editorOf(ctx));
    if (ctx.session.interactiveEditor) {
      try {
        while (String(fs.read(j.tmp)) === shown && !ctx.session.editorClosed?.(ctx.host.id, j.tmp)) yield { wait: 500 };
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        for (const x of jobs) fs.remove(x.tmp);
        return 130;
      }
    }
  }
  for (const j of jobs) {
    const raw = String(fs.read(j.tmp));
    let body = raw;
    const s = body.indexOf(MARKER_START);
    if (s >= 0) body = body.slice(s + MARKER_START.length);
    const e = body.indexOf(MARKER_END);
    if (e >= 0) body = body.slice(0, e);
    body = body.trim();
    const trimmed = body.length !== raw.length;
    fs.remove(j.tmp);
    if (!body) {
      ctx.err(`Editing "${j.target}" canceled: temporary file is empty.\n`);
      continue;
    }
    // write_string_file(..., WRITE_STRING_FILE_AVOID_NEWLINE) when the markers were cut out
    fs.write(j.target, trimmed ? body : raw);
  }
  // empty drop-in directories go (rmdir)
  for (const j of jobs) {
    if (!j.dropIn) continue;
    const dir = j.target.slice(0, j.target.lastIndexOf('/'));
    const l = fs.list(dir);
    if (typeof l !== 'string' && l.length === 0) fs.remove(dir);
  }
  for (const n of names) ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
  return 0;
}
