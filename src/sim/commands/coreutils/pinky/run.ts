// pinky of GNU coreutils 8.32 (src/pinky.c; options and help in spec.ts): the short form lists the user logins of
// /var/run/utmp (who's records: the `vagrant ssh` login) with the name from the passwd GECOS field, the terminal
// (`*` when it does not take messages), idle time, login time and where from; -l describes each USER named.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { tm, two } from '../../../util';
import { entries } from '../who/run';
import { usageError } from '../lib/input';

/** create_fullname: the GECOS name up to a comma, each & the login name with a capital first letter. */
function fullName(gecos: string, user: string): string {
  const name = gecos.split(',')[0];
  return name.replace(/&/g, user.charAt(0).toUpperCase() + user.slice(1));
}

export function* run(ctx: CommandContext): CommandRun {
  let short = true;
  let heading = true;
  let fullname = true;
  let where = true;
  let idle = true;
  let project = true;
  let plan = true;
  let homeShell = true;
  for (const o of ctx.opts!.list) {
    if (o.key === 's') short = true;
    else if (o.key === 'l') short = false;
    else if (o.key === 'f') heading = false;
    else if (o.key === 'w') fullname = false;
    else if (o.key === 'i') [fullname, where] = [false, false];
    else if (o.key === 'q') [fullname, where, idle] = [false, false, false];
    else if (o.key === 'h') project = false;
    else if (o.key === 'p') plan = false;
    else if (o.key === 'b') homeShell = false;
  }
  const names = ctx.operands ?? [];
  if (!short && !names.length) return usageError(ctx, 'pinky', 'no username specified; at least one must be specified when using -l');
  const users = ctx.host.users;
  let out = '';
  if (!short) {
    for (const name of names) {
      const pw = users.get(name);
      out += 'Login name: ' + name.padEnd(28) + 'In real life: ';
      if (!pw) {
        out += ' ???\n';
        continue;
      }
      out += ` ${fullName(pw.gecos ?? '', pw.name)}\n`;
      if (homeShell) out += 'Directory: ' + pw.home.padEnd(29) + 'Shell: ' + ` ${pw.shell}\n`;
      const home = (f: string) => ctx.host.fs.get(`${pw.home.replace(/\/$/, '')}/${f}`);
      const p = project ? home('.project') : null;
      if (p?.type === 'file') out += 'Project: ' + p.content;
      const pl = plan ? home('.plan') : null;
      if (pl?.type === 'file') out += 'Plan:\n' + pl.content;
      out += '\n';
    }
    ctx.out(out);
    return 0;
  }
  if (heading) out += 'Login   ' + (fullname ? ' ' + 'Name'.padEnd(19) : '') + ' ' + ' TTY'.padEnd(9) + (idle ? ' ' + 'Idle'.padEnd(6) : '') + ' ' + 'When'.padEnd(16) + (where ? ' Where' : '') + '\n';
  for (const e of entries(ctx)) {
    if (e.kind !== 'user' || (names.length && !names.includes(e.user))) continue;
    const pw = users.get(e.user);
    const t = tm(e.time);
    out += e.user.padEnd(8);
    if (fullname) out += pw ? ' ' + fullName(pw.gecos ?? '', pw.name).slice(0, 19).padEnd(19) : ' ' + '        ???'.padStart(19);
    // the ssh login's pts takes messages (mode 620) and has just been used
    out += ' ' + ' ' + e.line.padEnd(8);
    if (idle) out += ' ' + '     '.padEnd(6);
    out += ` ${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}`;
    if (where && e.host) out += ` ${e.host}`;
    out += '\n';
  }
  ctx.out(out);
  return 0;
}
