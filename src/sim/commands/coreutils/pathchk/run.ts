// pathchk of GNU coreutils 8.32 (src/pathchk.c; options and help in spec.ts): each FILE checked against this
// system's limits (PATH_MAX 4096, NAME_MAX 255 on XFS) and that the directories on the way can be looked into;
// -p against POSIX's (256, 14, the portable characters), -P for empty names and leading '-', --portability both.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror } from '../../../fs';
import { canRead } from '../../../util';
import { quote, quotef, quoteAlways } from '../lib/quote';

const PORTABLE = /^[/A-Za-z0-9._-]*/;

export function* run(ctx: CommandContext): CommandRun {
  let basic = false;
  let extra = false;
  for (const o of ctx.opts!.list) {
    if (o.key === 'portability') [basic, extra] = [true, true];
    else if (o.key === 'p') basic = true;
    else if (o.key === 'P') extra = true;
  }
  const fs = ctx.host.fs;
  const check = (file: string): boolean => {
    const err = (msg: string) => {
      ctx.err(`pathchk: ${msg}\n`);
      return false;
    };
    if (extra && /(^|\/)-/.test(file)) return err(`leading '-' in a component of file name ${quoteAlways(file)}`);
    if ((basic || extra) && file === '') return err('empty file name');
    const len = new TextEncoder().encode(file).length;
    let exists = false;
    if (basic) {
      const valid = PORTABLE.exec(file)![0].length;
      if (valid < file.length) return err(`nonportable character ${quote([...file.slice(valid)][0].replace('\\', '\\\\'))} in file name ${quoteAlways(file)}`);
    } else {
      // lstat: a missing name is fine, a file on the way or a closed directory is not
      if (file === '') return err(`${quotef(file)}: No such file or directory`);
      // lstat's ENAMETOOLONG: a component longer than NAME_MAX, or the whole name PATH_MAX or longer
      const enc = new TextEncoder();
      if (enc.encode(file).length >= 4096 || file.split('/').some((c) => enc.encode(c).length > 255)) return err(`${quotef(file)}: File name too long`);
      const abs = ctx.resolve(file);
      if (fs.lget(abs)) exists = true;
      else {
        const r = fs.lookup(fs.dirname(abs));
        if (r === 'ENOTDIR' || (typeof r !== 'string' && r.node.type !== 'dir')) return err(`${quotef(file)}: ${strerror('ENOTDIR')}`);
        if (typeof r !== 'string' && !canRead(ctx.frame.user, r.path)) return err(`${quotef(file)}: ${strerror('EACCES')}`);
      }
    }
    if (basic || (!exists && len >= 256)) {
      const max = basic ? 256 : 4096;
      if (max <= len) return err(`limit ${max - 1} exceeded by length ${len} of file name ${quoteAlways(file)}`);
    }
    const components = file.split('/').filter((c) => c !== '');
    const long = (c: string) => new TextEncoder().encode(c).length;
    if (basic || (!exists && components.some((c) => long(c) > 14))) {
      const nameMax = basic ? 14 : 255;
      const bad = components.find((c) => long(c) > nameMax);
      if (bad !== undefined) return err(`limit ${nameMax} exceeded by length ${long(bad)} of file name component ${quote(bad)}`);
    }
    return true;
  };
  let ok = true;
  for (const f of ctx.operands ?? []) ok = check(f) && ok;
  return ok ? 0 : 1;
}
