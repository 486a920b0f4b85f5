// `tasklist`: the host's processes as Windows lists them (table, /FO LIST or CSV, /NH, /FI on the image name,
// PID or session). The host runs a desktop Windows 11 session; VirtualBox adds VBoxSVC and one VBoxHeadless per
// running machine, and this console its cmd.exe, conhost.exe and tasklist.exe.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { commas, padStart } from '../../../util';
import { matches, processes, type Proc } from './procs';

const INVALID = (a: string) => `ERROR: Invalid argument/option - '${a}'.\nType "TASKLIST /?" for usage.\n`;

export function* run(ctx: CommandContext): CommandRun {
  let format = 'TABLE';
  let header = true;
  const filters: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    const k = a.toUpperCase();
    if (k === '/NH') header = false;
    else if (k === '/FO' || k === '/FI') {
      const v = ctx.args[++i];
      if (v === undefined) {
        ctx.err(`ERROR: Invalid syntax. Value expected for '${a}'.\nType "TASKLIST /?" for usage.\n`);
        return 1;
      }
      if (k === '/FI') filters.push(v.replace(/"/g, ''));
      else {
        format = v.replace(/"/g, '').toUpperCase();
        if (!['TABLE', 'LIST', 'CSV'].includes(format)) {
          ctx.err(`ERROR: Invalid value for '${a}' option. Valid values are 'TABLE, LIST, CSV'.\nType "TASKLIST /?" for usage.\n`);
          return 1;
        }
      }
    } else {
      ctx.err(INVALID(a));
      return 1;
    }
  }
  if (!header && format === 'LIST') {
    ctx.err(`ERROR: /NH switch can be used only when /FO is TABLE or CSV.\nType "TASKLIST /?" for usage.\n`);
    return 1;
  }
  let list = processes(ctx, 'tasklist.exe');
  for (const f of filters) {
    const bad = list.length ? matches(list[0], f) : false;
    if (typeof bad === 'string') {
      ctx.err(bad + 'Type "TASKLIST /?" for usage.\n');
      return 1;
    }
    list = list.filter((p) => matches(p, f) === true);
  }
  if (!list.length) {
    ctx.out('INFO: No tasks are running which match the specified criteria.\n');
    return 0;
  }
  const num = (p: Proc) => (p.session === 'Console' ? '1' : '0');
  const mem = (p: Proc) => `${commas(p.kb)} K`;
  let out = '';
  if (format === 'CSV') {
    if (header) out += '"Image Name","PID","Session Name","Session#","Mem Usage"\n';
    out += list.map((p) => `"${p.image}","${p.pid}","${p.session}","${num(p)}","${mem(p)}"\n`).join('');
  } else if (format === 'LIST') {
    out += list.map((p) => `\nImage Name:   ${p.image}\nPID:          ${p.pid}\nSession Name: ${p.session}\nSession#:     ${num(p)}\nMem Usage:    ${mem(p)}\n`).join('');
  } else {
    out += '\n';
    if (header) out += 'Image Name                     PID Session Name        Session#    Mem Usage\n========================= ======== ================ =========== ============\n';
    out += list.map((p) => `${p.image.slice(0, 25).padEnd(25)} ${padStart(String(p.pid), 8)} ${p.session.padEnd(16)} ${padStart(num(p), 11)} ${padStart(mem(p), 12)}\n`).join('');
  }
  ctx.out(out);
  return 0;
}
